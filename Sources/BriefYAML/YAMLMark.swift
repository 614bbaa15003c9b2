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

    /// The place just after `text`, a text that starts at 1:1.
    public static func end<Text: StringProtocol>(of text: Text) -> YAMLMark {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        return YAMLMark(line: lines.count, column: (lines.last?.unicodeScalars.count ?? 0) + 1)
    }

    /// Where messages point for a value whose key is at `key`: the value's
    /// own place when it starts on its key's line, else the key's.
    public static func place(ofValue value: YAMLMark, key: YAMLMark) -> YAMLMark {
        value.line == key.line ? value : key
    }
}
