/// A data file that cannot be used, with every problem found in it.
public struct DataError: Error, Sendable, CustomStringConvertible {
    /// The problems, in file order.
    public var problems: [DataProblem]

    /// Creates an error from its problems.
    public init(problems: [DataProblem]) { self.problems = problems }

    /// One problem per line.
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
