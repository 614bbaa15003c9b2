@testable import BriefData
import Foundation
import Testing

@Suite("Splitting an amount among states is exact to the cent")
struct AllocationTests {
    func investment(_ cents: Int64, _ states: [StateShare], _ split: SplitMethod) -> Investment {
        Investment(id: "x", company: "C", project: "P", sector: "S", amountUSD: Decimal(cents) / 100, states: states, split: split, source: "s")
    }

    @Test("An even split gives leftover cents to the first states")
    func evenSplitRemainder() {
        let result = investment(100, [StateShare(state: "GA"), StateShare(state: "KY"), StateShare(state: "TN")], .even).allocations
        #expect(result.map(\.amount.cents) == [34, 33, 33])
    }

    @Test("Published shares are rounded by largest remainder and add up exactly")
    func sharesRemainder() {
        let shares = [StateShare(state: "GA", share: Decimal(333) / 1000),
                      StateShare(state: "KY", share: Decimal(333) / 1000),
                      StateShare(state: "TN", share: Decimal(334) / 1000)]
        let result = investment(1_000_001, shares, .shares).allocations
        #expect(result.reduce(0) { $0 + $1.amount.cents } == 1_000_001)
        #expect(result.map(\.amount.cents) == [333_000, 333_000, 334_001])
    }

    @Test("Shares that add up to 1.001 or 0.999 (within tolerance) still split the exact amount", arguments: ["1.001", "0.999"])
    func sharesOffByTolerance(sum: String) {
        let total = Decimal(string: sum) ?? 1
        let shares = [StateShare(state: "KY", share: total / 2), StateShare(state: "TN", share: total / 2)]
        let result = investment(387_000_000_000, shares, .shares).allocations
        #expect(result.map(\.amount.cents) == [193_500_000_000, 193_500_000_000])
    }

    @Test("Sums over many odd amounts still reconcile")
    func manyOddAmounts() {
        let states = ["GA", "KY", "TN", "IN", "OH", "MI", "TX"].map { StateShare(state: $0) }
        let investments = (1...500).map { index in
            Investment(id: "i\(index)", company: "C\(index % 7)", project: "P", sector: "S\(index % 3)",
                       amountUSD: Decimal(index * 1_000_003 + 7) / 100, states: Array(states.prefix(1 + index % 7)),
                       split: index % 7 == 0 ? .single : .even, source: "s")
        }
        let byState = Aggregation(investments, by: .state)
        let direct = investments.reduce(Money.zero) { $0 + $1.amount }
        #expect(byState.total == direct)
        #expect(byState.rows.reduce(Money.zero) { $0 + $1.amount } == direct)
    }
}
