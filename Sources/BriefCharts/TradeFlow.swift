/// One of the goods trade flows the trade-balance chart shows.
enum TradeFlow: Hashable, Sendable {
    /// U.S. goods exports to Korea.
    case exports
    /// U.S. goods imports from Korea.
    case imports
    /// The U.S. goods trade deficit with Korea.
    case deficit
}
