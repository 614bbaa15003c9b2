@testable import BriefCharts
import BriefData
import BriefRender
import Foundation
import StressData
import Testing
import TradeBrief

/// Issue 17, point 9: takeaway titles computed from the data, worded so
/// that they say only what the data says.
@Suite("Takeaway titles")
struct TakeawayTests {
    @Test("Shares in words: a named fraction only within one percentage point", arguments: [
        (0.5, "half"), (0.341, "a third"), (0.325, "a third"), (0.32, "32%"), (0.383, "38%"), (0.4, "two-fifths"),
        (0.44, "44%"), (0.255, "a quarter"), (0.74, "three-quarters"), (1.0, "all"), (0.004, "less than 1%"),
        (0.996, "more than 99%"), (0.61, "three-fifths"), (0.62, "62%"),
    ])
    func shareWords(share: Double, expected: String) {
        #expect(ShareWords.phrase(share) == expected)
    }

    @Test("Ratios in words", arguments: [
        (1.936, "nearly twice"), (2.0, "twice"), (2.04, "twice"), (2.15, "more than twice"), (3.0, "three times"),
        (1.6, "1.6 times"), (2.3, "2.3 times"), (2.8, "nearly three times"), (12.0, "12.0 times"),
    ])
    func ratioWords(ratio: Double, expected: String) {
        #expect(RatioWords.phrase(ratio) == expected)
    }

    @Test("The embedded data's takeaways")
    func embedded() throws {
        let dataset = try Dataset.embedded()
        let titles = ChartCatalog.names.map { ChartTakeaway.title(forChart: $0, dataset: dataset) }
        #expect(titles == [
            "Georgia draws a third of the tracked investment",
            "Half of the tracked investment goes to batteries",
            "In two of four states, the largest share goes to batteries",
            "Two of four states draw three-fifths of the tracked investment",
            "U.S. imports from Korea are about twice U.S. exports to Korea",
            nil,
        ])
    }

    @Test("The stress lists' takeaways")
    func stress() throws {
        let dataset = try StressFixtures.dataset("stress-43")
        #expect(ChartTakeaway.title(forChart: "state-bars", dataset: dataset) == "Georgia draws 38% of the tracked investment")
        #expect(ChartTakeaway.title(forChart: "state-map", dataset: dataset) == "Three of 23 states draw three-fifths of the tracked investment")
        #expect(ChartTakeaway.title(forChart: "sector-bars", dataset: dataset) == "44% of the tracked investment goes to batteries")
    }

    @Test("English takeaways name the District of Columbia with its article, capitalised when it opens the title")
    func districtOfColumbia() throws {
        func dataset(_ csv: String) throws -> Dataset {
            try Brief(.investmentsCSV("company,project,sector,states,amount_usd,source,url\n" + csv, name: "dc.csv")).dataset
        }
        let two = try dataset("A,B,Logistics,DC,2.5B,T,https://e.com/a\nC,D,Steel,TX;OK,900M,T,https://e.com/b\n")
        #expect(ChartTakeaway.title(forChart: "state-bars", dataset: two) == "The District of Columbia draws 74% of the tracked investment")
        #expect(ChartTakeaway.title(forChart: "state-map", dataset: two) == "The District of Columbia alone draws 74% of the tracked investment")
        let one = try dataset("A,B,Logistics,DC,2.5B,T,https://e.com/a\n")
        #expect(ChartTakeaway.title(forChart: "state-bars", dataset: one) == "All the tracked investment goes to the District of Columbia")
        #expect(ChartTakeaway.title(forChart: "state-map", dataset: one) == "All the tracked investment lands in the District of Columbia")
        #expect(ChartTakeaway.title(forChart: "state-sector", dataset: one) == "In the District of Columbia, the largest share goes to logistics")
    }

    @Test("Korean takeaways: the same facts in Korean headline style, percentages and 배 for ratios")
    func korean() throws {
        let embedded = try Dataset.embedded()
        let titles = ChartCatalog.names.map { ChartTakeaway.title(forChart: $0, dataset: embedded, language: .korean) }
        #expect(titles == [
            "조지아, 추적 투자의 34% 차지",
            "배터리 부문, 추적 투자의 49% 차지",
            "4개 주 중 2개 주에서 가장 큰 비중은 배터리 부문",
            "4개 주 중 2개 주가 추적 투자의 59% 차지",
            "미국의 대한국 수입, 대한국 수출의 약 2배",
            nil,
        ])
        let stress = try StressFixtures.dataset("stress-43")
        #expect(ChartTakeaway.title(forChart: "state-bars", dataset: stress, language: .korean) == "조지아, 추적 투자의 38% 차지")
        #expect(ChartTakeaway.title(forChart: "state-map", dataset: stress, language: .korean) == "23개 주 중 3개 주가 추적 투자의 60% 차지")
        #expect(ChartTakeaway.title(forChart: "sector-bars", dataset: stress, language: .korean) == "배터리 부문, 추적 투자의 44% 차지")
    }

    @Test("Korean ratios and shares", arguments: [
        (1.936, "약 2배"), (2.0, "2배"), (2.04, "2배"), (2.15, "약 2배"), (3.0, "3배"), (1.6, "1.6배"), (12.0, "12.0배"),
    ])
    func koreanRatios(ratio: Double, expected: String) {
        #expect(KoreanTakeaway.ratio(ratio) == expected)
    }

    @Test("A Korean brief's charts carry the Korean takeaway as title and the descriptive title as subtitle")
    func koreanBriefCharts() throws {
        let dataset = try StressFixtures.dataset("stress-43")
        let chart = try ChartCatalog.chart(named: "state-bars", dataset: dataset, options: ChartOptions(titles: .takeaway), language: .korean)
        let titled = try #require(chart as? any TitledChart)
        #expect(titled.title == "조지아, 추적 투자의 38% 차지")
        #expect(titled.subtitle?.hasPrefix("주별 한국 투자. ") == true)
    }

    /// The fraction words and their values, written out again here so that
    /// the check does not lean on the code it checks.
    static let fractions: [String: Double] = [
        "half": 0.5, "a third": 1.0 / 3, "two-thirds": 2.0 / 3, "a quarter": 0.25, "three-quarters": 0.75,
        "a fifth": 0.2, "two-fifths": 0.4, "three-fifths": 0.6, "four-fifths": 0.8, "a tenth": 0.1,
    ]

    @Test("On 40 random lists, the leading state's share in the title is what the data says")
    func sharesAreTrue() throws {
        for seed in 1...40 as ClosedRange<UInt64> {
            let list = StressDataset(seed: seed, investments: 40 + Int(seed % 20), states: 20 + Int(seed % 10), sectors: 25)
            let dataset = try Brief(.investmentsCSV(list.csv(), name: "seed.csv")).dataset
            let states = dataset.aggregate(by: .state)
            guard let top = states.rows.first, let title = ChartTakeaway.title(forChart: "state-bars", dataset: dataset) else {
                Issue.record("no takeaway for seed \(seed)")
                continue
            }
            let share = Double(top.amount.cents) / Double(states.total.cents)
            #expect(title.hasPrefix(top.label))
            let phrase = title.replacingOccurrences(of: "\(top.label) draws ", with: "")
                .replacingOccurrences(of: " of the tracked investment", with: "")
            if let value = Self.fractions[phrase] {
                #expect(abs(value - share) <= 0.01, "seed \(seed): '\(phrase)' for \(share)")
            } else {
                #expect(phrase == "\(Int((share * 100).rounded()))%", "seed \(seed): '\(phrase)' for \(share)")
                #expect(!Self.fractions.values.contains { abs($0 - share) <= 0.01 }, "seed \(seed): \(share) deserved a word")
            }
        }
    }

    @Test("Standalone charts keep the descriptive title; takeaway titles move it into the subtitle")
    func titling() throws {
        let dataset = try Dataset.embedded()
        let plain = try ChartCatalog.chart(named: "state-bars", dataset: dataset)
        #expect(plain.title == "Korean investment by state")
        let titled = try ChartCatalog.chart(named: "state-bars", dataset: dataset, options: ChartOptions(titles: .takeaway))
        #expect(titled.title == "Georgia draws a third of the tracked investment")
        #expect((titled as? HorizontalBarChart)?.subtitle?.hasPrefix("Korean investment by state. Announced") == true)
        let cards = try ChartCatalog.chart(named: "key-figures", dataset: dataset, options: ChartOptions(titles: .takeaway))
        #expect(cards.title == "Korea in the U.S. economy", "no takeaway: the descriptive title stays")
        let rendering = try Brief().chart("state-map", titles: .takeaway)
        #expect(rendering.title == "Two of four states draw three-fifths of the tracked investment")
        #expect(try Brief().chart("state-map").title == "Where Korean investment lands")
    }
}
