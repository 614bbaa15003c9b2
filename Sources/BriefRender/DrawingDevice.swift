/// What a ``GraphicsContext`` draws with: the primitive drawing calls, made
/// either by Cairo (``CairoDevice``: PDF, PNG, recordings and outlined SVG)
/// or by tradebrief's own SVG writer (``SVGDevice``: SVG with real text).
///
/// Charts and pages only see ``GraphicsContext``; which device is behind it
/// decides the output, so a chart draws the same way into every format.
protocol DrawingDevice: AnyObject {
    /// Saves the graphics state (transform, clip, line style).
    func save()
    /// Restores the last saved graphics state.
    func restore()
    /// Moves the origin by (`dx`, `dy`).
    func translate(by dx: Double, _ dy: Double)
    /// Scales the user space.
    func scale(by sx: Double, _ sy: Double)
    /// Rotates the user space by `radians`.
    func rotate(by radians: Double)

    /// Starts a new, empty path.
    func newPath()
    /// Begins a sub-path at `point`.
    func move(to point: Point)
    /// Adds a straight line to `point`.
    func line(to point: Point)
    /// Adds a cubic Bézier curve to `point`.
    func curve(to point: Point, control1: Point, control2: Point)
    /// Adds a rectangle as a closed sub-path.
    func addRect(_ rect: Rect)
    /// Adds a rectangle with corners rounded by `radius` (already clamped, above zero).
    func addRoundedRect(_ rect: Rect, radius: Double)
    /// Adds a circular arc (radians, clockwise).
    func addArc(center: Point, radius: Double, startAngle: Double, endAngle: Double)
    /// Closes the current sub-path.
    func closePath()

    /// Fills the current path and clears it.
    func fill(_ color: Color)
    /// Strokes the current path and clears it.
    func stroke(_ color: Color, style: StrokeStyle)
    /// Paints the whole clip region.
    func paint(_ color: Color)
    /// Intersects the clip region with the current path, and clears the path.
    func clip()

    /// Draws lines `range` of `layout` (every line when nil) with the top of
    /// the first drawn line at `point`.
    func draw(_ layout: TextLayout, lines range: Range<Int>?, at point: Point, color: Color)
    /// Replays `recording` with its top-left corner at `point`, scaled by `scale`.
    func draw(_ recording: Recording, at point: Point, scale: Double)

    /// Opens a PDF structure tag (devices without tags ignore it).
    func beginTag(_ name: String, attributes: String)
    /// Closes a PDF structure tag.
    func endTag(_ name: String)
    /// Opens a group of drawing calls that stand for one thing (devices without groups ignore it).
    func beginMark(_ mark: Mark)
    /// Closes the group opened last by ``beginMark(_:)``.
    func endMark()

    /// The first error the device met, if any.
    func error(_ operation: String) -> RenderError?
}
