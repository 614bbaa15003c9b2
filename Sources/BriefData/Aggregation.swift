/// Investments totalled by state, sector or company, exactly to the cent:
/// the rows always add up to ``total``.
public struct Aggregation: Hashable, Sendable {
    /// What the rows are totalled by.
    public let key: AggregationKey
    /// The totals, largest first (ties by key).
    public let rows: [AggregateRow]
    /// The sum of all investments.
    public let total: Money

    /// Totals `investments` by `key`.
    public init(_ investments: [Investment], by key: AggregationKey) {
        self.key = key
        var amounts: [String: Money] = [:]
        var projects: [String: Int] = [:]
        var labels: [String: String] = [:]
        var total = Money.zero
        for investment in investments {
            total += investment.amount
            switch key {
            case .state:
                for (code, amount) in investment.allocations {
                    amounts[code, default: .zero] += amount
                    projects[code, default: 0] += 1
                    labels[code] = labels[code] ?? USState.named(code)?.name ?? code
                }
            case .sector:
                amounts[investment.sector, default: .zero] += investment.amount
                projects[investment.sector, default: 0] += 1
                labels[investment.sector] = investment.sector
            case .company:
                amounts[investment.company, default: .zero] += investment.amount
                projects[investment.company, default: 0] += 1
                labels[investment.company] = investment.company
            }
        }
        self.total = total
        rows = amounts.map { AggregateRow(key: $0.key, label: labels[$0.key] ?? $0.key, amount: $0.value, projects: projects[$0.key] ?? 0) }
            .sorted { $0.amount != $1.amount ? $0.amount > $1.amount : $0.key < $1.key }
    }

    /// The row for `key`, if any investment touches it.
    public func row(for key: String) -> AggregateRow? { rows.first { $0.key == key } }
}
