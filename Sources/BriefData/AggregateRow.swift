/// One total: a state, sector or company with its amount and project count,
/// and what a reader must know about how it was worked out.
public struct AggregateRow: Hashable, Sendable, Codable {
    /// USPS code, sector or company name.
    public var key: String
    /// A readable label (the state's full name; otherwise the key).
    public var label: String
    /// The total, exact.
    public var amount: Money
    /// How many investments touch it (a state counts every project it shares with other states).
    public var projects: Int
    /// Of ``projects``, how many span several states (a state's total holds only its part of them).
    public var sharedProjects: Int
    /// Of ``sharedProjects``, how many are divided evenly because the data gives no split.
    public var evenSplitProjects: Int
    /// Of ``projects``, how many take their location or split from a source other than their amount's.
    public var otherSourceProjects: Int

    /// Creates a row.
    public init(key: String, label: String, amount: Money, projects: Int,
                sharedProjects: Int = 0, evenSplitProjects: Int = 0, otherSourceProjects: Int = 0) {
        self.key = key
        self.label = label
        self.amount = amount
        self.projects = projects
        self.sharedProjects = sharedProjects
        self.evenSplitProjects = evenSplitProjects
        self.otherSourceProjects = otherSourceProjects
    }
}
