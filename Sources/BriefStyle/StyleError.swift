/// Everything wrong with a style and the files it extends, found in one run.
public struct StyleError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The problems, in the order found: the requested file first (top to
    /// bottom), then each file it extends, then checks across keys.
    public var problems: [StyleProblem]

    /// Creates an error from its problems.
    public init(problems: [StyleProblem]) {
        self.problems = problems
    }

    /// One problem per line.
    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}
