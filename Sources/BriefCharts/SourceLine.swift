import BriefData

/// Writes the line under a chart: which sources its figures come from, and
/// the caveats a reader must see (locations from elsewhere, even splits).
public enum SourceLine {
    /// The source line for a chart built from `investments` of `dataset`.
    /// With `locationNotes` false, only the credit is given (for charts that
    /// do not show where the money goes).
    public static func forInvestments(_ investments: [Investment], in dataset: Dataset, locationNotes: Bool = true) -> String {
        var ids: [String] = []
        for investment in investments where !ids.contains(investment.source) { ids.append(investment.source) }
        var text = credit(ids, in: dataset)
        guard locationNotes else { return text }
        let elsewhere = investments.filter(\.locationFromOtherSource)
        for investment in elsewhere {
            let states = investment.states.map { USState.named($0.state)?.name ?? $0.state }.joined(separator: ", ")
            let other = investment.locationSource.flatMap { dataset.source($0)?.shortCredit } ?? "another source"
            text += " \(investment.company) location (\(states)) from \(other), not the main source."
        }
        let even = investments.filter { $0.split == .even }
        if !even.isEmpty {
            let names = even.map { "\($0.company) (\(MoneyFormat.short($0.amount)))" }.joined(separator: ", ")
            text += " Split evenly across states, as no split is published: \(names)."
        }
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
        guard names.count > limit + 1 else { return names }
        return Array(names.prefix(limit)) + ["\(names.count - limit) other sources (see the brief's Sources)"]
    }
}
