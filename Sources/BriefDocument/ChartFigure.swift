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

    /// The least height at `width` at which the chart draws everything
    /// without overlaps (a map's tiles shrink; bars cannot).
    public func minimumHeight(width: Double, typesetter: Typesetter) -> Double {
        chart.minimumHeight(width: width, typesetter: typesetter)
    }

    /// The narrowest width at which the chart stays readable: a tile map or
    /// a stacked chart with a legend needs about half a page (so on a page
    /// of two columns it spans both); bar charts and cards fit a column.
    public func minimumWidth(typesetter: Typesetter) -> Double {
        switch chart {
        case is StateMapChart, is StateSectorChart: return Self.wideChartWidth
        default: return 0
        }
    }

    /// The least width of a tile map or a stacked chart with a legend.
    static let wideChartWidth = 360.0

    /// Draws the chart inside `frame`.
    public func draw(in context: GraphicsContext, frame: Rect) throws {
        try chart.draw(in: context, frame: frame)
    }
}
