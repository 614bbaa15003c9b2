import CCairo
import CPango
import Foundation

/// A drawing context over one Cairo surface: paths, fills, strokes, clipping,
/// transforms and text. Coordinates are in points, y growing downwards.
///
/// Contexts come from ``ImageRenderer``, ``PDFDocumentWriter`` and
/// ``Recording``; they are not thread-safe.
public final class GraphicsContext {
    let cr: OpaquePointer
    /// The typesetter that layouts drawn here should come from.
    public let typesetter: Typesetter
    /// The kind of output this context draws into.
    public let format: OutputFormat?

    init(surface: OpaquePointer, typesetter: Typesetter, format: OutputFormat?) {
        cr = cairo_create(surface)
        self.typesetter = typesetter
        self.format = format
    }

    deinit { cairo_destroy(cr) }

    /// Throws if Cairo has recorded an error on this context.
    public func checkStatus(_ operation: @autoclosure () -> String = "drawing") throws {
        try RenderError.check(cairo_status(cr), operation())
    }

    // MARK: State and transforms

    /// Saves the graphics state (transform, clip, line style).
    public func save() { cairo_save(cr) }
    /// Restores the last saved graphics state.
    public func restore() { cairo_restore(cr) }

    /// Runs `body` between ``save()`` and ``restore()``.
    public func withSavedState<T>(_ body: () throws -> T) rethrows -> T {
        save()
        defer { restore() }
        return try body()
    }

    /// Moves the origin by (`dx`, `dy`).
    public func translate(by dx: Double, _ dy: Double) { cairo_translate(cr, dx, dy) }
    /// Scales the user space.
    public func scale(by sx: Double, _ sy: Double) { cairo_scale(cr, sx, sy) }
    /// Rotates the user space by `radians` (clockwise, as y grows downwards).
    public func rotate(by radians: Double) { cairo_rotate(cr, radians) }

    // MARK: Paths

    /// Starts a new, empty path.
    public func newPath() { cairo_new_path(cr) }
    /// Begins a sub-path at `point`.
    public func move(to point: Point) { cairo_move_to(cr, point.x, point.y) }
    /// Adds a straight line to `point`.
    public func line(to point: Point) { cairo_line_to(cr, point.x, point.y) }
    /// Adds a cubic Bézier curve to `point`.
    public func curve(to point: Point, control1: Point, control2: Point) {
        cairo_curve_to(cr, control1.x, control1.y, control2.x, control2.y, point.x, point.y)
    }
    /// Adds a rectangle as a closed sub-path.
    public func addRect(_ rect: Rect) { cairo_rectangle(cr, rect.minX, rect.minY, rect.width, rect.height) }
    /// Adds a rectangle with corners rounded by `radius` (clamped to half the shorter side).
    public func addRoundedRect(_ rect: Rect, radius: Double) {
        let r = max(0, min(radius, rect.width / 2, rect.height / 2))
        guard r > 0 else { return addRect(rect) }
        cairo_new_sub_path(cr)
        cairo_arc(cr, rect.maxX - r, rect.minY + r, r, -Double.pi / 2, 0)
        cairo_arc(cr, rect.maxX - r, rect.maxY - r, r, 0, Double.pi / 2)
        cairo_arc(cr, rect.minX + r, rect.maxY - r, r, Double.pi / 2, Double.pi)
        cairo_arc(cr, rect.minX + r, rect.minY + r, r, Double.pi, 3 * Double.pi / 2)
        cairo_close_path(cr)
    }
    /// Adds a circular arc around `center` from `startAngle` to `endAngle` (radians, clockwise).
    public func addArc(center: Point, radius: Double, startAngle: Double, endAngle: Double) {
        cairo_arc(cr, center.x, center.y, radius, startAngle, endAngle)
    }
    /// Closes the current sub-path.
    public func closePath() { cairo_close_path(cr) }

    // MARK: Painting

    private func setSource(_ color: Color) {
        cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
    }

    /// Fills the current path with `color` and clears the path.
    public func fill(_ color: Color) {
        setSource(color)
        cairo_fill(cr)
    }

    /// Strokes the current path with `color` and `style` and clears the path.
    public func stroke(_ color: Color, style: StrokeStyle = StrokeStyle()) {
        setSource(color)
        cairo_set_line_width(cr, style.width)
        switch style.cap {
        case .butt: cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
        case .round: cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
        case .square: cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE)
        }
        switch style.join {
        case .miter: cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER)
        case .round: cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
        case .bevel: cairo_set_line_join(cr, CAIRO_LINE_JOIN_BEVEL)
        }
        style.dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
        cairo_stroke(cr)
    }

    /// Fills `rect` with `color`.
    public func fill(_ rect: Rect, color: Color) {
        addRect(rect)
        fill(color)
    }

    /// Strokes a straight line from `start` to `end`.
    public func strokeLine(from start: Point, to end: Point, color: Color, style: StrokeStyle = StrokeStyle()) {
        newPath()
        move(to: start)
        line(to: end)
        stroke(color, style: style)
    }

    /// Paints the whole clip region with `color`.
    public func paint(_ color: Color) {
        setSource(color)
        cairo_paint(cr)
    }

    /// Intersects the clip region with the current path, and clears the path.
    public func clip() { cairo_clip(cr) }

    /// Intersects the clip region with `rect`.
    public func clip(to rect: Rect) {
        newPath()
        addRect(rect)
        clip()
    }

    // MARK: Text

    /// Draws `layout` with its top-left corner at `point`.
    public func draw(_ layout: TextLayout, at point: Point, color: Color) {
        setSource(color)
        cairo_move_to(cr, point.x, point.y)
        pango_cairo_show_layout(cr, layout.raw)
    }

    /// Draws lines `range` of `layout`, with the top of the first drawn line at `point.y`.
    /// Used to split a paragraph across columns or pages.
    public func draw(_ layout: TextLayout, lines range: Range<Int>, at point: Point, color: Color) {
        setSource(color)
        layout.show(lines: range, at: point, on: cr)
    }

    // MARK: Recordings

    /// Replays `recording` with its top-left corner at `point`, scaled by `scale`.
    public func draw(_ recording: Recording, at point: Point, scale: Double = 1) {
        withSavedState {
            cairo_translate(cr, point.x, point.y)
            cairo_scale(cr, scale, scale)
            cairo_set_source_surface(cr, recording.surface, 0, 0)
            cairo_rectangle(cr, 0, 0, recording.size.width, recording.size.height)
            cairo_fill(cr)
        }
    }

    // MARK: Tags (PDF structure and links)

    /// Wraps `body` in a PDF structure tag such as `"H1"`, `"P"`, `"Figure"`,
    /// `"Table"` or `"Document"` (ignored by other surfaces). Links are made
    /// only with ``withLink(uri:_:)`` and ``withLink(destination:_:)``: a
    /// `"Link"` tag here draws `body` without one.
    public func withTag<T>(_ name: String, attributes: String = "", _ body: () throws -> T) rethrows -> T {
        guard name != "Link" else { return try body() }
        return try tagged(name, attributes: attributes, body)
    }

    /// Opens a PDF structure tag; close it with ``endTag(_:)``. (Not for links:
    /// a `"Link"` tag is ignored, as by ``withTag(_:attributes:_:)``.)
    public func beginTag(_ name: String, attributes: String = "") {
        guard name != "Link" else { return }
        cairo_tag_begin(cr, name, attributes)
    }

    /// Closes a PDF structure tag opened with ``beginTag(_:attributes:)``.
    public func endTag(_ name: String) {
        guard name != "Link" else { return }
        cairo_tag_end(cr, name)
    }

    /// Makes what `body` draws a live link to `uri` in PDF output, when `uri`
    /// is an `https:`, `http:` or `mailto:` address without control, format
    /// or space characters (see ``isAllowedLink(_:)``); otherwise `body` is
    /// drawn as plain text, never as a link. (The full rule, with reasons, is
    /// BriefData's `LinkPolicy`, which checks the data long before this
    /// last guard.)
    public func withLink<T>(uri: String, _ body: () throws -> T) rethrows -> T {
        guard Self.isAllowedLink(uri) else { return try body() }
        return try tagged("Link", attributes: "uri='\(Self.escapeAttribute(uri))'", body)
    }

    /// Makes what `body` draws a link to the named destination `name` in PDF output.
    public func withLink<T>(destination name: String, _ body: () throws -> T) rethrows -> T {
        try tagged("Link", attributes: "dest='\(Self.escapeAttribute(name))'", body)
    }

    /// The schemes that may become `/URI` links, with what follows them.
    private static let linkPrefixes = ["https://", "http://", "mailto:"]

    /// Whether `uri` may become a `/URI` link: it starts with `https://`,
    /// `http://` or `mailto:` (lower case, as `LinkPolicy` writes them) and
    /// has something after that, and no control, format, white-space or
    /// noncharacter and no backslash anywhere.
    public static func isAllowedLink(_ uri: String) -> Bool {
        guard linkPrefixes.contains(where: { uri.hasPrefix($0) && uri.count > $0.count }) else { return false }
        return uri.unicodeScalars.allSatisfy { scalar in
            let properties = scalar.properties
            return scalar != "\\" && !properties.isWhitespace && !properties.isNoncharacterCodePoint
                && properties.generalCategory != .control && properties.generalCategory != .format
        }
    }

    private func tagged<T>(_ name: String, attributes: String, _ body: () throws -> T) rethrows -> T {
        cairo_tag_begin(cr, name, attributes)
        defer { cairo_tag_end(cr, name) }
        return try body()
    }

    /// Marks the current position as the named destination `name` (PDF only).
    public func addDestination(_ name: String, at point: Point) {
        let attributes = "name='\(Self.escapeAttribute(name))' x=\(point.x) y=\(point.y)"
        cairo_tag_begin(cr, "cairo.dest", attributes)
        cairo_tag_end(cr, "cairo.dest")
    }

    static func escapeAttribute(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
    }
}
