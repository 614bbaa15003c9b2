import CCairo
import CPango

/// The drawing device over a Cairo context: PDF pages, PNG images,
/// recordings and Cairo's own (outlined-text) SVG.
final class CairoDevice: DrawingDevice {
    let cr: OpaquePointer

    init(surface: OpaquePointer) { cr = cairo_create(surface) }

    deinit { cairo_destroy(cr) }

    func save() { cairo_save(cr) }
    func restore() { cairo_restore(cr) }
    func translate(by dx: Double, _ dy: Double) { cairo_translate(cr, dx, dy) }
    func scale(by sx: Double, _ sy: Double) { cairo_scale(cr, sx, sy) }
    func rotate(by radians: Double) { cairo_rotate(cr, radians) }

    func newPath() { cairo_new_path(cr) }
    func move(to point: Point) { cairo_move_to(cr, point.x, point.y) }
    func line(to point: Point) { cairo_line_to(cr, point.x, point.y) }
    func curve(to point: Point, control1: Point, control2: Point) {
        cairo_curve_to(cr, control1.x, control1.y, control2.x, control2.y, point.x, point.y)
    }
    func addRect(_ rect: Rect) { cairo_rectangle(cr, rect.minX, rect.minY, rect.width, rect.height) }
    func addRoundedRect(_ rect: Rect, radius r: Double) {
        cairo_new_sub_path(cr)
        cairo_arc(cr, rect.maxX - r, rect.minY + r, r, -Double.pi / 2, 0)
        cairo_arc(cr, rect.maxX - r, rect.maxY - r, r, 0, Double.pi / 2)
        cairo_arc(cr, rect.minX + r, rect.maxY - r, r, Double.pi / 2, Double.pi)
        cairo_arc(cr, rect.minX + r, rect.minY + r, r, Double.pi, 3 * Double.pi / 2)
        cairo_close_path(cr)
    }
    func addArc(center: Point, radius: Double, startAngle: Double, endAngle: Double) {
        cairo_arc(cr, center.x, center.y, radius, startAngle, endAngle)
    }
    func closePath() { cairo_close_path(cr) }

    private func setSource(_ color: Color) {
        cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
    }

    func fill(_ color: Color) {
        setSource(color)
        cairo_fill(cr)
    }

    func stroke(_ color: Color, style: StrokeStyle) {
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

    func paint(_ color: Color) {
        setSource(color)
        cairo_paint(cr)
    }

    func clip() { cairo_clip(cr) }

    func draw(_ layout: TextLayout, lines range: Range<Int>?, at point: Point, color: Color) {
        setSource(color)
        if let range {
            layout.show(lines: range, at: point, on: cr)
        } else {
            cairo_move_to(cr, point.x, point.y)
            pango_cairo_show_layout(cr, layout.raw)
        }
    }

    func draw(_ recording: Recording, at point: Point, scale: Double) {
        cairo_save(cr)
        cairo_translate(cr, point.x, point.y)
        cairo_scale(cr, scale, scale)
        cairo_set_source_surface(cr, recording.surface, 0, 0)
        cairo_rectangle(cr, 0, 0, recording.size.width, recording.size.height)
        cairo_fill(cr)
        cairo_restore(cr)
    }

    func beginTag(_ name: String, attributes: String) { cairo_tag_begin(cr, name, attributes) }
    func endTag(_ name: String) { cairo_tag_end(cr, name) }
    func beginMark(_ mark: Mark) {}
    func endMark() {}

    func error(_ operation: String) -> RenderError? { RenderError(status: cairo_status(cr), operation: operation) }
}
