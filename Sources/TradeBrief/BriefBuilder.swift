import BriefCharts
import BriefData
import BriefDocument
import BriefLayout
import BriefRender
import FoundationEssentials

/// Builds every artifact of a brief in memory: the PDF brief and each chart
/// in the requested formats. Nothing is written here; see ``AtomicFile``.
package struct BriefBuilder {
    /// The dataset.
    package var dataset: Dataset
    /// The paper size.
    package var pageSize: PageSize
    /// The formats, besides PDF, in which each page of the brief is also
    /// written as an image of its own (`brief-1.png`, `brief-2.svg`, …);
    /// none by default.
    package var briefPageFormats: [OutputFormat] = []
    /// Formats to write: `pdf` adds the brief; every format adds each chart.
    package var formats: [OutputFormat]
    /// The PDF creation date, for reproducible bytes; nil for now.
    package var creationDate: Date?
    /// The charts' look.
    package var theme: ChartTheme
    /// The pages' look.
    package var layoutStyle: LayoutStyle
    /// The brief's document (Markdown with live figures); nil builds the
    /// default brief (`Briefs/us-rok.md`, embedded in the binary).
    package var document: BriefDocument?
    /// Whether a number in the document's prose without a source is an error (`--strict`) rather than a warning.
    package var strict: Bool
    /// How chart SVGs write text: real `<text>` (the default) or glyph outlines.
    package var svgText: SVGTextMode = .text
    /// The language of the brief and its charts. Korean names every file
    /// with `.ko` (`brief.ko.pdf`, `state-map.ko.svg`, `charts.ko.html`) and
    /// sets it in the Korean face of Noto CJK (see `typeset(for:)`).
    package var language: BriefLanguage = .english
    /// Whether the charts render on a second thread while the brief renders
    /// on the calling one (each with its own typesetter; the bytes are the
    /// same), and the brief's SVG pages, once drawn, are written out there too.
    package var concurrentCharts = false
    /// Called on the charts' thread when the charts are done (with ``concurrentCharts`` only),
    /// while the brief may still be laid out: a build with one-pagers starts one then.
    package var chartsDone: (@Sendable () -> Void)?

    /// Creates a builder with the house style. Besides the brief and the
    /// charts it writes `charts.html`: every chart inlined in one page.
    package init(dataset: Dataset, pageSize: PageSize = .letter, formats: [OutputFormat] = OutputFormat.allCases,
                creationDate: Date? = nil, theme: ChartTheme = .standard, layoutStyle: LayoutStyle = LayoutStyle(),
                document: BriefDocument? = nil, strict: Bool = false) {
        self.dataset = dataset
        self.pageSize = pageSize
        self.formats = formats
        self.creationDate = creationDate
        self.theme = theme
        self.layoutStyle = layoutStyle
        self.document = document
        self.strict = strict
    }

    /// What a build made, and what the user should be told.
    package struct Result {
        /// The files, in a stable order.
        package var artifacts: [Artifact]
        /// Warnings from layout (e.g. a figure scaled down).
        package var warnings: [String]
    }

    /// Lays out the brief (without drawing it).
    /// - Throws: ``TradeBriefError/data(_:)`` with every problem of the
    ///   document (and, when ``strict``, every number without a source), located.
    package func layout(typesetter: Typesetter) throws(TradeBriefError) -> LaidOutDocument {
        try layoutWithNotes(typesetter: typesetter).document
    }

    /// What the document says about itself once resolved: title, date, authors, warnings.
    struct Composition {
        var blocks: [Block]
        var title: String
        var subtitle: String
        var date: String
        var authors: [String]
        var warnings: [String]
        /// The running footer's note.
        var footerNote: String
    }

    /// Resolves the document (or composes the default brief) into blocks.
    /// - Throws: ``TradeBriefError/data(_:)`` with every problem, located.
    func compose() throws(TradeBriefError) -> Composition {
        guard var document = document ?? BundledBriefs.defaultBrief(for: language) else {
            throw .data(DataError(problems: [DataProblem(file: BundledBriefs.defaultBriefDisplayName(for: language),
                                                         message: "the default brief is missing from this build")]))
        }
        // The default brief says where its figures come from, which follows a user's CSV.
        let provenance = ProvenanceLines(dataset: dataset, language: language)
        let lines = self.document == nil ? provenance : nil
        if self.document == nil, language == .english, !dataset.investmentsFromUser {
            // The default brief is the dataset's: its title and subtitle. With a user's CSV they are the
            // embedded dataset's, about the article's manufacturing projects; the brief's front matter
            // says what a CSV's rows are ({{if:article}}).
            document.frontMatter.title = dataset.title
            document.frontMatter.subtitle = dataset.subtitle
        }
        var resolver = DocumentResolver(document: document, dataset: dataset, reference: try? Dataset.embeddedDataset(), theme: pageTheme,
                                        linkColor: pageStyle.accent.hex)
        resolver.dateline = lines?.dateline
        let resolved = resolver.resolve()
        var problems = resolved.errors
        var warnings = resolved.warnings
        if strict { problems += resolved.unsourcedNumbers } else { warnings += resolved.unsourcedNumbers }
        guard problems.isEmpty else {
            throw .data(DataError(problems: problems.sorted { ($0.line ?? 0, $0.column ?? 0) < ($1.line ?? 0, $1.column ?? 0) },
                                  warnings: warnings))
        }
        return Composition(blocks: resolved.blocks, title: resolved.title, subtitle: resolved.subtitle ?? "",
                           date: lines?.runningDate ?? resolved.date ?? language.date(dataset.asOf), authors: resolved.authors,
                           warnings: warnings.map(\.description),
                           footerNote: lines?.footerNote ?? documentFooter(cited: resolved.citedSources, provenance: provenance))
    }

    /// The footer of a document's pages: with a user's CSV, the file it takes its
    /// investments from (as the default brief's footer: its first citation is
    /// not its main source then); otherwise its first cited source, and the tool.
    private func documentFooter(cited: [Source], provenance: ProvenanceLines) -> String {
        dataset.investmentsFile == nil ? Self.footerNote(cited: cited, language: language) : provenance.footerNote
    }

    /// The footer of a document's pages: its first cited source, and the tool.
    static func footerNote(cited: [Source], language: BriefLanguage = .english) -> String {
        let made = language == .korean ? "tradebrief로 작성" : "made with tradebrief"
        return cited.first.map { (language == .korean ? "주 출처: " : "Main source: ") + "\($0.shortCredit) · \(made)" } ?? made
    }

    private func layoutWithNotes(typesetter: Typesetter) throws(TradeBriefError) -> (document: LaidOutDocument, composition: Composition) {
        var style = pageStyle
        style.pageSize = pageSize.size
        let composition = try compose()
        return (LayoutEngine(style: style).layout(composition.blocks, typesetter: typesetter), composition)
    }

    /// The PDF document information for the brief.
    package var metadata: PDFMetadata {
        metadata(title: dataset.title, subject: dataset.subtitle, authors: [])
    }

    func metadata(title: String, subject: String, authors: [String]) -> PDFMetadata {
        PDFMetadata(
            title: title,
            author: authors.isEmpty ? "tradebrief" : authors.joined(separator: ", "),
            subject: subject,
            keywords: (language == .korean ? ["한국", "미국", "무역", "외국인직접투자"] : ["Korea", "United States", "trade", "foreign direct investment"])
                + dataset.aggregate(by: .sector).rows.map { language.sector($0.key) },
            creator: "tradebrief",
            creationDate: creationDate.map(ISODate.string), language: language.tag)
    }

    /// The most pages a brief may have; a longer one is an error, not a file.
    package static let maxPages = 200

    /// Lays out and draws the brief alone, as PDF bytes.
    /// - Returns: the PDF, its page count and the layout's warnings.
    /// - Throws: ``TradeBriefError/data(_:)`` when the brief would exceed
    ///   ``maxPages`` pages; ``TradeBriefError/render(_:)`` when drawing fails.
    /// - Parameter typesetter: the typesetter to lay out with; by default a
    ///   new one for the theme's and layout style's fonts.
    package func renderBrief(typesetter: Typesetter? = nil) throws -> (data: Data, pageCount: Int, warnings: [String]) {
        let typesetter = typesetter ?? Typesetter(theme: pageTheme, layoutStyle: pageStyle, language: language)
        let laidOut = try laidOutBrief(typesetter: typesetter)
        do {
            let data = try laidOut.renderer.renderPDF(laidOut.document, typesetter: typesetter)
            return (data, laidOut.document.pageCount, laidOut.warnings)
        } catch {
            throw TradeBriefError.wrap(error)
        }
    }

    /// Lays out and draws each page of the brief alone as PNG (at `scale`
    /// pixels per point) or SVG, in page order.
    /// - Throws: ``TradeBriefError/usage(_:)`` for PDF (one file, see
    ///   ``renderBrief(typesetter:)``); otherwise as ``renderBrief(typesetter:)``.
    package func renderBriefPages(as format: OutputFormat, scale: Double = 2, typesetter: Typesetter? = nil) throws -> [Data] {
        guard format != .pdf else { throw TradeBriefError.usage("a PDF brief is one file: use renderBrief()") }
        let typesetter = typesetter ?? Typesetter(theme: pageTheme, layoutStyle: pageStyle, language: language)
        let laidOut = try laidOutBrief(typesetter: typesetter)
        do {
            return try (0..<laidOut.document.pageCount).map { page in
                try laidOut.renderer.renderPage(laidOut.document, page: page, as: format, scale: scale, typesetter: typesetter)
            }
        } catch {
            throw TradeBriefError.wrap(error)
        }
    }

    /// The brief laid out, with the renderer that draws its pages (running
    /// header and footer, metadata) and the warnings of both steps.
    private func laidOutBrief(typesetter: Typesetter) throws -> (document: LaidOutDocument, renderer: DocumentRenderer, warnings: [String]) {
        let (document, composition) = try layoutWithNotes(typesetter: typesetter)
        if document.pageCount > Self.maxPages {
            // A limit the content reaches (data, with the style's type): a data error, exit status 3.
            throw TradeBriefError.data(DataError(problems: [DataProblem(
                file: "brief.pdf",
                message: "the brief would have \(document.pageCount) pages; the limit is \(Self.maxPages). "
                    + "Use a style with smaller type or margins (fonts.sizes, page.margins), or fewer investments and sources")]))
        }
        let info = DocumentInfo(
            runningTitle: composition.title, runningDate: composition.date, footerNote: composition.footerNote,
            metadata: metadata(title: composition.title, subject: composition.subtitle, authors: composition.authors))
        return (document, DocumentRenderer(info: info), composition.warnings + document.warnings)
    }

    /// Builds every artifact: the brief (laid out once for its PDF and its
    /// page images), then every chart and `charts.html`.
    /// - Throws: ``TradeBriefError`` when rendering fails, or
    ///   ``TradeBriefError/data(_:)`` when the brief would exceed ``maxPages`` pages.
    /// - Parameter typesetter: the typesetter for the brief and every chart;
    ///   by default a new one for the theme's and layout style's fonts.
    package func build(typesetter: Typesetter? = nil) throws -> Result {
        let typesetter = typesetter ?? Typesetter(theme: pageTheme, layoutStyle: pageStyle, language: language)
        guard concurrentCharts, !formats.isEmpty else {
            let brief = try briefFiles(typesetter: typesetter)
            let charts = try chartFiles(typesetter: typesetter)
            return Result(artifacts: brief.artifacts + charts, warnings: brief.warnings)
        }
        // The charts on another thread with a typesetter of their own, the brief on this one;
        // the charts' files are hashed for the manifest there too.
        let charts = BackgroundWork { [self] in
            defer { chartsDone?() }
            return try chartFiles(typesetter: Typesetter(theme: pageTheme, layoutStyle: pageStyle, language: language)).map { $0.withDigest() }
        }
        let brief = Swift.Result { try briefFiles(typesetter: typesetter) }
        let chartArtifacts = charts.wait()
        let briefResult = try brief.get()
        return Result(artifacts: briefResult.artifacts + (try chartArtifacts.get()), warnings: briefResult.warnings)
    }

    /// The charts' look in the brief's language (the Korean face of Noto CJK first in Korean).
    private var pageTheme: ChartTheme { theme.typeset(for: language) }
    /// The pages' look in the brief's language (ragged right in Korean).
    private var pageStyle: LayoutStyle { layoutStyle.typeset(for: language) }

    /// Whether the build writes the brief (PDF asked for, and a document to write).
    private var writesBrief: Bool {
        formats.contains(.pdf) && (document != nil || BundledBriefs.hasDefaultBrief(for: language))
    }

    /// The file of the brief's page `page` (0-based) as `format`: `brief-1.svg`, `brief-2.ko.png`.
    private func pagePath(_ page: Int, _ format: OutputFormat) -> String {
        language.fileName("brief-\(page + 1).\(format.fileExtension)")
    }

    /// The brief's files: `brief.pdf` and each page in ``briefPageFormats``,
    /// from one layout, named with the language (unchanged in English).
    /// Without a document, the brief is the default one written in the
    /// language (`Briefs/us-rok.ko.md` in Korean).
    private func briefFiles(typesetter: Typesetter) throws -> Result {
        let pageFormats = briefPageFormats.filter { $0 != .pdf }
        guard writesBrief || !pageFormats.isEmpty else { return Result(artifacts: [], warnings: []) }
        do {
            let laidOut = try laidOutBrief(typesetter: typesetter)
            let pages = 0..<laidOut.document.pageCount
            // With a second thread, the pages' SVG is drawn first and written out there while
            // the PDF is drawn here (issue 20); the bytes are the same either way.
            var svgPages: BackgroundWork<[Artifact]>?
            if concurrentCharts, pageFormats.contains(.svg) {
                let pending = try pages.map { page in try laidOut.renderer.recordPageSVG(laidOut.document, page: page, typesetter: typesetter) }
                let paths = pages.map { pagePath($0, .svg) }
                svgPages = BackgroundWork {
                    zip(paths, pending).map { Artifact(relativePath: $0, format: .svg, data: $1.data()).withDigest() }
                }
            }
            var artifacts: [Artifact] = []
            if writesBrief {
                let data = try laidOut.renderer.renderPDF(laidOut.document, typesetter: typesetter)
                artifacts.append(Artifact(relativePath: language.fileName("brief.pdf"), format: .pdf, data: data,
                                          pageCount: laidOut.document.pageCount))
            }
            let writtenSVGPages = try svgPages?.wait().get()
            for format in pageFormats {
                for page in pages {
                    if format == .svg, let writtenSVGPages {
                        artifacts.append(writtenSVGPages[page])
                        continue
                    }
                    let data = try laidOut.renderer.renderPage(laidOut.document, page: page, as: format, scale: 2, typesetter: typesetter)
                    artifacts.append(Artifact(relativePath: pagePath(page, format), format: format, data: data))
                }
            }
            return Result(artifacts: artifacts, warnings: writesBrief ? laidOut.warnings : [])
        } catch {
            throw TradeBriefError.wrap(error)
        }
    }

    /// Every chart in each of ``formats`` and `charts.html` (every chart
    /// inlined), each file named with the language.
    private func chartFiles(typesetter: Typesetter) throws -> [Artifact] {
        let theme = pageTheme
        do {
            var artifacts: [Artifact] = []
            let export = ChartExport(creationDate: creationDate, svgText: svgText)
            var page = ChartsPage(title: dataset.title, entries: [], formats: formats, language: language, linksBrief: writesBrief)
            for entry in ChartCatalog.entries {
                let name = entry.name
                let chart = try ChartCatalog.chart(named: name, dataset: dataset, theme: theme, language: language)
                var svg: Data?
                for format in formats {
                    let data = try export.render(chart, as: format, theme: theme, typesetter: typesetter)
                    if format == .svg { svg = data }
                    artifacts.append(Artifact(relativePath: language.fileName("\(name).\(format.fileExtension)"), format: format,
                                              data: data, pageCount: format == .pdf ? 1 : nil))
                }
                let inline = try svg ?? export.render(chart, as: .svg, theme: theme, typesetter: typesetter)
                let heading = language == .english ? entry.summary : chart.title
                page.entries.append(ChartsPage.Entry(name: name, heading: heading, svg: ChartRendering.inline(inline)))
            }
            artifacts.append(Artifact(relativePath: language.fileName(ChartsPage.fileName), format: nil, data: Data(page.html.utf8)))
            return artifacts
        } catch {
            throw TradeBriefError.wrap(error)
        }
    }
}
