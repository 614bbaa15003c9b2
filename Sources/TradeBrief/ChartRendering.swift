import BriefRender
import BriefCharts
import FoundationEssentials

/// One chart of a brief, ready to render alone as PDF, SVG or PNG.
///
/// Get one from ``Brief/chart(_:width:idPrefix:language:)-(String,_,_,_)``; set its options; render
/// it to `Data` (``render(_:)``), a file (``Renderable/write(to:format:)``)
/// or a stream (``Renderable/write(_:toFileDescriptor:)``).
///
/// ```swift
/// let brief = try Brief()
/// var chart = try brief.chart("state-map", idPrefix: "map1")
/// chart.width = 640
/// let svg = try chart.render(.svg)      // viewBox, <title>, <desc>, ids prefixed "map1"
/// try chart.write(to: URL(fileURLWithPath: "state-map.png"))
/// ```
public struct ChartRendering: Renderable {
    /// The chart: its name, title and description, and how it draws.
    ///
    /// ```swift
    /// let chart = try brief.chart("state-bars").chart
    /// let height = chart.preferredHeight(width: 480, typesetter: Typesetter(theme: theme))
    /// ```
    public let chart: any Chart
    /// The charts' look (colours, fonts, bars), from the brief's style.
    ///
    /// ```swift
    /// var chart = try brief.chart("sector-bars")
    /// chart.theme = try Style.named("grayscale").chartTheme
    /// ```
    public var theme: ChartTheme
    /// The width in points (160–5000); the height follows from the chart.
    /// Default 504, the text width of a US Letter page.
    ///
    /// ```swift
    /// var chart = try brief.chart("state-map")
    /// chart.width = 320     // a narrow column: the text is larger relative to the chart
    /// ```
    public var width: Double
    /// The height in points (80–5000); nil (the default) for the height the
    /// chart needs at ``width``. Given, the chart fits its content in the
    /// box: it is laid out to the box, never stretched (a map gets narrower,
    /// bars get smaller type when the box is short).
    ///
    /// ```swift
    /// var chart = try brief.chart("sector-bars", width: 400)
    /// chart.height = 300    // a 400 × 300 chart
    /// ```
    public var height: Double?
    /// How an SVG writes its text: real `<text>` (the default: selectable,
    /// searchable, small) or glyph outlines (`SVGTextMode.paths`: the same
    /// pixels everywhere, without the fonts).
    ///
    /// ```swift
    /// var chart = try brief.chart("state-map")
    /// chart.svgText = .paths
    /// ```
    public var svgText: SVGTextMode = .text
    /// PNG pixels per point (default 2, for sharp images on high-density
    /// screens); from 0.25 to 16.
    ///
    /// ```swift
    /// var chart = try brief.chart("state-map", width: 400)
    /// chart.pngScale = 1    // a 400-pixel-wide PNG
    /// ```
    public var pngScale: Double
    /// The prefix for every `id` inside an SVG, so that several charts can be
    /// inlined in one HTML page; nil derives it from the chart's name and a
    /// short hash of its content (`tb-state-map-1f3a9c0e`), so the same chart
    /// always gets the same ids and two different charts never share one.
    /// It must start with a letter and hold only ASCII letters, digits, `-` and `_`.
    ///
    /// ```swift
    /// var chart = try brief.chart("state-map")
    /// chart.idPrefix = "figure-2"   // the <svg id="figure-2">, ids figure-2-title, figure-2-desc…
    /// ```
    public var idPrefix: String?
    /// The creation date stamped into a PDF; nil stamps the current time. Set
    /// it for byte-identical output (e.g. from `SOURCE_DATE_EPOCH`). SVG and
    /// PNG carry no date.
    ///
    /// ```swift
    /// var chart = try brief.chart("state-bars")
    /// chart.creationDate = Date(timeIntervalSince1970: 0)
    /// ```
    public var creationDate: Date?

    /// Wraps `chart` with rendering options; usually made by
    /// ``Brief/chart(_:width:idPrefix:language:)-(String,_,_,_)``.
    ///
    /// ```swift
    /// let chart = try ChartCatalog.chart(named: "sector-bars", dataset: try Dataset.embeddedDataset())
    /// let rendering = ChartRendering(chart, width: 320)
    /// ```
    /// - Parameters:
    ///   - chart: The chart to draw.
    ///   - theme: The charts' look; it should be the theme the chart was made with.
    ///   - width: The width in points (160–5000).
    ///   - pngScale: PNG pixels per point (0.25–16).
    ///   - idPrefix: The prefix for every `id` in an SVG; nil derives one from the chart's name and content.
    ///   - creationDate: The date stamped into a PDF; nil for the current time.
    public init(_ chart: any Chart, theme: ChartTheme = .standard, width: Double = 504, pngScale: Double = 2,
                idPrefix: String? = nil, creationDate: Date? = nil) {
        self.chart = chart
        self.theme = theme
        self.width = width
        self.pngScale = pngScale
        self.idPrefix = idPrefix
        self.creationDate = creationDate
    }

    /// The chart's name in the catalog, e.g. `state-map`.
    ///
    /// ```swift
    /// try brief.chart("state-map").name   // "state-map"
    /// ```
    public var name: String { chart.name }

    /// The chart's title, drawn above it and used as the SVG `<title>`.
    ///
    /// ```swift
    /// let alt = try brief.chart("state-map").title
    /// ```
    public var title: String { chart.title }

    /// The chart's data in words (the SVG `<desc>`): use it as alternative
    /// text where the chart is shown.
    ///
    /// ```swift
    /// let description = try brief.chart("state-bars").textDescription
    /// ```
    public var textDescription: String { chart.textDescription }

    /// A chart renders in every format: PDF, SVG and PNG.
    ///
    /// ```swift
    /// for format in chart.formats { try chart.write(to: folder.appendingPathComponent("chart.\(format.fileExtension)")) }
    /// ```
    public var formats: [OutputFormat] { OutputFormat.allCases }

    /// The chart as SVG text to paste into an HTML page: the `<svg>` element
    /// without the XML declaration, its ids prefixed with ``idPrefix``.
    ///
    /// ```swift
    /// let map = try brief.chart("state-map", idPrefix: "map")
    /// let html = "<figure>\(try map.inlineSVG())</figure>"
    /// ```
    /// - Throws: What ``render(_:)`` throws.
    public func inlineSVG() throws(TradeBriefError) -> String {
        Self.inline(try render(.svg))
    }

    /// An SVG file's `<svg>` element, without the XML declaration before it.
    static func inline(_ svg: Data) -> String {
        let text = String(decoding: svg, as: UTF8.self)
        guard let start = text.firstRange(of: "<svg") else { return text }
        return String(text[start.lowerBound...])
    }

    /// What the reader should know before using the rendering: with a
    /// ``height`` too short for the chart at its style's type sizes, a
    /// warning that the whole chart, text included, is drawn smaller, with
    /// the least height that keeps the sizes; for a map too narrow for every
    /// state's code on its tile, the states left unlabelled and the least
    /// width that labels them all. Empty when there is nothing to say.
    ///
    /// ```swift
    /// var chart = try brief.chart("state-sector")
    /// chart.height = 150
    /// for warning in chart.warnings() { print("warning:", warning) }
    /// ```
    public func warnings() -> [String] {
        let export = ChartExport(width: width, height: height, pngScale: pngScale, idPrefix: idPrefix,
                                 creationDate: creationDate, svgText: svgText)
        guard width.isFinite, ChartExport.widthRange.contains(width),
              height.map({ $0.isFinite && ChartExport.heightRange.contains($0) }) ?? true else { return [] }
        let typesetter = Typesetter(theme: theme, language: chart.language)
        return [export.shrinkWarning(chart, theme: theme, typesetter: typesetter),
                export.labelWarning(chart, typesetter: typesetter)].compactMap { $0 }
    }

    /// Renders the chart alone as `format`.
    ///
    /// ```swift
    /// let png = try brief.chart("sector-bars", width: 320).render(.png)
    /// ```
    /// - Parameter format: PDF (vector, one page), SVG (for the web, ids
    ///   prefixed) or PNG (``pngScale`` pixels per point, opaque).
    /// - Throws: ``TradeBriefError/usage(_:)`` for a width outside 160–5000, a height outside 80–5000,
    ///   a PNG scale outside 0.25–16 or a bad id prefix;
    ///   ``TradeBriefError/render(_:)`` when Cairo or Pango fail.
    public func render(_ format: OutputFormat) throws(TradeBriefError) -> Data {
        guard pngScale.isFinite, ChartExport.pngScaleRange.contains(pngScale) else {
            throw .usage("PNG scale \(pngScale) is outside 0.25…16 pixels per point")
        }
        let export = ChartExport(width: width, height: height, pngScale: pngScale, idPrefix: idPrefix,
                                 creationDate: creationDate, svgText: svgText)
        do {
            return try export.render(chart, as: format, theme: theme, typesetter: Typesetter(theme: theme, language: chart.language))
        } catch {
            throw TradeBriefError.wrap(error)
        }
    }
}
