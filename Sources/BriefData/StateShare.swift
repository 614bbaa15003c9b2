import Foundation

/// One state that an investment lands in, with its share when published.
public struct StateShare: Codable, Hashable, Sendable {
    /// The state's USPS code.
    public var state: String
    /// The fraction of the investment in this state (0…1), or nil when no
    /// split is published.
    public var share: Decimal?

    /// Creates a state entry.
    public init(state: String, share: Decimal? = nil) {
        self.state = state
        self.share = share
    }
}
