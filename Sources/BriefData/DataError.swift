/// A data file that cannot be used, with every problem found in it.
public struct DataError: Error, Sendable, CustomStringConvertible {
    /// The problems, in file order.
    public var problems: [DataProblem]
    /// Warnings found along the way, to show with the problems.
    public var warnings: [DataProblem]

    /// Creates an error from its problems (and the warnings found along the way).
    public init(problems: [DataProblem], warnings: [DataProblem] = []) {
        self.problems = problems
        self.warnings = warnings
    }

    /// One problem per line.
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
