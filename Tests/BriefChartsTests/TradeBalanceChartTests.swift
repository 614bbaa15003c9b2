@testable import BriefCharts
import BriefData
import BriefRender
import Testing

@Suite("Trade balance chart")
struct TradeBalanceChartTests {
    let typesetter = Typesetter()
    let dataset: Dataset

    init() throws { dataset = try Dataset.embedded() }

    @Test("Values come from the dataset's indicators and the investment total from the aggregation")
    func values() throws {
        let chart = try TradeBalanceChart(dataset: dataset)
        let exports = try #require(dataset.indicator("us-exports-to-korea"))
        let deficit = try #require(dataset.indicator("us-trade-deficit-with-korea"))
        #expect(chart.exports == Money(dollars: exports.value))
        #expect(chart.deficit == Money(dollars: deficit.value))
        #expect(chart.investmentTotal == dataset.aggregate(by: .state).total)
        #expect(chart.investmentTotal == Money(wholeDollars: 23_170_000_000))
        #expect(chart.items.map(\.amount) == [chart.exports, chart.deficit, chart.investmentTotal])
        #expect(chart.items.map { MoneyFormat.short($0.amount) } == ["$127.8B", "$66B", "$23.17B"])
    }

    @Test("Each label says what and when; the deficit's year is not invented")
    func labels() throws {
        let chart = try TradeBalanceChart(dataset: dataset)
        #expect(chart.items[0].label == "U.S. exports to Korea, 2024")
        #expect(chart.items[1].label.contains("deficit"))
        #expect(chart.items[1].label.contains("year not stated"))
        #expect(!chart.items[1].label.contains("20"))
        #expect(chart.items[2].label.contains("4 projects"))
        #expect(chart.source.contains("exports (2024), CSIS (2025)"))
        #expect(chart.source.contains("deficit (year not stated), CSIS (2025)"))
        #expect(chart.source.contains("the sum of 4 tracked projects"))
    }

    @Test("All bars share one scale from zero")
    func oneScale() throws {
        let chart = try TradeBalanceChart(dataset: dataset)
        let plan = chart.plan(width: 480, height: nil, typesetter: typesetter)
        let bars = plan.marks.compactMap { mark -> Rect? in
            if case .fill(let rect, _) = mark { return rect }
            return nil
        }
        #expect(bars.count == 3)
        #expect(Set(bars.map(\.minX)).count == 1, "bars start at different places")
        for (bar, item) in zip(bars, chart.items) {
            #expect(abs(bar.width / bars[0].width - item.amount.dollars / chart.exports.dollars) < 1e-9)
        }
        #expect(bars[0].minY < bars[1].minY && bars[1].minY < bars[2].minY, "the given order is kept")
    }

    @Test("A missing or non-dollar indicator is reported, not drawn")
    func missing() throws {
        var data = dataset
        data.indicators.removeAll { $0.id == "us-trade-deficit-with-korea" }
        #expect(throws: ChartError.noData(chart: "trade-balance", reason: "the dataset has no indicator 'us-trade-deficit-with-korea'")) {
            try TradeBalanceChart(dataset: data)
        }
        data = dataset
        if let index = data.indicators.firstIndex(where: { $0.id == "us-exports-to-korea" }) { data.indicators[index].unit = .percent }
        #expect(throws: ChartError.self) { try TradeBalanceChart(dataset: data) }
    }

    @Test("Bar charts keep a given order, and still sort by default")
    func order() {
        let items = [("Small", 1), ("Large", 9), ("Medium", 5)].map { BarItem(label: $0.0, amount: Money(wholeDollars: Int64($0.1))) }
        #expect(HorizontalBarChart(name: "t", title: "T", source: "S", items: items).items.map(\.label) == ["Large", "Medium", "Small"])
        let given = HorizontalBarChart(name: "t", title: "T", source: "S", items: items, order: .given)
        #expect(given.items.map(\.label) == ["Small", "Large", "Medium"])
        #expect(!given.textDescription.contains("largest first"))
    }

    @Test("Long labels above bars wrap without overlapping", arguments: [480.0, 296.0, 136.0])
    func longLabels(width: Double) {
        let name = String(repeating: "Korea Zinc Advanced Materials Holdings ", count: 2).prefix(60)
        #expect(name.count == 60)
        for placement in BarLabelPlacement.allCases {
            let chart = HorizontalBarChart(
                name: "t", title: "T", source: "Source: test.",
                items: [BarItem(label: String(name), amount: Money(wholeDollars: 3)), BarItem(label: "Short", amount: Money(wholeDollars: 7))],
                order: .given, labelPlacement: placement)
            let plan = chart.plan(width: width, height: nil, typesetter: typesetter)
            PlanChecks.expectClean(plan, "\(placement) at \(width)")
        }
    }
}
