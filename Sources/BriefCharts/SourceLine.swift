import BriefData

/// Writes the line under a chart: which sources its figures come from, and
/// the caveats a reader must see (locations from elsewhere, even splits).
public enum SourceLine {
    /// The source line for a chart built from `investments` of `dataset`.
    /// With `locationNotes` false, only the credit is given (for charts that
    /// do not show where the money goes).
    public static func forInvestments(_ investments: [Investment], in dataset: Dataset, locationNotes: Bool = true) -> String {
        var ids: [String] = []
        var seen = Set<String>()
        for investment in investments where seen.insert(investment.source).inserted { ids.append(investment.source) }
        var text = credit(ids, in: dataset)
        guard locationNotes else { return text + jointNote(investments, in: dataset) }
        // Indices, not copies: a CSV can hold a million investments.
        let elsewhere = investments.indices.filter { investments[$0].locationFromOtherSource }
        for index in elsewhere.prefix(3) {
            let investment = investments[index]
            let states = investment.states.map { USState.named($0.state)?.name ?? $0.state }.joined(separator: ", ")
            let other = investment.locationSource.flatMap { dataset.source($0)?.shortCredit } ?? "another source"
            text += " \(investment.company) location (\(states)) from \(other), not the main source."
        }
        if elsewhere.count > 3 {
            text += " \(elsewhere.count - 3) more investments are located from sources other than their amount's."
        }
        let even = investments.indices.filter { investments[$0].split == .even }
        if !even.isEmpty {
            var names = even.prefix(3).map { "\(investments[$0].company) (\(MoneyFormat.short(investments[$0].amount)))" }.joined(separator: ", ")
            if even.count > 3 { names += " and \(even.count - 3) more" }
            text += " Split evenly across states, as the data gives no shares: \(names)."
        }
        let published = investments.indices.filter { investments[$0].isMultiState && investments[$0].splitFromOtherSource }
        for index in published.prefix(3) {
            let investment = investments[index]
            let parts = investment.allocations.map { "\(USState.named($0.state)?.name ?? $0.state) \(MoneyFormat.short($0.amount))" }
            let other = investment.splitSource.flatMap { dataset.source($0)?.shortCredit } ?? "another source"
            text += " \(investment.company) split (\(parts.joined(separator: ", "))) from \(other)."
        }
        return text + jointNote(investments, in: dataset)
    }

    /// ` SK Innovation & Ford's $11.4B is a joint commitment; Ford's share is about $7B (Ford (2021)).`
    /// for the investments that are joint commitments with a non-Korean partner (empty when none are).
    public static func jointNote(_ investments: [Investment], in dataset: Dataset) -> String {
        let joint = investments.indices.filter { investments[$0].joint != nil }
        var text = ""
        for index in joint.prefix(3) {
            let investment = investments[index]
            guard let partner = investment.joint else { continue }
            let credit = dataset.source(partner.source)?.shortCredit ?? partner.source
            text += " \(investment.company)’s \(MoneyFormat.short(investment.amount)) is a joint commitment;"
                + " \(partner.partner)’s share is \(partner.partnerShareText) (\(credit))."
        }
        if joint.count > 3 { text += " \(joint.count - 3) more are joint commitments with non-Korean partners." }
        return text
    }

    /// `Source: CSIS (2025).` or `Sources: CSIS (2025); SK hynix Newsroom (2024).`
    public static func credit(_ sourceIDs: [String], in dataset: Dataset) -> String {
        let names = self.names(sourceIDs, in: dataset)
        guard !names.isEmpty else { return "Source: not stated." }
        return (names.count == 1 ? "Source: " : "Sources: ") + names.joined(separator: "; ") + "."
    }

    /// The sources' short credits, each named once, at most `limit` of them
    /// and then `N other sources` (a CSV can cite hundreds).
    public static func names(_ sourceIDs: [String], in dataset: Dataset, limit: Int = 3) -> [String] {
        var names: [String] = []
        for id in sourceIDs {
            let name = dataset.source(id)?.shortCredit ?? id
            if !names.contains(name) { names.append(name) }
        }
        guard names.count - 1 > limit else { return names }
        return Array(names.prefix(limit)) + ["\(names.count - limit) other sources (see the brief's Sources)"]
    }
}
