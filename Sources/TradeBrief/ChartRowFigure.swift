import BriefCharts
import BriefLayout
import BriefRender

/// Charts side by side in one figure block: each column gets a share of the
/// width (by weight) and holds one chart, or several stacked top to bottom;
/// each chart is drawn at its natural height for that width, top-aligned;
/// the row is as tall as its tallest column. With ``maxWidth`` narrower
/// than the page's column, the row is centred.
struct ChartRowFigure: FigureContent {
    /// The columns, left to right; each its charts, top to bottom.
    let columns: [[any Chart]]
    /// Each column's share of the width, in the same order.
    let weights: [Double]
    /// Space between two columns.
    let gap: Double
    /// Space between two charts stacked in a column.
    let stackGap: Double
    /// The widest the whole row may be; nil takes the whole column.
    let maxWidth: Double?

    /// Creates a row of `charts`, one to a column; missing or non-positive weights count as 1.
    init(_ charts: [any Chart], weights: [Double] = [], gap: Double = 24, maxWidth: Double? = nil) {
        self.init(columns: charts.map { [$0] }, weights: weights, gap: gap, maxWidth: maxWidth)
    }

    /// Creates a row of `columns`, each a stack of charts; missing or non-positive weights count as 1.
    init(columns: [[any Chart]], weights: [Double] = [], gap: Double = 24, stackGap: Double = 14, maxWidth: Double? = nil) {
        self.columns = columns
        self.weights = columns.indices.map { $0 < weights.count && weights[$0] > 0 ? weights[$0] : 1 }
        self.gap = max(0, gap)
        self.stackGap = max(0, stackGap)
        self.maxWidth = maxWidth
    }

    /// Each column's frame (left edge and width) in a row `width` wide starting at x = 0.
    private func frames(width: Double) -> [(x: Double, width: Double)] {
        let used = min(width, maxWidth ?? width)
        let total = weights.reduce(0, +)
        let available = max(1, used - gap * Double(max(0, columns.count - 1)))
        var x = (width - used) / 2
        return weights.map { weight in
            let w = available * weight / max(total, 0.0001)
            defer { x += w + gap }
            return (x, w)
        }
    }

    /// The heights of a column's charts at `width`.
    private func heights(_ charts: [any Chart], width: Double, typesetter: Typesetter) -> [Double] {
        charts.map { $0.preferredHeight(width: width, typesetter: typesetter) }
    }

    /// The height of the tallest column at its share of `width`.
    func preferredHeight(width: Double, typesetter: Typesetter) -> Double {
        zip(columns, frames(width: width)).map { charts, frame in
            heights(charts, width: frame.width, typesetter: typesetter).reduce(0, +) + stackGap * Double(max(0, charts.count - 1))
        }.max() ?? 0
    }

    /// Draws each column's charts at their natural heights in its share of `frame`, top-aligned.
    func draw(in context: GraphicsContext, frame: Rect) throws {
        for (charts, column) in zip(columns, frames(width: frame.width)) {
            var y = frame.minY
            for (chart, natural) in zip(charts, heights(charts, width: column.width, typesetter: context.typesetter)) {
                let height = min(frame.maxY - y, natural)
                try chart.draw(in: context, frame: Rect(x: frame.minX + column.x, y: y, width: column.width, height: height))
                y += natural + stackGap
            }
        }
    }
}
