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

    @Test("Every amount drawn has at most three significant digits and one decimal", arguments: StressFixtures.datasets)
    func amountsFollowTheRule(data: String) throws {
        let dataset = try StressFixtures.dataset(data)
        for name in ChartCatalog.names {
            guard let chart = try ChartCatalog.chart(named: name, dataset: dataset) as? any PlannedChart else { continue }
            let texts = chart.plan(width: 480, height: nil, typesetter: typesetter).texts.map(\.text)
            let amounts = texts.compactMap(amount)
            #expect(!amounts.isEmpty || name == "key-figures", "\(name) shows no amount")
            for found in amounts {
                #expect(found.decimals <= 1, "\(name): \(found.digits)")
                #expect(found.digits.filter(\.isNumber).drop { $0 == "0" }.count <= 3, "\(name): \(found.digits)")
            }
        }
    }
}
