/// What ``InvestmentCSV`` read from a usable file: the investments, the
/// sources they cite, and warnings worth showing the user.
public struct InvestmentCSVResult: Hashable, Sendable {
    /// The investments, in file order. Each has the id `row-<line>`, its
    /// ``Investment/line`` set, and a ``Investment/source`` that is the id of
    /// one of ``sources``.
    public var investments: [Investment]
    /// One source per distinct pair of `source` text and `url` in the file
    /// (ids `csv-1`, `csv-2`, … in order of first appearance), plus
    /// `csv-unsourced` when some rows give neither.
    public var sources: [Source]
    /// Things that do not stop the file from being used: unknown columns
    /// (ignored), repeated rows (kept), URLs that are not web addresses.
    public var warnings: [DataProblem]

    /// Creates a result.
    public init(investments: [Investment], sources: [Source], warnings: [DataProblem]) {
        self.investments = investments
        self.sources = sources
        self.warnings = warnings
    }
}
