import CCairo

/// Drawing commands recorded once and replayed into any context (a chart drawn
/// once, then placed on a PDF page, an SVG and a PNG).
public final class Recording {
    let surface: OpaquePointer
    /// The recorded area, from the origin.
    public let size: Size

    /// Records what `draw` does in an area of `size`.
    /// - Throws: ``RenderError`` when Cairo fails, or what `draw` throws.
    public init(size: Size, typesetter: Typesetter, draw: (GraphicsContext) throws -> Void) throws {
        self.size = size
        var extents = cairo_rectangle_t(x: 0, y: 0, width: size.width, height: size.height)
        surface = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents)
        try RenderError.check(cairo_surface_status(surface), "creating a recording surface")
        let context = GraphicsContext(surface: surface, typesetter: typesetter, format: nil)
        try draw(context)
        try context.checkStatus("recording a drawing")
    }

    deinit { cairo_surface_destroy(surface) }
}
