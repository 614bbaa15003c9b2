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
    }

    /// The chart's size: its width and the height it takes.
    var size: Size
    /// The marks, in drawing order.
    private(set) var marks: [Mark] = []

    /// Creates an empty plan of `size`.
    init(size: Size) { self.size = size }

    /// Adds a filled rectangle.
    mutating func fill(_ rect: Rect, _ color: Color) { marks.append(.fill(rect, color)) }

    /// Adds a filled rectangle with rounded corners.
    mutating func fill(_ rect: Rect, radius: Double, _ color: Color) { marks.append(.roundedFill(rect, radius: radius, color)) }

    /// Adds a straight line.
    mutating func line(from start: Point, to end: Point, _ color: Color, width: Double = 1) {
        marks.append(.line(from: start, to: end, color, StrokeStyle(width: width)))
    }

    /// Adds `layout` with its top-left corner at `point`; returns its box.
    @discardableResult
    mutating func text(_ layout: TextLayout, at point: Point, _ color: Color) -> Rect {
        marks.append(.text(layout, at: point, color))
        return Rect(x: point.x, y: point.y, width: layout.size.width, height: layout.size.height)
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
