import BriefData
import BriefText
import FoundationEssentials

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
/// | `trade-balance` | U.S. imports from Korea are about twice U.S. exports to Korea ("about": the imports are not confirmed) |
public enum ChartTakeaway {
    /// The takeaway of the chart called `name` for `dataset`; nil when the
    /// chart has none (`key-figures`) or the data gives none (no investment).
    ///
    /// In Korean (`language`), the same facts in Korean headline style (`KoreanTakeaway`).
    public static func title(forChart name: String, dataset: Dataset, language: BriefLanguage = .english) -> String? {
        let korean = language == .korean
        switch ChartName(name) {
        case .stateBars:
            let states = dataset.aggregate(by: .state)
            return korean ? KoreanTakeaway.leadingState(states) : leadingState(states)
        case .stateMap:
            let states = dataset.aggregate(by: .state)
            return korean ? KoreanTakeaway.concentration(states) : concentration(states)
        case .sectorBars:
            let sectors = dataset.aggregate(by: .sector)
            return korean ? KoreanTakeaway.leadingSector(sectors) : leadingSector(sectors)
        case .stateSector: return korean ? KoreanTakeaway.sectorLeads(dataset) : sectorLeads(dataset)
        case .tradeBalance: return korean ? KoreanTakeaway.tradeRatio(dataset) : tradeRatio(dataset)
        default: return nil
        }
    }

    /// The largest row(s) of an aggregation: their labels and keys (several
    /// when tied), their share of the total, and whether they are the only rows.
    struct Leader {
        let labels: [String]
        let keys: [String]
        let share: Double
        let isOnly: Bool
    }

    static func leader(_ aggregation: Aggregation) -> Leader? {
        let rows = aggregation.rows.filter { $0.amount > .zero }
        guard let top = rows.first, aggregation.total > .zero else { return nil }
        let tied = rows.filter { $0.amount == top.amount }
        return Leader(labels: tied.map(\.label), keys: tied.map(\.key), share: ratio(top.amount, aggregation.total),
                      isOnly: rows.count == 1)
    }

    /// How few of the states with investment hold at least half of it: the
    /// first of them, how many they are, their share, and how many states there are.
    struct Concentration {
        let top: AggregateRow
        let count: Int
        let share: Double
        let states: Int
    }

    static func concentrationFacts(_ states: Aggregation) -> Concentration? {
        let rows = states.rows.filter { $0.amount > .zero }
        guard let top = rows.first, states.total > .zero else { return nil }
        var sum = Money.zero
        var count = 0
        for row in rows where sum.cents * 2 < states.total.cents {
            sum += row.amount
            count += 1
        }
        return Concentration(top: top, count: count, share: ratio(sum, states.total), states: rows.count)
    }

    /// `Georgia draws a third of the tracked investment`; ties: `Kentucky and
    /// Tennessee draw the most, a quarter each`. States are named as running
    /// text names them (`The District of Columbia draws …`).
    static func leadingState(_ states: Aggregation) -> String? {
        guard let lead = leader(states) else { return nil }
        let share = ShareWords.phrase(lead.share)
        let names = list(lead.keys.map { USState.nameInText(of: $0, in: .english) })
        if lead.isOnly { return "All the tracked investment goes to \(names)" }
        if lead.labels.count > 1 { return "\(CountWords.capitalized(names)) draw the most, \(share) each" }
        return "\(CountWords.capitalized(names)) draws \(share) of the tracked investment"
    }

    /// How few states hold half the total: `Two of four states draw 59% of
    /// the tracked investment`, or `Georgia alone draws 62% of …`.
    static func concentration(_ states: Aggregation) -> String? {
        guard let facts = concentrationFacts(states) else { return nil }
        let name = USState.nameInText(of: facts.top.key, in: .english)
        if facts.states == 1 { return "All the tracked investment lands in \(name)" }
        let share = ShareWords.phrase(facts.share)
        if facts.count == 1 { return "\(CountWords.capitalized(name)) alone draws \(share) of the tracked investment" }
        return "\(CountWords.capitalized(CountWords.word(facts.count))) of \(CountWords.word(facts.states)) states draw \(share) of the tracked investment"
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
        guard let facts = sectorLeadFacts(dataset) else { return nil }
        let name = lowercasedName(facts.sector)
        if let only = facts.onlyState { return "In \(USState.nameInText(of: only, in: .english)), the largest share goes to \(name)" }
        if facts.count == facts.states { return "In every state, the largest share goes to \(name)" }
        return "In \(CountWords.word(facts.count)) of \(CountWords.word(facts.states)) states, the largest share goes to \(name)"
    }

    /// The sector largest in the most states: its name, in how many states,
    /// of how many, and the state when there is only one.
    struct SectorLead {
        let sector: String
        let count: Int
        let states: Int
        let onlyState: String?
    }

    static func sectorLeadFacts(_ dataset: Dataset) -> SectorLead? {
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
        return SectorLead(sector: sector, count: count, states: bySector.count,
                          onlyState: bySector.count == 1 ? bySector.keys.first : nil)
    }

    /// How the trade flows compare: `U.S. imports from Korea are twice U.S.
    /// exports to Korea` (with imports in the data), otherwise exports
    /// against the deficit: `U.S. exports to Korea are nearly twice the U.S.
    /// trade deficit with Korea`.
    ///
    /// When a flow is a figure not confirmed against its source (imports as exports
    /// plus the deficit), the ratio is "about": `U.S. imports from Korea are about
    /// twice U.S. exports to Korea`.
    static func tradeRatio(_ dataset: Dataset) -> String? {
        guard let flows = tradeFlows(dataset) else { return nil }
        let about = isEstimate(flows.first, in: dataset) || isEstimate(flows.second, in: dataset)
        if flows.second == TradeBalanceChart.exportsID {
            return compare("U.S. imports from Korea", flows.a, "U.S. exports to Korea", flows.b, about: about)
        }
        return compare("U.S. exports to Korea", flows.a, "the U.S. trade deficit with Korea", flows.b, about: about)
    }

    /// Whether indicator `id` is an estimate: a figure not confirmed against its source.
    static func isEstimate(_ id: String, in dataset: Dataset) -> Bool {
        dataset.indicator(id).map { !$0.isConfirmed } ?? false
    }

    /// The two trade flows the takeaway compares (indicator ids and dollars):
    /// imports against exports, or without imports, exports against the deficit.
    static func tradeFlows(_ dataset: Dataset) -> (first: String, a: Double, second: String, b: Double)? {
        func dollars(_ id: String) -> Double? {
            guard let indicator = dataset.indicator(id), indicator.unit == .usd else { return nil }
            let value = indicator.value.doubleValue
            return value > 0 ? value : nil
        }
        guard let exports = dollars(TradeBalanceChart.exportsID) else { return nil }
        if let imports = dollars(TradeBalanceChart.importsID) {
            return (TradeBalanceChart.importsID, imports, TradeBalanceChart.exportsID, exports)
        }
        guard let deficit = dollars(TradeBalanceChart.deficitID) else { return nil }
        return (TradeBalanceChart.exportsID, exports, TradeBalanceChart.deficitID, deficit)
    }

    /// `A are twice B`, `A about equal B`, or `B is 1.6 times A` (the larger first);
    /// `about`: `A are about twice B`.
    private static func compare(_ first: String, _ a: Double, _ second: String, _ b: Double, about: Bool) -> String {
        let times = a / b
        func phrase(_ ratio: Double) -> String { about ? RatioWords.about(ratio) : RatioWords.phrase(ratio) }
        if abs(times - 1) <= 0.05 { return "\(first) about equal \(second)" }
        if times > 1 { return "\(first) are \(phrase(times)) \(second)" }
        return "\(CountWords.capitalized(second)) is \(phrase(1 / times)) \(first)"
    }

    // MARK: Words

    static func ratio(_ part: Money, _ whole: Money) -> Double {
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
