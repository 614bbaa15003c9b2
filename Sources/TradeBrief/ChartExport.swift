import BriefText
import BriefCharts
import BriefData
import BriefRender
import FoundationEssentials

/// Renders one chart alone to PDF, SVG or PNG bytes, ready to embed.
package struct ChartExport {
    /// The chart's width in points (CSS pixels in SVG).
    package var width: Double
    /// The chart's height in points; nil for the height the chart needs.
    /// Given, the chart fits its content in the box (see ``heightRange``).
    package var height: Double?
    /// Pixels per point for PNG.
    package var pngScale: Double
    /// The prefix for every id inside an SVG, so that many charts can share
    /// one page; nil derives it from the chart's name and content
    /// (`tb-state-map-1f3a9c0e`).
    package var idPrefix: String?
    /// Creation date for PDF metadata (ISO 8601), for reproducible bytes.
    package var creationDate: Date?
    /// Padding around the chart, in points.
    package var padding: Double
    /// Real `<text>` in SVG (the default), or glyph outlines.
    package var svgText: SVGTextMode

    /// Creates an exporter.
    package init(width: Double = 504, height: Double? = nil, pngScale: Double = 2, idPrefix: String? = nil,
                creationDate: Date? = nil, padding: Double = 12, svgText: SVGTextMode = .text) {
        self.width = width
        self.height = height
        self.pngScale = pngScale
        self.idPrefix = idPrefix
        self.creationDate = creationDate
        self.padding = padding
        self.svgText = svgText
    }

    /// The most pixels a PNG may have: 40 million (160 MB of RGBA).
    package static let maxPixels = 40_000_000
    /// The most pixels on either side of a PNG (Cairo's limit).
    package static let maxPixelsPerSide = 32_767

    /// The widths accepted, in points.
    package static let widthRange: ClosedRange<Double> = 160...5000
    /// The heights accepted, in points.
    package static let heightRange: ClosedRange<Double> = 80...5000
    /// The PNG scales accepted, in pixels per point: from a quarter (a
    /// 160-point chart is still 40 pixels wide, not one) to 16.
    package static let pngScaleRange: ClosedRange<Double> = 0.25...16

    /// The widest a chart is laid out, in points (10 inches): a wider chart
    /// is laid out at this width and scaled up, type included, so that its
    /// labels grow with it instead of staying 7 points on a poster-sized map.
    package static let maximumLayoutWidth = 720.0

    /// Renders `chart` as `format`.
    /// - Throws: ``TradeBriefError`` for a bad width, height or prefix, a PNG
    ///   over ``maxPixels`` (``TradeBriefError/usage(_:)``), or a render failure.
    package func render(_ chart: any Chart, as format: OutputFormat, theme: ChartTheme = .standard, typesetter: Typesetter) throws -> Data {
        guard width.isFinite, Self.widthRange.contains(width) else {
            throw TradeBriefError.usage("width \(width) is outside 160…5000 points")
        }
        if let height, !(height.isFinite && Self.heightRange.contains(height)) {
            throw TradeBriefError.usage("height \(height) is outside 80…5000 points")
        }
        let prefix: SVGIDPrefix = idPrefix.map { .fixed($0) } ?? .derived("tb-\(chart.name)")
        if let idPrefix, !SVGIDPrefix.isValid(idPrefix) {
            throw TradeBriefError.usage("id prefix '\(idPrefix)' must start with a letter and hold only ASCII letters, digits, '-' and '_'")
        }
        let fit = fit(chart, height: height, typesetter: typesetter)
        let size = Size(width: width, height: height ?? ((fit.layout.height * fit.scale).rounded(.up) + 2 * padding))
        if format == .png {
            // Checked before any pixel is allocated: 2000 points at 16× would take gigabytes.
            let (columns, rows) = ((size.width * pngScale).rounded(.up), (size.height * pngScale).rounded(.up))
            guard columns * rows <= Double(Self.maxPixels), columns <= Double(Self.maxPixelsPerSide), rows <= Double(Self.maxPixelsPerSide) else {
                let largest = min((Double(Self.maxPixels) / (size.width * size.height)).squareRoot(), Double(Self.maxPixelsPerSide) / max(size.width, size.height))
                throw TradeBriefError.usage(
                    "a PNG of this chart at width \(Int(size.width)) and scale \(pngScale) would be \(Int(columns)) × \(Int(rows)) pixels; "
                        + "the limit is \(Self.maxPixels / 1_000_000) million pixels and \(Self.maxPixelsPerSide) a side, "
                        + "so lower --scale (at most \(cFormat("%.1f", largest - 0.05)) at this width) or --width")
            }
        }
        let metadata = PDFMetadata(title: chart.title, subject: chart.textDescription, creationDate: creationDate.map(ISODate.string),
                                   language: chart.language.tag)
        let svg = SVGOptions(title: chart.title, description: chart.textDescription, idPrefix: prefix, text: svgText,
                             language: chart.language.tag)
        let renderer = ImageRenderer(size: size, pngScale: pngScale, background: theme.background, metadata: metadata, svg: svg)
        do {
            return try renderer.render(format, typesetter: typesetter) { context in
                try context.withSavedState {
                    context.translate(by: padding + fit.offset.x, padding + fit.offset.y)
                    if fit.scale != 1 { context.scale(by: fit.scale, fit.scale) }
                    try chart.draw(in: context, frame: Rect(x: 0, y: 0, width: fit.layout.width, height: fit.layout.height))
                }
            }
        } catch {
            throw TradeBriefError.wrap(error)
        }
    }
}
