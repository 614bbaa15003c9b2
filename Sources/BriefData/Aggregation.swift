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
        var shared: [String: Int] = [:], even: [String: Int] = [:], elsewhere: [String: Int] = [:]
        var total = Money.zero
        var current: Investment?
        func add(_ name: String, _ amount: Money) {
            amounts[name, default: .zero] += amount
            projects[name, default: 0] += 1
            guard let investment = current else { return }
            if investment.isMultiState { shared[name, default: 0] += 1 }
            if investment.isMultiState, investment.split == .even { even[name, default: 0] += 1 }
            if investment.locationFromOtherSource || investment.splitFromOtherSource { elsewhere[name, default: 0] += 1 }
        }
        for investment in investments {
            current = investment
            total += investment.amount
            switch key {
            case .state:
                if investment.states.count == 1 {
                    add(investment.states[0].state, investment.amount)
                } else {
                    for (code, amount) in investment.allocations { add(code, amount) }
                }
            case .sector:
                add(investment.sector, investment.amount)
            case .company:
                add(investment.company, investment.amount)
            }
        }
        self.total = total
        rows = amounts.map { entry in
            let label = key == .state ? (USState.named(entry.key)?.name ?? entry.key) : entry.key
            return AggregateRow(key: entry.key, label: label, amount: entry.value, projects: projects[entry.key] ?? 0,
                                sharedProjects: shared[entry.key] ?? 0, evenSplitProjects: even[entry.key] ?? 0,
                                otherSourceProjects: elsewhere[entry.key] ?? 0)
        }
        .sorted { $0.amount != $1.amount ? $0.amount > $1.amount : $0.key < $1.key }
    }

    /// Totals made elsewhere (e.g. while reading a file), sorted as ``init(_:by:)`` sorts them.
    init(key: AggregationKey, unsortedRows: [AggregateRow], total: Money) {
        self.key = key
        self.total = total
        rows = unsortedRows.sorted { $0.amount != $1.amount ? $0.amount > $1.amount : $0.key < $1.key }
    }

    /// The row for `key`, if any investment touches it.
    public func row(for key: String) -> AggregateRow? { rows.first { $0.key == key } }
}
