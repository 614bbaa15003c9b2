import BriefRender

/// A chart measured and placed before it is drawn: a list of marks in the
/// chart's own coordinates (origin at the top-left corner of its frame).
///
/// Charts build a plan for a width (and, when drawing, a height), read their
/// preferred height from it and draw it; tests read its text boxes to check
/// that no label overlaps another or leaves the chart.
struct ChartPlan {
    /// One thing to draw.
    enum Mark {
        /// A filled rectangle.
        case fill(Rect, Color)
        /// A filled rectangle with rounded corners.
        case roundedFill(Rect, radius: Double, Color)
        /// A straight line.
        case line(from: Point, to: Point, Color, StrokeStyle)
        /// Text with its top-left corner at a point.
        case text(TextLayout, at: Point, Color)
        /// The start of a group of marks that stand for one thing (a class
        /// and a tooltip in SVG); closed by ``end``.
        case begin(BriefRender.Mark)
        /// The end of the group opened last.
        case end
    }

    /// The chart's size: its width and the height it takes.
    var size: Size
    /// The marks, in drawing order.
    private(set) var marks: [Mark] = []

    /// Creates an empty plan of `size`.
    init(size: Size) { self.size = size }

    /// Adds a filled rectangle, with the CSS class `className` in SVG.
    mutating func fill(_ rect: Rect, _ color: Color, class className: String? = nil) {
        classed(className) { $0.marks.append(.fill(rect, color)) }
    }

    /// Adds a filled rectangle that carries data (a bar, a segment) on
    /// `background`: a fill too light to be seen against it
    /// (``Color/outline(on:)``) gets a thin outline of a darker shade, drawn
    /// as a rectangle under the fill (CSS class `tb-outline`) one
    /// ``outlineWidth`` larger on every side than the fill, which keeps its place.
    mutating func dataFill(_ rect: Rect, _ color: Color, on background: Color, class className: String? = nil) {
        guard let outline = color.outline(on: background) else {
            fill(rect, color, class: className)
            return
        }
        fill(rect, outline, class: "tb-outline")
        let inner = rect.insetBy(dx: Self.outlineWidth, dy: Self.outlineWidth)
        if inner.width > 0, inner.height > 0 { fill(inner, color, class: className) }
    }

    /// Adds a rounded filled rectangle that carries data (a legend swatch) on `background`,
    /// outlined like ``dataFill(_:_:on:class:)``.
    mutating func dataFill(_ rect: Rect, radius: Double, _ color: Color, on background: Color, class className: String? = nil) {
        guard let outline = color.outline(on: background) else {
            fill(rect, radius: radius, color, class: className)
            return
        }
        fill(rect, radius: radius, outline, class: "tb-outline")
        let inner = rect.insetBy(dx: Self.outlineWidth, dy: Self.outlineWidth)
        if inner.width > 0, inner.height > 0 { fill(inner, radius: max(0, radius - Self.outlineWidth), color, class: className) }
    }

    /// The width of the outline of a light fill, in points.
    static let outlineWidth = 0.75

    /// Adds a filled rectangle with rounded corners, with the CSS class `className` in SVG.
    mutating func fill(_ rect: Rect, radius: Double, _ color: Color, class className: String? = nil) {
        classed(className) { $0.marks.append(.roundedFill(rect, radius: radius, color)) }
    }

    /// Adds a straight line, with the CSS class `className` in SVG.
    mutating func line(from start: Point, to end: Point, _ color: Color, width: Double = 1, class className: String? = nil) {
        classed(className) { $0.marks.append(.line(from: start, to: end, color, StrokeStyle(width: width))) }
    }

    /// Adds `layout` with its top-left corner at `point` (in SVG with the
    /// CSS class `className`, `tb-label` unless told; none for an empty
    /// name, where the group around it names it); returns its box.
    @discardableResult
    mutating func text(_ layout: TextLayout, at point: Point, _ color: Color, class className: String = "tb-label") -> Rect {
        classed(className.isEmpty ? nil : className) { $0.marks.append(.text(layout, at: point, color)) }
        return Rect(x: point.x, y: point.y, width: layout.size.width, height: layout.size.height)
    }

    /// Adds what `body` adds as one group: in SVG a `<g>` (or its single
    /// element) with the class and tooltip of `mark`, e.g. a bar with its
    /// labels and the tooltip `Georgia: $7.9B, 2 projects`.
    mutating func group(_ mark: BriefRender.Mark, _ body: (inout ChartPlan) -> Void) {
        marks.append(.begin(mark))
        body(&self)
        marks.append(.end)
    }

    private mutating func classed(_ className: String?, _ body: (inout ChartPlan) -> Void) {
        guard let className else { return body(&self) }
        group(BriefRender.Mark(class: className), body)
    }

    /// The box of every text, with the text, in drawing order.
    var texts: [(text: String, box: Rect)] {
        marks.compactMap { mark in
            guard case .text(let layout, let point, _) = mark else { return nil }
            return (layout.text, Rect(x: point.x, y: point.y, width: layout.size.width, height: layout.size.height))
        }
    }

    /// Draws the marks with the plan's origin at `origin`.
    func draw(in context: GraphicsContext, origin: Point) {
        func moved(_ point: Point) -> Point { Point(x: point.x + origin.x, y: point.y + origin.y) }
        func moved(_ rect: Rect) -> Rect { Rect(x: rect.minX + origin.x, y: rect.minY + origin.y, width: rect.width, height: rect.height) }
        for mark in marks {
            switch mark {
            case .fill(let rect, let color):
                context.fill(moved(rect), color: color)
            case .roundedFill(let rect, let radius, let color):
                context.newPath()
                context.addRoundedRect(moved(rect), radius: radius)
                context.fill(color)
            case .line(let start, let end, let color, let style):
                context.strokeLine(from: moved(start), to: moved(end), color: color, style: style)
            case .text(let layout, let point, let color):
                context.draw(layout, at: moved(point), color: color)
            case .begin(let mark):
                context.beginMark(mark)
            case .end:
                context.endMark()
            }
        }
    }
}

/// A chart that is drawn from a ``ChartPlan``; lets tests see where its text goes.
protocol PlannedChart: Chart {
    /// Measures and places the chart at `width`; `height` is the frame's
    /// height when drawing, nil for the chart's natural height.
    func plan(width: Double, height: Double?, typesetter: Typesetter) -> ChartPlan
}
