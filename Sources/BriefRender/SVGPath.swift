import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The current path of the SVG writer, kept in document coordinates, and
/// printed as the shortest element that draws it: a `<rect>` for one
/// (rounded) rectangle, a `<line>` for one straight segment, otherwise a
/// `<path>` whose straight axis-parallel segments use `H` and `V`.
struct SVGPath {
    enum Segment: Equatable {
        case move(Point)
        case line(Point)
        case curve(Point, Point, Point)
        case close
    }

    /// The segments, in document coordinates.
    private(set) var segments: [Segment] = []
    /// The one rectangle the path is, while it is only that (document coordinates).
    private var lonelyRect: (rect: Rect, rx: Double, ry: Double)?
    /// How many segments the path had when ``lonelyRect`` was set: any more, and it is not one rectangle.
    private var lonelyRectSegments = 0
    /// The current point and the start of the current sub-path, in user space.
    private(set) var current: Point?
    private var subpathStart: Point?

    var isEmpty: Bool { segments.isEmpty }

    mutating func move(to point: Point, _ ctm: AffineTransform) {
        segments.append(.move(ctm.apply(point)))
        current = point
        subpathStart = point
    }

    mutating func line(to point: Point, _ ctm: AffineTransform) {
        guard current != nil else { return move(to: point, ctm) }
        segments.append(.line(ctm.apply(point)))
        current = point
    }

    mutating func curve(to point: Point, control1: Point, control2: Point, _ ctm: AffineTransform) {
        if current == nil { move(to: control1, ctm) }
        segments.append(.curve(ctm.apply(control1), ctm.apply(control2), ctm.apply(point)))
        current = point
    }

    mutating func close() {
        guard current != nil else { return }
        segments.append(.close)
        current = subpathStart
    }

    mutating func addRect(_ rect: Rect, radius: Double, _ ctm: AffineTransform) {
        let wasEmpty = segments.isEmpty
        if radius > 0 {
            let r = radius
            move(to: Point(x: rect.minX + r, y: rect.minY), ctm)
            addArc(center: Point(x: rect.maxX - r, y: rect.minY + r), radius: r, start: -Double.pi / 2, end: 0, ctm)
            addArc(center: Point(x: rect.maxX - r, y: rect.maxY - r), radius: r, start: 0, end: Double.pi / 2, ctm)
            addArc(center: Point(x: rect.minX + r, y: rect.maxY - r), radius: r, start: Double.pi / 2, end: Double.pi, ctm)
            addArc(center: Point(x: rect.minX + r, y: rect.minY + r), radius: r, start: Double.pi, end: 3 * Double.pi / 2, ctm)
        } else {
            move(to: rect.origin, ctm)
            line(to: Point(x: rect.maxX, y: rect.minY), ctm)
            line(to: Point(x: rect.maxX, y: rect.maxY), ctm)
            line(to: Point(x: rect.minX, y: rect.maxY), ctm)
        }
        close()
        if wasEmpty, ctm.isAxisAligned {
            let p = ctm.apply(rect.origin)
            let q = ctm.apply(Point(x: rect.maxX, y: rect.maxY))
            lonelyRect = (Rect(x: min(p.x, q.x), y: min(p.y, q.y), width: abs(q.x - p.x), height: abs(q.y - p.y)),
                          radius * abs(ctm.a), radius * abs(ctm.d))
            lonelyRectSegments = segments.count
        } else {
            lonelyRect = nil
        }
        current = rect.origin
        subpathStart = rect.origin
    }

    /// Adds an arc as Cairo does: a line from the current point to its start
    /// (or a move, without one), then Bézier pieces of at most a quarter turn.
    mutating func addArc(center: Point, radius: Double, start: Double, end: Double, _ ctm: AffineTransform) {
        var end = end
        while end < start { end += 2 * Double.pi }
        let first = Point(x: center.x + radius * cos(start), y: center.y + radius * sin(start))
        if current == nil { move(to: first, ctm) } else { line(to: first, ctm) }
        let pieces = max(1, Int((end - start) / (Double.pi / 2) - 1e-9) + 1)
        let step = (end - start) / Double(pieces)
        let k = 4.0 / 3.0 * tan(step / 4) * radius
        var angle = start
        for _ in 0..<pieces {
            let next = angle + step
            let p0 = Point(x: center.x + radius * cos(angle), y: center.y + radius * sin(angle))
            let p3 = Point(x: center.x + radius * cos(next), y: center.y + radius * sin(next))
            let c1 = Point(x: p0.x - k * sin(angle), y: p0.y + k * cos(angle))
            let c2 = Point(x: p3.x + k * sin(next), y: p3.y - k * cos(next))
            curve(to: p3, control1: c1, control2: c2, ctm)
            angle = next
        }
    }

    mutating func clear() {
        segments.removeAll(keepingCapacity: true)
        lonelyRect = nil
        current = nil
        subpathStart = nil
    }

    /// The element for filling the path.
    var fillKind: SVGNode.Kind? {
        guard !segments.isEmpty else { return nil }
        if let rect = lonelyRect, segments.count == lonelyRectSegments { return .rect(rect.rect, rx: rect.rx, ry: rect.ry) }
        return .path(data)
    }

    /// The element for stroking the path.
    var strokeKind: SVGNode.Kind? {
        if segments.count == 2, case .move(let a) = segments[0], case .line(let b) = segments[1] {
            return .line(from: a, to: b)
        }
        return fillKind
    }

    /// The bounding box of the points (control points included).
    var bounds: Rect? {
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        func add(_ p: Point) {
            minX = min(minX, p.x); minY = min(minY, p.y); maxX = max(maxX, p.x); maxY = max(maxY, p.y)
        }
        for segment in segments {
            switch segment {
            case .move(let p), .line(let p): add(p)
            case .curve(let a, let b, let c): add(a); add(b); add(c)
            case .close: break
            }
        }
        return minX.isFinite ? Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY) : nil
    }

    /// The `d` attribute: absolute commands, two decimals, `H`/`V` for
    /// axis-parallel lines, no command letter repeated needlessly.
    var data: String {
        var out = ""
        var last = (x: "", y: "")
        var start = (x: "", y: "")
        var lastCommand: Character = " "
        func command(_ letter: Character) {
            if letter != lastCommand || letter == "M" { out.append(letter) } else { out.append(" ") }
            lastCommand = letter
        }
        for segment in segments {
            switch segment {
            case .move(let p):
                let (x, y) = (SVGNumber.format(p.x), SVGNumber.format(p.y))
                command("M"); out += x + " " + y
                last = (x, y)
                start = last
            case .line(let p):
                let (x, y) = (SVGNumber.format(p.x), SVGNumber.format(p.y))
                if y == last.y, x != last.x { command("H"); out += x } else if x == last.x, y != last.y { command("V"); out += y } else if x != last.x || y != last.y {
                    command("L"); out += x + " " + y
                }
                last = (x, y)
            case .curve(let a, let b, let p):
                let (x, y) = (SVGNumber.format(p.x), SVGNumber.format(p.y))
                command("C")
                out += [a.x, a.y, b.x, b.y].map(SVGNumber.format).joined(separator: " ") + " " + x + " " + y
                last = (x, y)
            case .close:
                command("Z")
                last = start
            }
        }
        return out
    }
}
