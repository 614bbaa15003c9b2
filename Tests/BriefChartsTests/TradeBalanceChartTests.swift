@testable import BriefCharts
import BriefData
import BriefRender
import Testing

@Suite("Trade balance chart")
struct TradeBalanceChartTests {
    let typesetter = Typesetter()
    let dataset: Dataset

    init() throws { dataset = try Dataset.embeddedDataset() }

    @Test("Values come from the dataset's indicators and the investment total from the aggregation")
    func values() throws {
        let chart = try TradeBalanceChart(dataset: dataset)
        let exports = try #require(dataset.indicator("us-goods-exports-to-korea"))
        let deficit = try #require(dataset.indicator("us-trade-deficit-with-korea"))
        #expect(chart.exports == Money(dollars: exports.value))
        #expect(chart.deficit == Money(dollars: deficit.value))
        #expect(chart.investmentTotal == dataset.aggregate(by: .state).total)
        #expect(chart.investmentTotal == Money(wholeDollars: 23_170_000_000))
        let imports = try #require(chart.imports)
        #expect(chart.items.map(\.amount) == [chart.exports, imports, chart.deficit, chart.investmentTotal])
        // The corrected 2024 goods figures: exports $65.5B, imports $131.5B, deficit $66B (not the article's $127.8B as exports).
        #expect(chart.items.map(\.amount.dollars).prefix(3) == [65.5e9, 131.5e9, 66e9])
    }

    @Test("Each label says what and when; the deficit's year is not invented")
    func labels() throws {
        let chart = try TradeBalanceChart(dataset: dataset)
        #expect(chart.items[0].label == "U.S. goods exports to Korea, 2024")
        #expect(chart.items[1].label == "U.S. goods imports from Korea, 2024")
        #expect(chart.items[2].label == "U.S. goods trade deficit with Korea, 2024")
        #expect(chart.items[3].label.contains("4 projects"))
        // Ford pays part of the total, so the bar does not call all of it Korean, as the key-figure card does not.
        #expect(chart.items[3].label.hasPrefix("Tracked investment in the U.S. incl. Ford’s share, 4 projects"), "\(chart.items[3].label)")
        #expect(try TradeBalanceChart(dataset: dataset, language: .korean).items[3].label.hasPrefix("미국 내 추적 투자(포드 몫 포함), 4건"))
        var korean = dataset
        korean.investments = korean.investments.filter { $0.joint == nil }
        #expect(try TradeBalanceChart(dataset: korean).items[3].label.hasPrefix("Tracked Korean investment in the U.S., 3 projects"))
        #expect(chart.source.hasPrefix("Sources: exports (2024), Census (2025); deficit (2024), Census (2025). "))
        #expect(chart.source.contains("the sum of 4 tracked projects"))
        // How the article's wording differs, and the joint commitment, are said under the chart.
        #expect(chart.source.contains("CSIS (2025) gives $127.8B as U.S. exports to Korea; it is Korea’s exports to the United States (MOTIE, 2025)."))
        #expect(chart.source.contains("Ford’s share is about $7B"))
        #expect(!chart.textDescription.contains("1.9"))
    }

    @Test("Computed figures are said to be computed, and from what, never credited to a source as published (English and Korean)")
    func computedFiguresAreLabelled() throws {
        let english = try TradeBalanceChart(dataset: dataset).source
        #expect(english.contains("Imports (2024): computed as exports plus the deficit, from Census (2025); not confirmed against a published figure. "), "\(english)")
        #expect(english.contains("Investment: the sum of 4 tracked projects ($11.4B, $5.4B, $3.9B, $2.5B) from CSIS (2025), computed by tradebrief. "), "\(english)")
        #expect(!english.contains("imports (2024), Census (2025)"), "the imports are not Census's figure: \(english)")
        #expect(!english.contains("), CSIS (2025). "), "the sum is not CSIS's figure: \(english)")
        let korean = try TradeBalanceChart(dataset: dataset, language: .korean).source
        #expect(korean.hasPrefix("출처: 수출 (2024년), Census (2025); 무역적자 (2024년), Census (2025). "), "\(korean)")
        #expect(korean.contains("수입 (2024년): 수출에 무역적자를 더한 계산값, Census (2025) 자료; 공표 수치로 미확인. "), "\(korean)")
        #expect(korean.contains("투자: 추적 사업 4건의 합계(114억 달러, 54억 달러, 39억 달러, 25억 달러), CSIS (2025) 자료로 tradebrief 계산. "), "\(korean)")
        // A confirmed figure keeps its source's credit.
        var stated = dataset
        let index = try #require(stated.indicators.firstIndex { $0.id == TradeBalanceChart.importsID })
        stated.indicators[index].confirmed = true
        let credited = try TradeBalanceChart(dataset: stated).source
        #expect(credited.hasPrefix("Sources: exports (2024), Census (2025); imports (2024), Census (2025); deficit (2024), Census (2025). "), "\(credited)")
        #expect(ChartTakeaway.title(forChart: "trade-balance", dataset: stated) == "U.S. imports from Korea are twice U.S. exports to Korea")
    }

    @Test("A takeaway that rests on a computed, unconfirmed figure says 'about'", arguments: [
        (2.0076, "about twice"), (1.936, "about twice"), (2.8, "about three times"), (1.6, "about 1.6 times"),
    ])
    func aboutRatios(ratio: Double, expected: String) {
        #expect(RatioWords.about(ratio) == expected)
    }

    @Test("All bars share one scale from zero")
    func oneScale() throws {
        let chart = try TradeBalanceChart(dataset: dataset)
        let plan = chart.plan(width: 480, height: nil, typesetter: typesetter)
        let bars = plan.marks.compactMap { mark -> Rect? in
            if case .fill(let rect, _) = mark { return rect }
            return nil
        }
        #expect(bars.count == 4)
        #expect(Set(bars.map(\.minX)).count == 1, "bars start at different places")
        for (bar, item) in zip(bars, chart.items) {
            #expect(abs(bar.width / bars[0].width - item.amount.dollars / chart.exports.dollars) < 1e-9)
        }
        #expect(bars[0].minY < bars[1].minY && bars[1].minY < bars[2].minY && bars[2].minY < bars[3].minY, "the given order is kept")
    }

    @Test("A missing or non-dollar indicator is reported, not drawn")
    func missing() throws {
        var data = dataset
        data.indicators.removeAll { $0.id == "us-trade-deficit-with-korea" }
        #expect(throws: ChartError.noData(chart: "trade-balance", reason: "the dataset has no indicator 'us-trade-deficit-with-korea'")) {
            try TradeBalanceChart(dataset: data)
        }
        data = dataset
        if let index = data.indicators.firstIndex(where: { $0.id == "us-goods-exports-to-korea" }) { data.indicators[index].unit = .percent }
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
