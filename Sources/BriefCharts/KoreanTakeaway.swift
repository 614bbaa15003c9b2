import BriefData
import BriefText
import FoundationEssentials

/// Takeaway titles in Korean: the facts ``ChartTakeaway`` computes, in
/// Korean headline style (a topic, a comma, what it does), so that no
/// particle has to agree with a name: shares as whole percentages, ratios
/// as `2배`, `약 2배` (within 10% of a whole number) or `1.6배`.
///
/// | chart | takeaway |
/// | --- | --- |
/// | `state-bars` | 조지아, 추적 투자의 38% 차지 |
/// | `state-map` | 23개 주 중 3개 주가 추적 투자의 60% 차지 |
/// | `sector-bars` | 배터리 부문, 추적 투자의 44% 차지 |
/// | `state-sector` | 23개 주 중 9개 주에서 가장 큰 비중은 배터리 부문 |
/// | `trade-balance` | 미국의 대한국 수입, 대한국 수출의 약 2배 |
/// ``ChartTakeaway/title(forChart:dataset:language:)`` calls it for `.korean`.
enum KoreanTakeaway {
    static func leadingState(_ states: Aggregation) -> String? {
        guard let lead = ChartTakeaway.leader(states) else { return nil }
        let names = lead.keys.map(state).joined(separator: "·")
        if lead.isOnly { return "추적 투자 전액, \(names)에 집중" }
        if lead.keys.count > 1 { return "\(names), 각각 추적 투자의 \(percent(lead.share)) 차지" }
        return "\(names), 추적 투자의 \(percent(lead.share)) 차지"
    }

    static func concentration(_ states: Aggregation) -> String? {
        guard let facts = ChartTakeaway.concentrationFacts(states) else { return nil }
        let name = state(facts.top.key)
        if facts.states == 1 { return "추적 투자 전액, \(name)에 집중" }
        if facts.count == 1 { return "\(name) 한 곳이 추적 투자의 \(percent(facts.share)) 차지" }
        return "\(facts.states)개 주 중 \(facts.count)개 주가 추적 투자의 \(percent(facts.share)) 차지"
    }

    static func leadingSector(_ sectors: Aggregation) -> String? {
        guard let lead = ChartTakeaway.leader(sectors) else { return nil }
        let names = lead.keys.map(BriefLanguage.korean.sector).joined(separator: "·")
        if lead.isOnly { return "추적 투자 전액, \(names) 부문" }
        if lead.keys.count > 1 { return "\(names) 부문, 각각 추적 투자의 \(percent(lead.share)) 차지" }
        return "\(names) 부문, 추적 투자의 \(percent(lead.share)) 차지"
    }

    static func sectorLeads(_ dataset: Dataset) -> String? {
        guard let facts = ChartTakeaway.sectorLeadFacts(dataset) else { return nil }
        let sector = BriefLanguage.korean.sector(facts.sector)
        if let only = facts.onlyState { return "\(state(only))에서 가장 큰 비중은 \(sector) 부문" }
        if facts.count == facts.states { return "모든 주에서 가장 큰 비중은 \(sector) 부문" }
        return "\(facts.states)개 주 중 \(facts.count)개 주에서 가장 큰 비중은 \(sector) 부문"
    }

    /// The trade flows' Korean names (as the trade-balance chart's bars call them, without the year),
    /// short after `미국의`, and the particle `과`/`와` each takes.
    private static let flows: [String: (name: String, short: String, and: String)] = [
        TradeBalanceChart.importsID: ("미국의 대한국 수입", "대한국 수입", "과"),
        TradeBalanceChart.exportsID: ("미국의 대한국 수출", "대한국 수출", "과"),
        TradeBalanceChart.deficitID: ("미국의 대한국 무역적자", "대한국 무역적자", "와"),
    ]

    static func tradeRatio(_ dataset: Dataset) -> String? {
        guard let facts = ChartTakeaway.tradeFlows(dataset), let first = flows[facts.first], let second = flows[facts.second] else {
            return nil
        }
        let times = facts.a / facts.b
        let about = ChartTakeaway.isEstimate(facts.first, in: dataset) || ChartTakeaway.isEstimate(facts.second, in: dataset)
        if abs(times - 1) <= 0.05 { return "\(first.name), \(second.short)\(second.and) 비슷한 규모" }
        if times > 1 { return "\(first.name), \(second.short)의 \(ratio(times, about: about))" }
        return "\(second.name), \(first.short)의 \(ratio(1 / times, about: about))"
    }

    /// A ratio (> 1): `2배` within 2.5% of a whole number from 2 to 10, `약 2배` within 10%, otherwise `1.6배`
    /// (``RatioWords``' thresholds); `about` (a flow is an estimate): always `약`.
    static func ratio(_ value: Double, about: Bool = false) -> String {
        guard let near = RatioWords.nearWhole(value) else { return (about ? "약 " : "") + cFormat("%.1f배", value) }
        return (abs(near.off) <= RatioWords.tolerance && !about ? "" : "약 ") + "\(near.whole)배"
    }

    /// A share as a whole percentage, never `0%` or `100%` for a share strictly between (``ShareWords``' rounding).
    static func percent(_ share: Double) -> String {
        switch ShareWords.wholePercent(share) {
        case .underOne: "1% 미만"
        case .overNinetyNine: "99% 초과"
        case .exactly(let value): "\(value)%"
        }
    }

    private static func state(_ code: String) -> String { USState.name(of: code, in: .korean) }
}
