import BriefCharts
import BriefLayout
import BriefRender

/// Charts side by side in one figure block: each gets a share of the width
/// (by weight) and is drawn at its natural height for that width, top-aligned;
/// the row is as tall as its tallest chart. With ``maxWidth`` narrower than
/// the column, the row is centred.
struct ChartRowFigure: FigureContent {
    /// The charts, left to right.
    let charts: [any Chart]
    /// Each chart's share of the width, in the same order.
    let weights: [Double]
    /// Space between two charts.
    let gap: Double
    /// The widest the whole row may be; nil takes the whole column.
    let maxWidth: Double?

    /// Creates a row of `charts`; missing or non-positive weights count as 1.
    init(_ charts: [any Chart], weights: [Double] = [], gap: Double = 24, maxWidth: Double? = nil) {
        self.charts = charts
        self.weights = charts.indices.map { $0 < weights.count && weights[$0] > 0 ? weights[$0] : 1 }
        self.gap = max(0, gap)
        self.maxWidth = maxWidth
    }

    /// Each chart's frame (left edge and width) in a row `width` wide starting at x = 0.
    private func columns(width: Double) -> [(x: Double, width: Double)] {
        let used = min(width, maxWidth ?? width)
        let total = weights.reduce(0, +)
        let available = max(1, used - gap * Double(max(0, charts.count - 1)))
        var x = (width - used) / 2
        return weights.map { weight in
            let w = available * weight / max(total, 0.0001)
            defer { x += w + gap }
            return (x, w)
        }
    }

    /// The height of the tallest chart at its share of `width`.
    func preferredHeight(width: Double, typesetter: Typesetter) -> Double {
        zip(charts, columns(width: width)).map { $0.preferredHeight(width: $1.width, typesetter: typesetter) }.max() ?? 0
    }

    /// Draws each chart at its natural height in its share of `frame`, top-aligned.
    func draw(in context: GraphicsContext, frame: Rect) throws {
        for (chart, column) in zip(charts, columns(width: frame.width)) {
            let height = min(frame.height, chart.preferredHeight(width: column.width, typesetter: context.typesetter))
            try chart.draw(in: context, frame: Rect(x: frame.minX + column.x, y: frame.minY, width: column.width, height: height))
        }
    }
}
