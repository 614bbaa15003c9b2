import BriefCharts
import BriefData
import BriefRender

/// A chart whose heights are measured once for each width and kept in a
/// ``FigureHeights`` memo under ``key``; it draws and describes itself as the
/// chart it wraps does. The key must name everything the heights depend on
/// (data, wording, look), as charts with the same key share their heights.
struct MeasuredChart: Chart {
    /// The chart measured and drawn.
    let chart: any Chart
    /// What the chart's heights depend on.
    let key: String
    /// Where the heights are kept.
    let heights: FigureHeights

    /// The chart's catalog name.
    var name: String { chart.name }
    /// The chart's title.
    var title: String { chart.title }
    /// The chart's data in words.
    var textDescription: String { chart.textDescription }
    /// The language of the chart's words.
    var language: BriefLanguage { chart.language }

    /// The chart's preferred height at `width`, measured the first time it is asked for.
    func preferredHeight(width: Double, typesetter: Typesetter) -> Double {
        heights.height(FigureHeights.Key(chart: key, width: width, minimum: false)) {
            chart.preferredHeight(width: width, typesetter: typesetter)
        }
    }

    /// The chart's least height at `width`, measured the first time it is asked for.
    func minimumHeight(width: Double, typesetter: Typesetter) -> Double {
        heights.height(FigureHeights.Key(chart: key, width: width, minimum: true)) {
            chart.minimumHeight(width: width, typesetter: typesetter)
        }
    }

    /// Draws the chart inside `frame`.
    func draw(in context: GraphicsContext, frame: Rect) throws {
        try chart.draw(in: context, frame: frame)
    }
}
