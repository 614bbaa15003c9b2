import FoundationEssentials

/// One state that an investment lands in, with its share when published.
public struct StateShare: Codable, Hashable, Sendable {
    /// The state's USPS code.
    public var state: String
    /// The fraction of the investment in this state (0…1), or nil when no
    /// split is published.
    public var share: Decimal?
    /// This state's published amount in U.S. dollars, for investments split by
    /// ``SplitMethod/amounts``.
    public var amountUSD: Decimal?

    /// Creates a state entry.
    public init(state: String, share: Decimal? = nil, amountUSD: Decimal? = nil) {
        self.state = state
        self.share = share
        self.amountUSD = amountUSD
    }
}
