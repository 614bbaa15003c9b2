import BriefText
import FoundationEssentials

/// A drawing context: paths, fills, strokes, clipping, transforms and text.
/// Coordinates are in points, y growing downwards.
///
/// Behind it is a drawing device: Cairo (PDF, PNG, recordings and outlined
/// SVG) or tradebrief's own SVG writer (real `<text>`). Charts and pages draw
/// through this one API and do not know which.
///
/// Contexts come from ``ImageRenderer``, ``PDFDocumentWriter`` and
/// ``Recording``; they are not thread-safe.
public final class GraphicsContext {
    let device: any DrawingDevice
    /// The typesetter that layouts drawn here should come from.
    public let typesetter: Typesetter
    /// The kind of output this context draws into.
    public let format: OutputFormat?

    init(device: any DrawingDevice, typesetter: Typesetter, format: OutputFormat?) {
        self.device = device
        self.typesetter = typesetter
        self.format = format
    }

    convenience init(surface: OpaquePointer, typesetter: Typesetter, format: OutputFormat?) {
        self.init(device: CairoDevice(surface: surface), typesetter: typesetter, format: format)
    }

    /// The Cairo context behind this one, if Cairo draws it.
    var cairo: OpaquePointer? { (device as? CairoDevice)?.cr }

    /// Throws if the device has met an error while drawing.
    public func checkStatus(_ operation: @autoclosure () -> String = "drawing") throws {
        if let error = device.error(operation()) { throw error }
    }

    // MARK: State and transforms

    /// Saves the graphics state (transform, clip, line style).
    public func save() { device.save() }
    /// Restores the last saved graphics state.
    public func restore() { device.restore() }

    /// Runs `body` between ``save()`` and ``restore()``.
    public func withSavedState<T>(_ body: () throws -> T) rethrows -> T {
        save()
        defer { restore() }
        return try body()
    }

    /// Moves the origin by (`dx`, `dy`).
    public func translate(by dx: Double, _ dy: Double) { device.translate(by: dx, dy) }
    /// Scales the user space.
    public func scale(by sx: Double, _ sy: Double) { device.scale(by: sx, sy) }
    /// Rotates the user space by `radians` (clockwise, as y grows downwards).
    public func rotate(by radians: Double) { device.rotate(by: radians) }

    // MARK: Paths

    /// Starts a new, empty path.
    public func newPath() { device.newPath() }
    /// Begins a sub-path at `point`.
    public func move(to point: Point) { device.move(to: point) }
    /// Adds a straight line to `point`.
    public func line(to point: Point) { device.line(to: point) }
    /// Adds a cubic Bézier curve to `point`.
    public func curve(to point: Point, control1: Point, control2: Point) {
        device.curve(to: point, control1: control1, control2: control2)
    }
    /// Adds a rectangle as a closed sub-path.
    public func addRect(_ rect: Rect) { device.addRect(rect) }
    /// Adds a rectangle with corners rounded by `radius` (clamped to half the shorter side).
    public func addRoundedRect(_ rect: Rect, radius: Double) {
        let r = max(0, min(radius, rect.width / 2, rect.height / 2))
        guard r > 0 else { return addRect(rect) }
        device.addRoundedRect(rect, radius: r)
    }
    /// Adds a circular arc around `center` from `startAngle` to `endAngle` (radians, clockwise).
    public func addArc(center: Point, radius: Double, startAngle: Double, endAngle: Double) {
        device.addArc(center: center, radius: radius, startAngle: startAngle, endAngle: endAngle)
    }
    /// Closes the current sub-path.
    public func closePath() { device.closePath() }

    // MARK: Painting

    /// Fills the current path with `color` and clears the path.
    public func fill(_ color: Color) { device.fill(color) }

    /// Strokes the current path with `color` and `style` and clears the path.
    public func stroke(_ color: Color, style: StrokeStyle = StrokeStyle()) { device.stroke(color, style: style) }

    /// Fills `rect` with `color`.
    public func fill(_ rect: Rect, color: Color) {
        newPath()
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
    public func paint(_ color: Color) { device.paint(color) }

    /// Intersects the clip region with the current path, and clears the path.
    public func clip() { device.clip() }

    /// Intersects the clip region with `rect`.
    public func clip(to rect: Rect) {
        newPath()
        addRect(rect)
        clip()
    }

    // MARK: Text

    /// Draws `layout` with its top-left corner at `point`.
    public func draw(_ layout: TextLayout, at point: Point, color: Color) {
        device.draw(layout, lines: nil, at: point, color: color)
    }

    /// Draws lines `range` of `layout`, with the top of the first drawn line at `point.y`.
    /// Used to split a paragraph across columns or pages.
    public func draw(_ layout: TextLayout, lines range: Range<Int>, at point: Point, color: Color) {
        device.draw(layout, lines: range, at: point, color: color)
    }

    // MARK: Recordings

    /// Replays `recording` with its top-left corner at `point`, scaled by `scale`.
    /// (Cairo devices only: the SVG writer reports an error from ``checkStatus(_:)``.)
    public func draw(_ recording: Recording, at point: Point, scale: Double = 1) {
        device.draw(recording, at: point, scale: scale)
    }

    // MARK: Marks (SVG structure: classes and tooltips)

    /// Opens a group of drawing calls that stand for one thing; close it with ``endMark()``.
    public func beginMark(_ mark: Mark) { device.beginMark(mark) }

    /// Closes the group opened last by ``beginMark(_:)``.
    public func endMark() { device.endMark() }

    /// Draws `body` as one mark: in SVG a group (or its single element) with
    /// the class `className` and the tooltip `title`; other formats ignore it.
    ///
    /// ```swift
    /// context.mark(title: "Georgia: $7.9B, 2 projects", class: "tb-bar") {
    ///     context.fill(bar, color: accent)
    /// }
    /// ```
    public func mark<T>(title: String? = nil, class className: String? = nil, _ body: () throws -> T) rethrows -> T {
        beginMark(Mark(class: className, title: title))
        defer { endMark() }
        return try body()
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
        device.beginTag(name, attributes: attributes)
    }

    /// Closes a PDF structure tag opened with ``beginTag(_:attributes:)``.
    public func endTag(_ name: String) {
        guard name != "Link" else { return }
        device.endTag(name)
    }

    /// Makes what `body` draws a live link to `uri` in PDF output, when `uri`
    /// is an `https:`, `http:` or `mailto:` address without control, format
    /// or space characters (see ``isAllowedLink(_:)``); otherwise `body` is
    /// drawn as plain text, never as a link. (The full rule, with reasons, is
    /// BriefData's `LinkPolicy`, which checks the data long before this
    /// last guard.)
    public func withLink<T>(uri: String, _ body: () throws -> T) rethrows -> T {
        guard Self.isAllowedLink(uri) else { return try body() }
        return try tagged("Link", attributes: Self.uriAttribute(uri), body)
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
        device.beginTag(name, attributes: attributes)
        defer { device.endTag(name) }
        return try body()
    }

    /// Makes the rectangles `rects` (in user space) a live link to `uri` in
    /// PDF output, for a link that is part of a longer text; nothing when
    /// `uri` is not an allowed link (see ``isAllowedLink(_:)``).
    public func addLink(uri: String, rects: [Rect]) {
        guard Self.isAllowedLink(uri) else { return }
        addLink(attributes: Self.uriAttribute(uri), rects: rects)
    }

    /// Makes the rectangles `rects` (in user space) a link to the named
    /// destination `name` in PDF output.
    public func addLink(destination name: String, rects: [Rect]) {
        addLink(attributes: "dest='\(Self.escapeAttribute(name))'", rects: rects)
    }

    private func addLink(attributes: String, rects: [Rect]) {
        guard !rects.isEmpty else { return }
        let list = rects.flatMap { [$0.minX, $0.minY, $0.width, $0.height] }.map { cFormat("%.2f", $0) }.joined(separator: " ")
        device.beginTag("Link", attributes: attributes + " rect=[\(list)]")
        device.endTag("Link")
    }

    /// Marks the current position as the named destination `name` (PDF only).
    public func addDestination(_ name: String, at point: Point) {
        let attributes = "name='\(Self.escapeAttribute(name))' x=\(point.x) y=\(point.y)"
        device.beginTag("cairo.dest", attributes: attributes)
        device.endTag("cairo.dest")
    }

    /// The `uri='…'` attribute of a link tag for `uri`. Cairo 1.16 writes the
    /// address into the PDF as `/URI (…)` exactly as given, so a parenthesis in
    /// it would end the string early and let the rest of the address become
    /// keys of the link's action (`…)/S/JavaScript/JS(…`: a live script). So
    /// each `(` and `)` is escaped for the PDF string (`\(`), which a reader
    /// reads back as the same address, and each byte outside ASCII is
    /// percent-encoded (`/URI` is an ASCII string; `%C3%A9` is how a browser
    /// sends `é` anyway).
    static func uriAttribute(_ uri: String) -> String {
        var pdf = ""
        for byte in uri.utf8 {
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\\"):
                pdf += "\\" + String(UnicodeScalar(byte))
            case 0x21...0x7E:
                pdf.unicodeScalars.append(UnicodeScalar(byte))
            default:
                pdf += "%" + cFormat("%02X", UInt32(byte))
            }
        }
        return "uri='\(escapeAttribute(pdf))'"
    }

    static func escapeAttribute(_ value: String) -> String {
        value.replacing("\\", with: "\\\\").replacing("'", with: "\\'")
    }
}
