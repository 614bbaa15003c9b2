import BriefText
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// tradebrief's own SVG writer, in the manner of R's svglite: a thin device
/// that turns each drawing call into the SVG element that draws it, with
/// text as real `<text>` at the position Pango measured. The document is
/// printed by ``SVGDocument``.
final class SVGDevice: DrawingDevice {
    private struct State {
        var ctm = AffineTransform.identity
        var clip: Int?
    }

    /// A clip path, in document coordinates, inside the clip `parent`.
    struct ClipPath {
        var data: String
        var parent: Int?
    }

    /// The page size in points.
    let size: Size
    private var state = State()
    private var saved: [State] = []
    private var path = SVGPath()
    /// The document's root group and the open groups (marks), innermost last.
    let root = SVGNode(.group)
    private var open: [SVGNode] = []
    /// The clip paths made so far, by number (from 1).
    private(set) var clips: [ClipPath] = []
    /// Filled areas in drawing order, to find what lies under a text.
    private var areas: [(box: Rect, color: Color)] = []
    private var firstError: RenderError?
    /// Family stacks already written, by the families requested and used (a page draws hundreds of layouts in a few fonts).
    private var familyStacks: [[String]: String] = [:]

    init(size: Size) {
        self.size = size
        open = [root]
    }

    private func append(_ node: SVGNode) {
        node.clip = state.clip
        open[open.count - 1].children.append(node)
    }

    // MARK: State and transforms

    func save() { saved.append(state) }

    func restore() {
        guard let last = saved.popLast() else { return record("restoring the graphics state", "restore without save") }
        state = last
    }

    func translate(by dx: Double, _ dy: Double) {
        state.ctm = state.ctm.prepending(AffineTransform(tx: dx, ty: dy))
    }

    func scale(by sx: Double, _ sy: Double) {
        state.ctm = state.ctm.prepending(AffineTransform(a: sx, d: sy))
    }

    func rotate(by radians: Double) {
        let (s, c) = (sin(radians), cos(radians))
        state.ctm = state.ctm.prepending(AffineTransform(a: c, b: s, c: -s, d: c))
    }

    // MARK: Paths

    func newPath() { path.clear() }
    func move(to point: Point) { path.move(to: point, state.ctm) }
    func line(to point: Point) { path.line(to: point, state.ctm) }
    func curve(to point: Point, control1: Point, control2: Point) {
        path.curve(to: point, control1: control1, control2: control2, state.ctm)
    }
    func addRect(_ rect: Rect) { path.addRect(rect, radius: 0, state.ctm) }
    func addRoundedRect(_ rect: Rect, radius: Double) { path.addRect(rect, radius: radius, state.ctm) }
    func addArc(center: Point, radius: Double, startAngle: Double, endAngle: Double) {
        path.addArc(center: center, radius: radius, start: startAngle, end: endAngle, state.ctm)
    }
    func closePath() { path.close() }

    // MARK: Painting

    func fill(_ color: Color) {
        defer { path.clear() }
        guard color.alpha > 0, let kind = path.fillKind else { return }
        append(SVGNode(kind, fill: color))
        if color.alpha >= 0.5, let box = path.bounds { areas.append((box, color)) }
    }

    func stroke(_ color: Color, style: StrokeStyle) {
        defer { path.clear() }
        guard color.alpha > 0, style.width > 0, let kind = path.strokeKind else { return }
        var scaled = style
        let factor = state.ctm.lengthScale
        scaled.width *= factor
        scaled.dash = style.dash.map { $0 * factor }
        let node = SVGNode(kind)
        node.stroke = (color, scaled)
        append(node)
    }

    func paint(_ color: Color) {
        guard color.alpha > 0 else { return }
        let node = SVGNode(.rect(Rect(x: 0, y: 0, width: size.width, height: size.height), rx: 0, ry: 0), fill: color)
        node.className = "tb-bg"
        append(node)
        if color.alpha >= 0.5 { areas.append((Rect(x: 0, y: 0, width: size.width, height: size.height), color)) }
    }

    func clip() {
        defer { path.clear() }
        clips.append(ClipPath(data: path.isEmpty ? "M0 0Z" : path.data, parent: state.clip))
        state.clip = clips.count
    }

    // MARK: Text

    func draw(_ layout: TextLayout, lines range: Range<Int>?, at point: Point, color: Color) {
        guard color.alpha > 0 else { return }
        var runs = layout.placedRuns
        var origin = point
        if let range {
            runs = runs.filter { range.contains($0.line) }
            guard let top = layout.lineTop(range.lowerBound) else { return }
            origin.y -= top
        }
        guard !runs.isEmpty else { return }
        let families = familyStack(requested: layout.requestedFamilies, used: runs.map(\.font.family))
        let ctm = state.ctm.prepending(AffineTransform(tx: origin.x, ty: origin.y))
        var index = 0
        var lines: [SVGNode] = []
        while index < runs.count {
            let line = runs[index].line
            var end = index
            while end < runs.count, runs[end].line == line { end += 1 }
            lines.append(textNode(runs[index..<end], families: families, ctm: ctm, color: color))
            index = end
        }
        if lines.count == 1 {
            append(lines[0])
        } else {
            // A layout of several lines is one thing: one group, so a mark's class covers it.
            let group = SVGNode(.group)
            group.children = lines
            append(group)
            for node in lines { node.clip = state.clip }
        }
    }

    /// One `<text>` for one line: runs in the same font merged, positions in
    /// document coordinates when the transform keeps text upright and evenly
    /// scaled, in the layout's own coordinates with a transform otherwise.
    private func textNode(_ runs: ArraySlice<PlacedTextRun>, families: String, ctm: AffineTransform, color: Color) -> SVGNode {
        let upright = ctm.isUniformScale
        let factor = upright ? ctm.a : 1
        var merged: [SVGTextLine.Run] = []
        for run in runs {
            let x = upright ? ctm.apply(Point(x: run.x, y: 0)).x : run.x
            var font = run.font
            font.size *= factor
            if var last = merged.last, last.font == font {
                last.text += run.text
                last.width = x + run.width * factor - last.x
                merged[merged.count - 1] = last
            } else {
                merged.append(SVGTextLine.Run(text: run.text, x: x, width: run.width * factor, font: font))
            }
        }
        let first = runs[runs.startIndex]
        let y = upright ? ctm.apply(Point(x: 0, y: first.baseline)).y : first.baseline
        let line = SVGTextLine(y: y, runs: merged, families: families, transform: upright ? nil : ctm)
        let node = SVGNode(.text(line), fill: color)
        let center = ctm.apply(Point(x: first.x + runs.map(\.width).reduce(0, +) / 2, y: first.baseline - first.font.size * 0.3))
        node.underlay = underlay(at: center)
        return node
    }

    /// The colour of the last opaque fill under `point`; nil when it is the background.
    private func underlay(at point: Point) -> Color? {
        guard let index = areas.lastIndex(where: {
            point.x >= $0.box.minX && point.x <= $0.box.maxX && point.y >= $0.box.minY && point.y <= $0.box.maxY
        }) else { return nil }
        return index == areas.startIndex && areas[index].box.width >= size.width ? nil : areas[index].color
    }

    /// ``familyStack(requested:used:)``, worked out once per pair of lists
    /// (family names are C strings, so NUL cannot occur in them and separates the lists).
    private func familyStack(requested: [String], used: [String]) -> String {
        let key = requested + ["\u{0}"] + used
        if let known = familyStacks[key] { return known }
        let stack = Self.familyStack(requested: requested, used: used)
        familyStacks[key] = stack
        return stack
    }

    /// The CSS `font-family` value: the families asked for, those Pango
    /// fell back to, then the generic family that fits.
    static func familyStack(requested: [String], used: [String]) -> String {
        var names: [String] = []
        var generic: String?
        func add(_ name: String) {
            switch name.lowercased() {
            case "sans", "sans-serif": generic = generic ?? "sans-serif"
            case "serif": generic = generic ?? "serif"
            case "monospace", "mono": generic = generic ?? "monospace"
            default:
                // Case-insensitive as Foundation's caseInsensitiveCompare: upper- then lower-casing
                // folds case fully ("Straße" and "STRASSE" are the same family).
                let folded = name.uppercased().lowercased()
                if !names.contains(where: { $0.uppercased().lowercased() == folded }) { names.append(name) }
            }
        }
        requested.forEach(add)
        used.forEach(add)
        if generic == nil {
            let first = (names.first ?? "").lowercased()
            generic = first.contains("mono") ? "monospace" : (first.contains("serif") && !first.contains("sans") ? "serif" : "sans-serif")
        }
        let quoted = names.map { name -> String in
            let plain = name.unicodeScalars.allSatisfy { $0.isAlphanumeric || $0 == " " || $0 == "-" }
                && !(name.first?.isNumber ?? true)
            return plain ? name : "'" + name.replacing("'", with: "") + "'"
        }
        return (quoted + [generic ?? "sans-serif"]).joined(separator: ",")
    }

    // MARK: Recordings, tags, marks

    func draw(_ recording: Recording, at point: Point, scale: Double) {
        record("drawing a recording into an SVG", "the SVG writer draws paths and text only; use outlined SVG text (--svg-text paths)")
    }

    func beginTag(_ name: String, attributes: String) {}
    func endTag(_ name: String) {}

    func beginMark(_ mark: Mark) {
        let group = SVGNode(.group)
        group.className = mark.className
        group.title = mark.title
        append(group)
        open.append(group)
    }

    func endMark() {
        guard open.count > 1 else { return record("closing a mark", "endMark without beginMark") }
        open.removeLast()
    }

    private func record(_ operation: String, _ reason: String) {
        if firstError == nil { firstError = RenderError(operation: operation, reason: reason) }
    }

    func error(_ operation: String) -> RenderError? { firstError }
}
