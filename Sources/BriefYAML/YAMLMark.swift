/// Where a YAML node or problem is in the text: a line and a column, both
/// from 1, the column counted in Unicode scalars (as libyaml counts, and as
/// Yams's `Mark` gave them).
public struct YAMLMark: Hashable, Sendable, CustomStringConvertible {
    /// The line, from 1.
    public var line: Int
    /// The column, from 1, in Unicode scalars.
    public var column: Int

    /// Creates a mark.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `LINE:COLUMN`.
    public var description: String { "\(line):\(column)" }
}
