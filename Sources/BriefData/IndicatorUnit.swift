/// What an indicator's value measures.
public enum IndicatorUnit: String, Codable, Hashable, Sendable {
    /// U.S. dollars.
    case usd
    /// A percentage (2.3 means 2.3%).
    case percent
    /// A rank (1 means first).
    case rank
}
