@testable import BriefCharts
import BriefData
import BriefRender
import Testing

/// Review items 10 and 17: the map's tile labels. Every state with
/// investment has its code in one size and weight (a compact map never sets
/// `WA` regular beside a bold `GA`), and a Korean map shows the amounts the
/// English one shows.
@Suite("Map tile labels")
struct TileLabelTests {
    let typesetter = Typesetter()

    @Test("Every invested code on a map has one size and one weight, at every width", arguments: ["stress-43", "stress-100"])
    func uniformCodes(data: String) throws {
        let dataset = try StressFixtures.dataset(data)
        let chart = StateMapChart(dataset: dataset)
        let invested = Set(chart.amounts.filter { $0.value > .zero }.keys)
        let theme = chart.theme
        for width in stride(from: 160.0, through: 520, by: 8) {
            let plan = chart.layout(width: width, height: nil, typesetter: typesetter).plan
            let codes = plan.texts.filter { invested.contains($0.text) }
            guard codes.count > 1 else { continue }
            #expect(Set(codes.map { ($0.box.height * 100).rounded() }).count == 1, "\(data) at \(width): code sizes differ")
            // One font for all: each code's width is the same multiple of its width in that font at 10 pt.
            func ratios(_ font: Font) -> [Double] {
                codes.map { $0.box.width / typesetter.layout($0.text, font: font.withSize(10)).size.width }
            }
            func uniform(_ values: [Double]) -> Bool { (values.max() ?? 0) - (values.min() ?? 0) <= 0.02 * (values.max() ?? 1) }
            #expect(uniform(ratios(theme.valueFont)) || uniform(ratios(theme.labelFont)),
                    "\(data) at \(width): bold and regular codes mixed")
        }
    }

    @Test("A Korean map shows every invested tile's amount where the English one does", arguments: ["embedded", "stress-43", "stress-100"])
    func koreanAmounts(data: String) throws {
        let dataset = try StressFixtures.dataset(data)
        for width in [504.0, 640] {
            let english = StateMapChart(dataset: dataset).layout(width: width, height: nil, typesetter: typesetter).plan
            let korean = StateMapChart(dataset: dataset, language: .korean).layout(width: width, height: nil, typesetter: typesetter).plan
            let invested = StateMapChart(dataset: dataset).amounts.filter { $0.value > .zero }.count
            #expect(StressFixtures.texts(english, class: "tb-value").count == invested)
            let tiles = StressFixtures.texts(korean, class: "tb-value")
            #expect(tiles.count >= invested, "\(data) at \(width): \(tiles.count) Korean amount lines for \(invested) tiles")
            // Every tile's amount is there, whole: its parts, one line each when it is too wide for one.
            let words = ChartWording(.korean)
            for (code, text) in StateMapChart(dataset: dataset, language: .korean).amountTexts(compact: true) {
                let parts = text.split(separator: " ").map(String.init)
                #expect(tiles.contains(text) || parts.allSatisfy(tiles.contains), "\(code): \(text) missing")
                #expect(!text.hasSuffix(KoreanNumberFormat.currencyWord), "\(words.state(code)): \(text)")
            }
        }
    }
}
