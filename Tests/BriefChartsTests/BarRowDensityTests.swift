@testable import BriefCharts
import BriefData
import BriefRender
import Testing
import TradeBrief

@Suite("Bar charts in a short frame")
struct BarRowDensityTests {
    let typesetter = Typesetter()
    let width = 480.0

    /// Fifteen bars labelled in `language`, set in that language's faces.
    func chart(_ language: BriefLanguage) -> HorizontalBarChart {
        let labels = language == .korean ? ["배터리", "자동차 부품", "반도체", "태양광", "전기차"]
            : ["Batteries", "Auto parts", "Semiconductors", "Solar", "Vehicles"]
        let items = (0..<15).map {
            BarItem(label: "\(labels[$0 % labels.count]) \($0)", amount: Money(wholeDollars: Int64(15 - $0) * 1_000_000_000))
        }
        return HorizontalBarChart(name: "t", title: "T", source: "S", items: items, theme: ChartTheme.standard.typeset(for: language),
                                  language: language)
    }

    /// The chart's height with the thinnest bars and the natural 6 pt gap between rows.
    func thinBarsHeight(_ chart: HorizontalBarChart) -> Double {
        chart.plan(width: width, height: nil, rows: .init(thickness: chart.minimumThickness, gap: 6), typesetter: typesetter).size.height
    }

    @Test("Korean rows (Noto CJK's 1.45 em line box) come closer once the bars are thinnest, down to 1.2 em of label and the gap")
    func koreanRowsCloser() {
        let korean = chart(.korean)
        let minimum = korean.minimumHeight(width: width, typesetter: typesetter)
        // 15 rows each at least 2 pt closer than with the thinnest bars alone.
        #expect(minimum < thinBarsHeight(korean) - 15 * 2, "\(minimum) vs \(thinBarsHeight(korean))")
        // Never closer than a 1.2 em line of 9 pt labels with the natural gap: 16.8 pt a row.
        #expect(minimum >= thinBarsHeight(korean) - 15 * (13.05 + 6 - 16.8) - 1)
        let rows = korean.rows(width: width, height: minimum, typesetter: typesetter)
        #expect(rows.thickness == korean.minimumThickness)
        #expect(rows.gap < 6 && rows.gap >= HorizontalBarChart.minimumRowGap)
        #expect(korean.plan(width: width, height: minimum, typesetter: typesetter).size.height == minimum)
    }

    @Test("English rows (DejaVu's 1.16 em line box) get no closer than the thinnest bars with the natural gap")
    func latinRowsKeepGap() {
        let english = chart(.english)
        #expect(english.minimumHeight(width: width, typesetter: typesetter) == thinBarsHeight(english))
        let natural = english.preferredHeight(width: width, typesetter: typesetter)
        let rows = english.rows(width: width, height: (natural + thinBarsHeight(english)) / 2, typesetter: typesetter)
        #expect(rows.gap == 6 && rows.thickness < english.theme.barThickness && rows.thickness > english.minimumThickness)
    }
}
