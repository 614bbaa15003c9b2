/// What ``InvestmentCSV/totals(_:file:by:)`` read from a usable file: the
/// totals, warnings worth showing the user, and what a dataset check would
/// say about the investments.
public struct InvestmentCSVTotals: Hashable, Sendable {
    /// The totals, the same as ``Aggregation/init(_:by:)`` makes from the
    /// investments of ``InvestmentCSV/parse(_:file:)``.
    public var aggregation: Aggregation
    /// The warnings, the same as ``InvestmentCSVResult/warnings``.
    public var warnings: [DataProblem]
    /// What ``Dataset/validationProblems(file:)`` reports about these
    /// investments (shares that pass the CSV check but whose sum, as a
    /// `Double`, is more than 0.001 from 1), in row order.
    public var validationProblems: [DataProblem]
    /// The number of investments (rows) read.
    public var investmentCount: Int
    /// The number of different sectors, as many as an ``Aggregation`` by sector has rows.
    public var sectorCount: Int

    /// Creates a result.
    public init(aggregation: Aggregation, warnings: [DataProblem], validationProblems: [DataProblem], investmentCount: Int = 0, sectorCount: Int = 0) {
        self.aggregation = aggregation
        self.warnings = warnings
        self.validationProblems = validationProblems
        self.investmentCount = investmentCount
        self.sectorCount = sectorCount
    }
}
