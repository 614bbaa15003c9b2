/// What a pass over an investments CSV keeps of the rows that pass every
/// check: the rows themselves (``InvestmentList``, for a brief) or running
/// totals by a key (``InvestmentTotals``, for `data` and `validate`, in memory
/// that does not grow with the rows).
protocol InvestmentSink {
    /// Whether rows must carry their company's id and text (``CheckedInvestmentRow/companyName``).
    var keepsCompanyNames: Bool { get }
    /// Keeps what is needed of a row.
    mutating func add(_ row: CheckedInvestmentRow, file: String)
    /// Lets go of what was kept: the file has an error, so none of it will be used.
    mutating func dropAll()
}
