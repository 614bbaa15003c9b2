@testable import BriefCharts
import BriefData
import BriefRender
import Testing

/// Review item 9: at narrow widths a Korean bar chart's long amounts
/// (`1,200억 달러`) left its bars no room beside the labels (no bars at
/// 160 points in `state-sector`). The labels go above the bars, as English
/// ones do when a word is too long for the column.
@Suite("Bars keep their room at narrow widths")
struct NarrowBarChartTests {
    let typesetter = Typesetter()

    @Test("The longest bar takes at least 15% of the chart's width in both languages at 160 and 200 points",
          arguments: ["state-bars", "sector-bars", "state-sector"], [BriefLanguage.english, .korean])
    func barsHaveRoom(name: String, language: BriefLanguage) throws {
        for data in ["stress-43", "stress-100"] {
            let chart = try ChartCatalog.chart(named: name, dataset: try StressFixtures.dataset(data), language: language)
            let planned = try #require(chart as? any PlannedChart)
            for width in [160.0, 200.0] {
                let bars = StressFixtures.classedMarks(planned.plan(width: width, height: nil, typesetter: typesetter))
                    .filter { !Set($0.classes).isDisjoint(with: ["tb-bar", "tb-segment"]) }
                    .compactMap { item -> Rect? in
                        guard case .fill(let rect, _) = item.mark else { return nil }
                        return rect
                    }
                let start = bars.map(\.minX).min() ?? 0
                let longest = (bars.map(\.maxX).max() ?? 0) - start
                // The bars get at least a quarter of the width beside labels and values; the axis's round
                // upper bound may leave the longest bar short of its end.
                #expect(longest >= width * 0.15,
                        "\(name) in \(language) with \(data) at \(width): the longest bar is \(longest) points")
            }
        }
    }
}
