@testable import BriefCharts
import BriefData
import BriefRender
import Testing

/// Issue 17, point 6: one number rule in every chart, so that decimals never
/// vary more than the rule allows within a chart or between cards.
@Suite("One number rule in every chart")
struct NumberRuleTests {
    let typesetter = Typesetter()

    /// `$15.9B` → ("15.9", 1 decimal); nil for text that is not a short amount.
    private func amount(_ text: String) -> (digits: String, decimals: Int)? {
        guard text.hasPrefix("$") else { return nil }
        var body = text.dropFirst()
        if let last = body.last, "KMBT".contains(last) { body = body.dropLast() }
        guard !body.isEmpty, body.allSatisfy({ $0.isNumber || $0 == "." }) else { return nil }
        return (String(body), body.split(separator: ".").dropFirst().first?.count ?? 0)
    }

    /// `$15.9B` → `B`; `$0` → nil (zero has no unit and no decimals).
    private func unit(_ text: String) -> Character? {
        guard let last = text.last, "KMBT".contains(last) else { return text == "$0" ? nil : " " }
        return last
    }

    @Test("Every amount drawn has at most three significant digits and one decimal; the amounts under 100 of one set and unit have the same decimals",
          arguments: StressFixtures.datasets)
    func amountsFollowTheRule(data: String) throws {
        let dataset = try StressFixtures.dataset(data)
        for name in ChartCatalog.names {
            guard let chart = try ChartCatalog.chart(named: name, dataset: dataset) as? any PlannedChart else { continue }
            let plan = chart.plan(width: 480, height: nil, typesetter: typesetter)
            let amounts = plan.texts.map(\.text).compactMap(amount)
            #expect(!amounts.isEmpty || name == "key-figures", "\(name) shows no amount")
            for found in amounts {
                #expect(found.decimals <= 1, "\(name): \(found.digits)")
                #expect(found.digits.filter(\.isNumber).drop { $0 == "0" }.count <= 3, "\(name): \(found.digits)")
            }
            // The value labels (bars, segments, tiles, the key-figure cards) are one set, the axis another:
            // `$8.0B` beside `$8.6B`, never `$8B`.
            for set in ["tb-value", "tb-axis"] {
                var decimals: [Character: Set<Int>] = [:]
                for text in StressFixtures.texts(plan, class: set) {
                    // A label of 100 or more in its unit has its three digits before the point.
                    guard let found = amount(text), let unit = unit(text), (Double(found.digits) ?? 0) < 100 else { continue }
                    decimals[unit, default: []].insert(found.decimals)
                }
                for (unit, counts) in decimals {
                    #expect(counts.count == 1, "\(name), \(set), unit \(unit): decimals \(counts.sorted())")
                }
            }
        }
    }

    @Test("The stress sector chart writes $8.0B beside $8.6B and $3.0B beside $3.3B")
    func trailingZeroKept() throws {
        let chart = try ChartCatalog.chart(named: "sector-bars", dataset: try StressFixtures.dataset("stress-100"))
        let values = try #require(chart as? HorizontalBarChart).valueTexts
        #expect(values.contains("$8.6B") && values.contains("$8.0B") && values.contains("$3.0B"), "\(values)")
        #expect(!values.contains("$8B") && !values.contains("$3B"))
    }
}
