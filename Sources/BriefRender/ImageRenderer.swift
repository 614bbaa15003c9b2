import CCairo
import FoundationEssentials

/// Renders one drawing of a given size to PDF, SVG or PNG bytes, in memory.
public struct ImageRenderer {
    /// The drawing's size in points.
    public var size: Size
    /// Pixels per point for PNG output (2 gives a sharp image on high-density screens).
    public var pngScale: Double
    /// A colour painted under the drawing; nil keeps the background transparent.
    public var background: Color?
    /// Document information for PDF output.
    public var metadata: PDFMetadata?
    /// Title, description, id prefix and text mode for SVG output.
    public var svg: SVGOptions

    /// Creates a renderer for drawings of `size` points.
    public init(size: Size, pngScale: Double = 2, background: Color? = .white, metadata: PDFMetadata? = nil,
                svg: SVGOptions = SVGOptions()) {
        self.size = size
        self.pngScale = pngScale
        self.background = background
        self.metadata = metadata
        self.svg = svg
    }

    /// Draws with `draw` into tradebrief's SVG writer (real text, whatever
    /// ``SVGOptions/text`` says) and returns the drawing, not yet written
    /// out: ``PendingSVG/data()`` writes it, on any thread.
    /// - Throws: ``RenderError`` when drawing fails, or what `draw` throws.
    public func recordSVG(typesetter: Typesetter, draw: (GraphicsContext) throws -> Void) throws -> PendingSVG {
        guard size.width > 0, size.height > 0, size.width.isFinite, size.height.isFinite else {
            throw RenderError(operation: "creating a surface", reason: "size \(size.width)×\(size.height) is not positive")
        }
        let device = SVGDevice(size: size)
        let context = GraphicsContext(device: device, typesetter: typesetter, format: .svg)
        if let background { context.paint(background) }
        try draw(context)
        try context.checkStatus("drawing the SVG")
        return PendingSVG(device: device, document: SVGDocument(title: svg.title, description: svg.description,
                                                                 languageAttributes: svg.languageAttributes),
                          prefix: svg.idPrefix)
    }

    /// Draws with `draw` and returns the encoded file.
    /// - Throws: ``RenderError`` when Cairo fails, or what `draw` throws.
    public func render(
        _ format: OutputFormat, typesetter: Typesetter, draw: (GraphicsContext) throws -> Void
    ) throws -> Data {
        guard size.width > 0, size.height > 0, size.width.isFinite, size.height.isFinite else {
            throw RenderError(operation: "creating a surface", reason: "size \(size.width)×\(size.height) is not positive")
        }
        switch format {
        case .pdf:
            let writer = try PDFDocumentWriter(metadata: metadata ?? PDFMetadata(), typesetter: typesetter)
            let context = try writer.beginPage(size: size)
            if let background { context.paint(background) }
            try draw(context)
            return try writer.finish()
        case .svg where svg.text == .text:
            return try recordSVG(typesetter: typesetter, draw: draw).data()
        case .svg:
            let sink = ByteSink()
            guard let surface = cairo_svg_surface_create_for_stream(ByteSink.write, sink.opaque, size.width, size.height) else {
                throw RenderError(operation: "creating an SVG surface", reason: "out of memory")
            }
            defer { cairo_surface_destroy(surface) }
            try RenderError.check(cairo_surface_status(surface), "creating an SVG surface")
            guard sink.retain(by: surface) else { throw RenderError(operation: "creating an SVG surface", reason: "out of memory") }
            cairo_svg_surface_restrict_to_version(surface, CAIRO_SVG_VERSION_1_1)
            cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PT)
            try withContext(surface, format, typesetter, draw)
            cairo_surface_finish(surface)
            try RenderError.check(cairo_surface_status(surface), "writing the SVG")
            return SVGFinisher.finish(sink.data, options: svg)
        case .png:
            let width = Int32((size.width * pngScale).rounded(.up))
            let height = Int32((size.height * pngScale).rounded(.up))
            guard width > 0, height > 0, width <= 32_767, height <= 32_767 else {
                throw RenderError(operation: "creating a PNG surface", reason: "\(width)×\(height) pixels is outside 1…32767")
            }
            guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height) else {
                throw RenderError(operation: "creating a PNG surface", reason: "out of memory")
            }
            defer { cairo_surface_destroy(surface) }
            try RenderError.check(cairo_surface_status(surface), "creating a PNG surface")
            try withContext(surface, format, typesetter) { context in
                context.scale(by: pngScale, pngScale)
                try draw(context)
            }
            return try PNGEncoder.encode(surface)
        }
    }

    private func withContext(
        _ surface: OpaquePointer, _ format: OutputFormat, _ typesetter: Typesetter,
        _ draw: (GraphicsContext) throws -> Void
    ) throws {
        let context = GraphicsContext(surface: surface, typesetter: typesetter, format: format)
        if let background { context.paint(background) }
        try draw(context)
        try context.checkStatus("drawing the \(format.rawValue.uppercased())")
    }
}
