/// What investments can be totalled by.
public enum AggregationKey: String, CaseIterable, Sendable, Codable {
    /// By U.S. state (amounts split among states).
    case state
    /// By industry sector.
    case sector
    /// By investing company.
    case company
}
