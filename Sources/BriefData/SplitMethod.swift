/// How an investment's amount is divided among its states.
public enum SplitMethod: String, Codable, Hashable, Sendable {
    /// One state gets all of it.
    case single
    /// The published shares are used.
    case shares
    /// No split is given: the amount is divided evenly, and the brief says so.
    case even
    /// Each state's amount is published (``StateShare/amountUSD``), and the
    /// amounts add up to the investment's amount.
    case amounts
}
