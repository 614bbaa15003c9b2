import BriefLayout
import BriefRender
import BriefCharts
import FoundationEssentials

/// A brief about U.S.–Korea trade and investment: a dataset and a style,
/// ready to render as a multi-page PDF, chart by chart as PDF, SVG or PNG,
/// or as totals.
///
/// This is the type to start with. Make one from the embedded data, a file,
/// a CSV or a `Dataset` built in code; pick a style; then render:
///
/// ```swift
/// import TradeBrief
///
/// let brief = try Brief()                                    // embedded data, house style
/// try brief.write(to: URL(fileURLWithPath: "brief.pdf"))       // the brief
/// let svg = try brief.chart("state-map", idPrefix: "map").render(.svg)
/// for row in brief.totals(by: .state).rows {
///     print(row.key, MoneyFormat.full(row.amount))
/// }
/// ```
///
/// A `Brief` is a value: copy it, change its ``style`` or ``pageSize``, and
/// render again. Rendering does not touch the file system except when
/// writing to a file you name, and never reads the environment.
public struct Brief: Renderable {
    /// The data: indicators, investments, cooperation areas, challenges and
    /// the sources they cite. Change it freely; it is checked when rendered.
    ///
    /// ```swift
    /// var brief = try Brief()
    /// brief.dataset.investments.removeAll { $0.sector == "Solar" }
    /// ```
    public var dataset: Dataset
    /// The look of the charts and pages; nil is the house style (the
    /// built-in `default` style, US Letter).
    ///
    /// ```swift
    /// var brief = try Brief()
    /// brief.style = try .named("grayscale")
    /// ```
    public var style: Style?
    /// The paper; nil takes the style's (`letter` for the house style).
    ///
    /// ```swift
    /// var brief = try Brief()
    /// brief.pageSize = .a4
    /// ```
    public var pageSize: PageSize?
    /// The creation date stamped into PDFs; nil stamps the current time. Set
    /// it for byte-identical output, e.g. from `SOURCE_DATE_EPOCH`.
    ///
    /// ```swift
    /// var brief = try Brief()
    /// brief.creationDate = Date(timeIntervalSince1970: 1_745_366_400)
    /// assert(try brief.render(.pdf) == brief.render(.pdf))
    /// ```
    public var creationDate: Date?
    /// The language of the brief ``render(_:)`` writes: English (the default
    /// brief, `Briefs/us-rok.md`) or Korean (`Briefs/us-rok.ko.md`: the same
    /// figures and citations, amounts in 억 달러, set in Noto Sans CJK KR).
    ///
    /// ```swift
    /// var brief = try Brief()
    /// brief.language = .korean
    /// let korean = try brief.render(.pdf)    // 한미 무역·투자 브리프
    /// ```
    public var language: BriefLanguage = .english
    /// Warnings from reading the data (an unknown CSV column, a duplicate
    /// row), located as `FILE:LINE: …`; empty for a dataset made in code.
    ///
    /// ```swift
    /// let brief = try Brief(.investmentsFile(url))
    /// for warning in brief.warnings { print("warning: \(warning)") }
    /// ```
    public var warnings: [DataProblem]

    /// A brief of `dataset`, for data you build or change in code.
    ///
    /// ```swift
    /// var dataset = try Dataset.embedded()
    /// dataset.investments = [
    ///     Investment(id: "solar", company: "Hanwha Q Cells", project: "Solar factory", sector: "Solar",
    ///                amountUSD: 2_500_000_000, states: [StateShare(state: "GA")], split: .single,
    ///                source: dataset.primarySource),
    /// ]
    /// let brief = Brief(dataset: dataset)
    /// ```
    /// The dataset is checked when rendered (see ``render(_:)``) or
    /// beforehand with ``validate()``.
    /// - Parameters:
    ///   - dataset: The data, used as it is.
    ///   - style: The look; nil for the house style.
    public init(dataset: Dataset, style: Style? = nil) {
        self.dataset = dataset
        self.style = style
        pageSize = nil
        creationDate = nil
        warnings = []
    }

    /// A brief of the data from `source`: by default the dataset embedded in
    /// the package.
    ///
    /// ```swift
    /// let brief = try Brief()
    /// let mine = try Brief(.investmentsFile(URL(fileURLWithPath: "my-list.csv")), style: .named("grayscale"))
    /// ```
    /// - Parameters:
    ///   - source: Where the data comes from; the embedded dataset by default.
    ///   - style: The look; nil for the house style.
    /// - Throws: ``TradeBriefError/data(_:)`` with every problem in the data,
    ///   located; ``TradeBriefError/io(path:reason:)`` for a file that cannot be read.
    public init(_ source: DatasetSource = .embedded, style: Style? = nil) throws(TradeBriefError) {
        let inputs = try source.load()
        self.init(dataset: inputs.dataset, style: style)
        warnings = inputs.warnings
    }

    /// The names of the charts ``chart(_:width:idPrefix:language:)-(String,_,_,_)`` makes, in the
    /// order the brief shows them.
    ///
    /// ```swift
    /// for name in Brief.chartNames { try brief.chart(name).write(to: folder.appendingPathComponent("\(name).svg")) }
    /// ```
    public static var chartNames: [String] { ChartCatalog.names }

    /// The paper the brief is set on: ``pageSize``, else the style's, else Letter.
    ///
    /// ```swift
    /// try Brief(style: .named("a4-two-column")).effectivePageSize   // .a4
    /// ```
    public var effectivePageSize: PageSize {
        pageSize ?? style.flatMap { PageSize(rawValue: $0.paperName) } ?? .letter
    }

    /// Checks the dataset: unknown sources or states, bad amounts, years or
    /// shares, repeated ids.
    ///
    /// ```swift
    /// do { try brief.validate() } catch { print(error) }   // every problem, one per line
    /// ```
    /// - Throws: ``TradeBriefError/data(_:)`` with every problem.
    public func validate() throws(TradeBriefError) {
        let problems = dataset.validationProblems(file: "dataset")
        guard problems.isEmpty else { throw .data(DataError(problems: problems)) }
    }

    /// The investment totals by state, sector or company, exact to the cent
    /// (the rows add up to `total`), largest first.
    ///
    /// ```swift
    /// let states = brief.totals(by: .state)
    /// for row in states.rows { print(row.label, MoneyFormat.short(row.amount), row.projects) }
    /// print(AggregationFormat.json.render(states))   // what `tradebrief data --format json` prints
    /// ```
    /// - Parameter key: What to total by: `.state` (an amount split among
    ///   states counts in each by its share), `.sector` or `.company`.
    public func totals(by key: AggregationKey) -> Aggregation {
        dataset.aggregate(by: key)
    }

    /// One chart of the brief, ready to render alone.
    ///
    /// ```swift
    /// let svg = try brief.chart("state-bars", idPrefix: "bars").render(.svg)
    /// let korean = try brief.chart("state-bars", language: .korean).render(.svg)   // 조지아 79억 달러 …, xml:lang="ko"
    /// ```
    /// - Parameters:
    ///   - name: A name from ``chartNames``, e.g. `state-map`.
    ///   - width: The width in points (160–5000).
    ///   - idPrefix: The prefix for every `id` in an SVG; nil means `tb-NAME`.
    ///   - language: The language of the chart's words and numbers (English by default; `.korean`
    ///     writes Korean titles, state and sector names and amounts in 억 달러, set in Noto Sans CJK KR).
    /// - Throws: ``TradeBriefError/chart(_:)``: for an unknown name, with the
    ///   closest name ("did you mean"); when the data lacks what the chart shows.
    ///   ``TradeBriefError/data(_:)`` for a dataset that fails ``validate()``.
    ///   ``TradeBriefError/usage(_:)`` for a width outside 160–5000 or an id prefix that does not
    ///   start with a letter or holds other than ASCII letters, digits, `-` and `_`: checked here, not when rendered.
    public func chart(_ name: String, width: Double = 504, idPrefix: String? = nil,
                      language: BriefLanguage = .english) throws(TradeBriefError) -> ChartRendering {
        try chart(name, width: width, idPrefix: idPrefix, titles: .descriptive, language: language)
    }

    /// One chart of the brief, ready to render alone, titled as `titles`
    /// says: with its takeaway, as in the brief, or descriptive.
    ///
    /// ```swift
    /// let chart = try brief.chart("state-bars", titles: .takeaway)
    /// chart.title   // "Georgia draws a third of the tracked investment"
    /// ```
    /// - Throws: as ``chart(_:width:idPrefix:language:)-(String,_,_,_)``.
    public func chart(
        _ name: String, width: Double = 504, idPrefix: String? = nil, titles: ChartTitles, language: BriefLanguage = .english
    ) throws(TradeBriefError) -> ChartRendering {
        // A width or prefix that cannot work is an error now, not when the chart is rendered.
        guard width.isFinite, ChartExport.widthRange.contains(width) else {
            throw .usage("width \(width) is outside 160…5000 points")
        }
        if let idPrefix, !SVGIDPrefix.isValid(idPrefix) {
            throw .usage("id prefix '\(idPrefix)' must start with a letter and hold only ASCII letters, digits, '-' and '_'")
        }
        try validate()
        let theme = (style?.chartTheme ?? .standard).typeset(for: language)
        do {
            let chart = try ChartCatalog.chart(named: name, dataset: dataset, theme: theme, options: ChartOptions(titles: titles),
                                               language: language)
            return ChartRendering(chart, theme: theme, width: width, idPrefix: idPrefix, creationDate: creationDate)
        } catch {
            throw TradeBriefError.wrap(error)
        }
    }

    /// The brief renders as PDF only (it has pages); render its charts as
    /// SVG or PNG with ``chart(_:width:idPrefix:language:)-(String,_,_,_)``.
    ///
    /// ```swift
    /// try Brief().formats   // [.pdf]
    /// ```
    public var formats: [OutputFormat] { [.pdf] }

    /// Renders the brief: a tagged, multi-page PDF with an outline, links,
    /// metadata and page numbers.
    ///
    /// ```swift
    /// let pdf = try Brief().render(.pdf)
    /// ```
    /// - Parameter format: `.pdf` (the default); for SVG or PNG, which hold one
    ///   page each, use ``renderPages(_:scale:)``.
    /// - Throws: ``TradeBriefError/usage(_:)`` for SVG or PNG;
    ///   ``TradeBriefError/data(_:)`` for a dataset that fails ``validate()``;
    ///   ``TradeBriefError/render(_:)`` when Cairo or Pango fail.
    public func render(_ format: OutputFormat = .pdf) throws(TradeBriefError) -> Data {
        guard format == .pdf else {
            throw unsupported(format, what: "the brief", hint: "it has pages, so it is a PDF; render its charts as SVG or PNG with chart(_:)")
        }
        try validate()
        let builder = briefBuilder()
        do {
            return try builder.renderBrief().data
        } catch {
            throw TradeBriefError.wrap(error)
        }
    }

    /// Renders each page of the brief alone, in page order: PNG images at
    /// `scale` pixels per point (2 gives 1224 × 1584 pixels for a Letter
    /// page), or SVG documents with real text.
    ///
    /// ```swift
    /// let pages = try Brief().renderPages(.png)
    /// for (index, png) in pages.enumerated() {
    ///     try png.write(to: URL(fileURLWithPath: "brief-\(index + 1).png"))
    /// }
    /// ```
    /// - Throws: ``TradeBriefError/usage(_:)`` for PDF (one file: ``render(_:)``)
    ///   or a scale outside 0.25…8; otherwise as ``render(_:)``.
    public func renderPages(_ format: OutputFormat, scale: Double = 2) throws(TradeBriefError) -> [Data] {
        guard format != .pdf else {
            throw unsupported(format, what: "renderPages", hint: "a PDF brief is one file: use render(.pdf)")
        }
        guard (0.25...8).contains(scale) else { throw .usage("the scale \(scale) is outside 0.25…8") }
        try validate()
        let builder = briefBuilder()
        do {
            return try builder.renderBriefPages(as: format, scale: scale)
        } catch {
            throw TradeBriefError.wrap(error)
        }
    }

    /// The builder that lays out and draws this brief alone (for ``render(_:)`` and ``renderPages(_:scale:)``).
    private func briefBuilder() -> BriefBuilder {
        var builder = BriefBuilder(
            dataset: dataset, pageSize: effectivePageSize, formats: [.pdf], creationDate: creationDate,
            theme: style?.chartTheme ?? .standard, layoutStyle: style?.layoutStyle ?? LayoutStyle())
        builder.language = language
        return builder
    }
}
