import BriefData
import Foundation

/// Takeaway titles: what a chart's data says, as FT and Datawrapper charts
/// title it, computed from the dataset and worded so that it says no more
/// than the data: shares through ``ShareWords`` ("a third" only within one
/// percentage point, otherwise "38%"), ratios through ``RatioWords``, ties
/// named as ties.
///
/// | chart | takeaway |
/// | --- | --- |
/// | `state-bars` | Georgia draws a third of the tracked investment |
/// | `state-map` | Two of four states draw three-fifths of the tracked investment |
/// | `sector-bars` | 49% of the tracked investment goes to batteries |
/// | `state-sector` | In two of four states, the largest share goes to batteries |
/// | `trade-balance` | U.S. imports from Korea are twice U.S. exports to Korea |
public enum ChartTakeaway {
    /// The takeaway of the chart called `name` for `dataset`; nil when the
    /// chart has none (`key-figures`) or the data gives none (no investment).
    public static func title(forChart name: String, dataset: Dataset) -> String? {
        switch ChartName(name) {
        case .stateBars: leadingState(dataset.aggregate(by: .state))
        case .stateMap: concentration(dataset.aggregate(by: .state))
        case .sectorBars: leadingSector(dataset.aggregate(by: .sector))
        case .stateSector: sectorLeads(dataset)
        case .tradeBalance: tradeRatio(dataset)
        default: nil
        }
    }

    /// The largest row(s) of an aggregation: their labels (several when
    /// tied), their share of the total, and whether they are the only rows.
    private struct Leader {
        let labels: [String]
        let share: Double
        let isOnly: Bool
    }

    private static func leader(_ aggregation: Aggregation) -> Leader? {
        let rows = aggregation.rows.filter { $0.amount > .zero }
        guard let top = rows.first, aggregation.total > .zero else { return nil }
        let tied = rows.filter { $0.amount == top.amount }.map(\.label)
        return Leader(labels: tied, share: ratio(top.amount, aggregation.total), isOnly: rows.count == 1)
    }

    /// `Georgia draws a third of the tracked investment`; ties: `Kentucky and
    /// Tennessee draw the most, a quarter each`.
    static func leadingState(_ states: Aggregation) -> String? {
        guard let lead = leader(states) else { return nil }
        let share = ShareWords.phrase(lead.share)
        if lead.isOnly { return "All the tracked investment goes to \(list(lead.labels))" }
        if lead.labels.count > 1 { return "\(list(lead.labels)) draw the most, \(share) each" }
        return "\(list(lead.labels)) draws \(share) of the tracked investment"
    }

    /// How few states hold half the total: `Two of four states draw 59% of
    /// the tracked investment`, or `Georgia alone draws 62% of …`.
    static func concentration(_ states: Aggregation) -> String? {
        let rows = states.rows.filter { $0.amount > .zero }
        guard let top = rows.first, states.total > .zero else { return nil }
        if rows.count == 1 { return "All the tracked investment lands in \(top.label)" }
        var sum = Money.zero
        var count = 0
        for row in rows where sum.cents * 2 < states.total.cents {
            sum += row.amount
            count += 1
        }
        let share = ShareWords.phrase(ratio(sum, states.total))
        if count == 1 { return "\(top.label) alone draws \(share) of the tracked investment" }
        return "\(CountWords.capitalized(CountWords.word(count))) of \(CountWords.word(rows.count)) states draw \(share) of the tracked investment"
    }

    /// `A third of the tracked investment goes to batteries`.
    static func leadingSector(_ sectors: Aggregation) -> String? {
        guard let lead = leader(sectors) else { return nil }
        let names = list(lead.labels.map(lowercasedName))
        let share = CountWords.capitalized(ShareWords.phrase(lead.share))
        if lead.isOnly { return "All the tracked investment goes to \(names)" }
        if lead.labels.count > 1 { return "\(share) each goes to \(names)" }
        return "\(share) of the tracked investment goes to \(names)"
    }

    /// The sector that is largest in the most states (a state whose top two
    /// sectors tie counts for neither): `In two of four states, the largest
    /// share goes to batteries`.
    static func sectorLeads(_ dataset: Dataset) -> String? {
        var bySector: [String: [String: Money]] = [:]
        for investment in dataset.investments {
            for (state, amount) in investment.allocations where amount > .zero {
                bySector[state, default: [:]][investment.sector, default: .zero] += amount
            }
        }
        guard !bySector.isEmpty else { return nil }
        var leads: [String: Int] = [:]
        for sectors in bySector.values {
            let sorted = sectors.sorted { $0.value > $1.value }
            guard let first = sorted.first, sorted.count == 1 || sorted[1].value < first.value else { continue }
            leads[first.key, default: 0] += 1
        }
        // The sector leading in the most states; among equals, the larger nationally.
        let order = dataset.aggregate(by: .sector).rows.map(\.key)
        guard let (sector, count) = leads.max(by: { a, b in
            a.value != b.value ? a.value < b.value : (order.firstIndex(of: a.key) ?? .max) > (order.firstIndex(of: b.key) ?? .max)
        }) else { return nil }
        let name = lowercasedName(sector)
        let states = bySector.count
        if states == 1, let only = bySector.keys.first {
            return "In \(USState.named(only)?.name ?? only), the largest share goes to \(name)"
        }
        if count == states { return "In every state, the largest share goes to \(name)" }
        return "In \(CountWords.word(count)) of \(CountWords.word(states)) states, the largest share goes to \(name)"
    }

    /// How the trade flows compare: `U.S. imports from Korea are twice U.S.
    /// exports to Korea` (with imports in the data), otherwise exports
    /// against the deficit: `U.S. exports to Korea are nearly twice the U.S.
    /// trade deficit with Korea`.
    static func tradeRatio(_ dataset: Dataset) -> String? {
        func dollars(_ id: String) -> Double? {
            guard let indicator = dataset.indicator(id), indicator.unit == .usd else { return nil }
            let value = NSDecimalNumber(decimal: indicator.value).doubleValue
            return value > 0 ? value : nil
        }
        guard let exports = dollars(TradeBalanceChart.exportsID) else { return nil }
        if let imports = dollars(TradeBalanceChart.importsID) {
            return compare("U.S. imports from Korea", imports, "U.S. exports to Korea", exports)
        }
        guard let deficit = dollars(TradeBalanceChart.deficitID) else { return nil }
        return compare("U.S. exports to Korea", exports, "the U.S. trade deficit with Korea", deficit)
    }

    /// `A are twice B`, `A about equal B`, or `B is 1.6 times A` (the larger first).
    private static func compare(_ first: String, _ a: Double, _ second: String, _ b: Double) -> String {
        let times = a / b
        if abs(times - 1) <= 0.05 { return "\(first) about equal \(second)" }
        if times > 1 { return "\(first) are \(RatioWords.phrase(times)) \(second)" }
        return "\(CountWords.capitalized(second)) is \(RatioWords.phrase(1 / times)) \(first)"
    }

    // MARK: Words

    private static func ratio(_ part: Money, _ whole: Money) -> Double {
        whole.cents > 0 ? Double(part.cents) / Double(whole.cents) : 0
    }

    /// "A", "A and B", "A, B and C".
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
    }

    /// A category name inside a sentence: `Electric vehicles` → `electric
    /// vehicles`, but `AI data centers` stays as it is.
    static func lowercasedName(_ name: String) -> String {
        let characters = Array(name)
        guard characters.count > 1, characters[0].isUppercase, characters[1].isLowercase else { return name }
        return characters[0].lowercased() + String(characters.dropFirst())
    }
}
