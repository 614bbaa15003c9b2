/// One generated investment, as it goes into the CSV.
public struct StressRow: Sendable, Hashable {
    /// The `company` cell (English, English with Hangul, or Hangul).
    public var company: String
    /// The `project` cell.
    public var project: String
    /// The `sector` cell.
    public var sector: String
    /// The `states` cell: codes or names, with or without shares.
    public var states: String
    /// The amount in whole dollars.
    public var amountUSD: Int64
    /// The `amount_usd` cell: the amount in one of the accepted forms.
    public var amountText: String
    /// The `year` cell, when given.
    public var year: Int?
    /// The `source` cell, when given.
    public var source: String?
    /// The `url` cell, when given.
    public var url: String?
}
