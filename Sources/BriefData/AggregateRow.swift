/// One total: a state, sector or company with its amount and project count.
public struct AggregateRow: Hashable, Sendable, Codable {
    /// USPS code, sector or company name.
    public var key: String
    /// A readable label (the state's full name; otherwise the key).
    public var label: String
    /// The total, exact.
    public var amount: Money
    /// How many investments touch it.
    public var projects: Int

    /// Creates a row.
    public init(key: String, label: String, amount: Money, projects: Int) {
        self.key = key
        self.label = label
        self.amount = amount
        self.projects = projects
    }
}
