import BriefCharts
import BriefData
import BriefRender
import Foundation

/// Renders one chart alone to PDF, SVG or PNG bytes, ready to embed.
public struct ChartExport {
    /// The chart's width in points.
    public var width: Double
    /// Pixels per point for PNG.
    public var pngScale: Double
    /// The prefix for every id inside an SVG, so that many charts can share one page.
    public var idPrefix: String?
    /// Creation date for PDF metadata (ISO 8601), for reproducible bytes.
    public var creationDate: String?
    /// Padding around the chart, in points.
    public var padding: Double

    /// Creates an exporter.
    public init(width: Double = 504, pngScale: Double = 2, idPrefix: String? = nil, creationDate: String? = nil, padding: Double = 12) {
        self.width = width
        self.pngScale = pngScale
        self.idPrefix = idPrefix
        self.creationDate = creationDate
        self.padding = padding
    }

    /// The widths accepted, in points.
    public static let widthRange: ClosedRange<Double> = 160...5000

    /// Renders `chart` as `format`.
    /// - Throws: ``TradeBriefError`` for a bad width or prefix, or a render failure.
    public func render(_ chart: any Chart, as format: OutputFormat, theme: ChartTheme = .standard, typesetter: Typesetter) throws -> Data {
        try MoneyFormat.$symbol.withValue(theme.currencySymbol) {
            try renderInCurrency(chart, as: format, theme: theme, typesetter: typesetter)
        }
    }

    private func renderInCurrency(_ chart: any Chart, as format: OutputFormat, theme: ChartTheme, typesetter: Typesetter) throws -> Data {
        guard width.isFinite, Self.widthRange.contains(width) else {
            throw TradeBriefError.usage("width \(width) is outside 160…5000 points")
        }
        let prefix = idPrefix ?? "tb-\(chart.name)"
        guard SVGFinisher.isValidPrefix(prefix) else {
            throw TradeBriefError.usage("id prefix '\(prefix)' must start with a letter and hold only ASCII letters, digits, '-' and '_'")
        }
        let inner = width - 2 * padding
        let height = chart.preferredHeight(width: inner, typesetter: typesetter) + 2 * padding
        let metadata = PDFMetadata(title: chart.title, subject: chart.textDescription, creationDate: creationDate)
        let renderer = ImageRenderer(size: Size(width: width, height: height), pngScale: pngScale, background: theme.background, metadata: metadata)
        do {
            let data = try renderer.render(format, typesetter: typesetter) { context in
                try chart.draw(in: context, frame: Rect(x: padding, y: padding, width: inner, height: height - 2 * padding))
            }
            guard format == .svg else { return data }
            return SVGFinisher.finish(data, title: chart.title, description: chart.textDescription, idPrefix: prefix)
        } catch {
            throw TradeBriefError.wrap(error)
        }
    }
}
