import BriefCharts
import BriefData
import BriefLayout
import BriefRender
import Foundation

/// Builds every artifact of a brief in memory: the PDF brief and each chart
/// in the requested formats. Nothing is written here; see ``AtomicFile``.
public struct BriefBuilder {
    /// The dataset.
    public var dataset: Dataset
    /// The paper size.
    public var pageSize: PageSize
    /// Formats to write: `pdf` adds the brief; every format adds each chart.
    public var formats: [OutputFormat]
    /// The PDF creation date (ISO 8601), for reproducible bytes; nil for now.
    public var creationDate: String?
    /// The charts' look.
    public var theme: ChartTheme
    /// The pages' look.
    public var layoutStyle: LayoutStyle

    /// Creates a builder with the house style.
    public init(dataset: Dataset, pageSize: PageSize = .letter, formats: [OutputFormat] = OutputFormat.allCases,
                creationDate: String? = nil, theme: ChartTheme = .standard, layoutStyle: LayoutStyle = LayoutStyle()) {
        self.dataset = dataset
        self.pageSize = pageSize
        self.formats = formats
        self.creationDate = creationDate
        self.theme = theme
        self.layoutStyle = layoutStyle
    }

    /// What a build made, and what the user should be told.
    public struct Result {
        /// The files, in a stable order.
        public var artifacts: [Artifact]
        /// Warnings from layout (e.g. a figure scaled down).
        public var warnings: [String]
    }

    /// Lays out the brief (without drawing it).
    public func layout(typesetter: Typesetter) -> LaidOutDocument {
        MoneyFormat.$symbol.withValue(theme.currencySymbol) { layoutInCurrency(typesetter: typesetter) }
    }

    private func layoutInCurrency(typesetter: Typesetter) -> LaidOutDocument {
        var style = layoutStyle
        style.pageSize = pageSize.size
        let blocks = BriefComposer(dataset: dataset, theme: theme).blocks()
        return LayoutEngine(style: style).layout(blocks, typesetter: typesetter)
    }

    /// The PDF document information for the brief.
    public var metadata: PDFMetadata {
        PDFMetadata(
            title: dataset.title,
            author: "tradebrief",
            subject: dataset.subtitle,
            keywords: ["Korea", "United States", "trade", "foreign direct investment"] + dataset.aggregate(by: .sector).rows.map(\.key),
            creator: "tradebrief",
            creationDate: creationDate)
    }

    /// The most pages a brief may have; a longer one is an error, not a file.
    public static let maxPages = 200

    /// Lays out and draws the brief alone, as PDF bytes.
    /// - Returns: the PDF, its page count and the layout's warnings.
    /// - Throws: ``TradeBriefError/usage(_:)`` when the brief would exceed
    ///   ``maxPages`` pages; ``TradeBriefError/render(_:)`` when drawing fails.
    /// - Parameter typesetter: the typesetter to lay out with; by default a
    ///   new one for the theme's and layout style's fonts.
    public func renderBrief(typesetter: Typesetter? = nil) throws -> (data: Data, pageCount: Int, warnings: [String]) {
        try MoneyFormat.$symbol.withValue(theme.currencySymbol) { try renderBriefInCurrency(typesetter: typesetter) }
    }

    private func renderBriefInCurrency(typesetter: Typesetter?) throws -> (data: Data, pageCount: Int, warnings: [String]) {
        let typesetter = typesetter ?? Typesetter(theme: theme, layoutStyle: layoutStyle)
        let document = layout(typesetter: typesetter)
        if document.pageCount > Self.maxPages {
            throw TradeBriefError.usage(
                "the brief would have \(document.pageCount) pages; the limit is \(Self.maxPages). "
                    + "Use a style with smaller type or margins (fonts.sizes, page.margins), or fewer investments")
        }
        let provenance = ProvenanceLines(dataset: dataset)
        let info = DocumentInfo(
            runningTitle: dataset.title, runningDate: provenance.runningDate, footerNote: provenance.footerNote, metadata: metadata)
        do {
            let data = try DocumentRenderer(info: info).renderPDF(document, typesetter: typesetter)
            return (data, document.pageCount, document.warnings)
        } catch {
            throw TradeBriefError.wrap(error)
        }
    }

    /// Builds every artifact.
    /// - Throws: ``TradeBriefError`` when rendering fails, or
    ///   ``TradeBriefError/usage(_:)`` when the brief would exceed ``maxPages`` pages.
    /// - Parameter typesetter: the typesetter for the brief and every chart;
    ///   by default a new one for the theme's and layout style's fonts.
    public func build(typesetter: Typesetter? = nil) throws -> Result {
        try MoneyFormat.$symbol.withValue(theme.currencySymbol) { try buildInCurrency(typesetter: typesetter) }
    }

    private func buildInCurrency(typesetter: Typesetter?) throws -> Result {
        let typesetter = typesetter ?? Typesetter(theme: theme, layoutStyle: layoutStyle)
        do {
            var artifacts: [Artifact] = []
            var warnings: [String] = []
            if formats.contains(.pdf) {
                let brief = try renderBrief(typesetter: typesetter)
                warnings += brief.warnings
                artifacts.append(Artifact(relativePath: "brief.pdf", format: .pdf, data: brief.data, pageCount: brief.pageCount))
            }
            let export = ChartExport(creationDate: creationDate)
            for name in ChartCatalog.names {
                let chart = try ChartCatalog.chart(named: name, dataset: dataset, theme: theme)
                for format in formats {
                    let data = try export.render(chart, as: format, theme: theme, typesetter: typesetter)
                    artifacts.append(Artifact(relativePath: "\(name).\(format.fileExtension)", format: format, data: data,
                                              pageCount: format == .pdf ? 1 : nil))
                }
            }
            return Result(artifacts: artifacts, warnings: warnings)
        } catch {
            throw TradeBriefError.wrap(error)
        }
    }
}
