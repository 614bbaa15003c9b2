import BriefCharts
import BriefLayout
import BriefRender

/// Lets a chart sit in a page layout as a figure.
public struct ChartFigure: FigureContent {
    /// The chart drawn.
    public let chart: any Chart

    /// Wraps `chart`.
    public init(_ chart: any Chart) { self.chart = chart }

    /// The height the chart needs at `width`, measured with `typesetter`.
    public func preferredHeight(width: Double, typesetter: Typesetter) -> Double {
        chart.preferredHeight(width: width, typesetter: typesetter)
    }

    /// Draws the chart inside `frame`.
    public func draw(in context: GraphicsContext, frame: Rect) throws {
        try chart.draw(in: context, frame: frame)
    }
}
