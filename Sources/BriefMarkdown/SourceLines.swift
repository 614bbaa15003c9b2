/// The lines of a Markdown file, to turn cmark's byte columns into character
/// columns and to find where a piece of text sits on its line.
public struct SourceLines: Sendable {
    /// Each line's text, without its line end.
    private let lines: [String]

    /// Splits `text` at `\n` (a `\r` before it is dropped).
    public init(_ text: String) {
        // Split on scalars: as characters, "\r\n" is one grapheme and not "\n".
        lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(line.last == "\r" ? line.dropLast() : line)
        }
    }

    /// The number of lines.
    public var count: Int { lines.count }

    /// Line `number` (1-based), or "" beyond the file.
    public func text(line number: Int) -> String {
        number >= 1 && number <= lines.count ? lines[number - 1] : ""
    }

    /// The character position of a 1-based byte column on a line.
    public func position(line: Int, byteColumn: Int) -> SourcePosition {
        let text = self.text(line: line)
        let prefix = text.utf8.prefix(max(0, byteColumn - 1))
        let characters = String(decoding: prefix, as: UTF8.self).count
        return SourcePosition(line: max(line, 1), column: characters + 1)
    }

    /// Where `token` starts on the line of `start`, searching from `start`'s
    /// column on, or nil if it is not there (e.g. the token was written with
    /// an entity or an escape).
    public func locate(_ token: String, from start: SourcePosition) -> SourcePosition? {
        guard !token.isEmpty else { return nil }
        let text = self.text(line: start.line)
        let from = text.index(text.startIndex, offsetBy: max(0, start.column - 1), limitedBy: text.endIndex) ?? text.endIndex
        guard let range = text[from...].firstRange(of: token) else { return nil }
        return SourcePosition(line: start.line, column: text.distance(from: text.startIndex, to: range.lowerBound) + 1)
    }

    /// The label of the footnote reference `[^label]` that `rest` starts with.
    static func footnoteReferenceLabel(starting rest: Substring) -> String? {
        guard rest.hasPrefix("[^"), let close = rest.firstIndex(of: "]") else { return nil }
        return String(rest[rest.index(rest.startIndex, offsetBy: 2)..<close])
    }

    /// The label of the footnote definition `[^label]:` whose text starts at
    /// `column` of `line` (cmark-gfm does not hand the label out).
    func footnoteLabel(line: Int, beforeColumn column: Int) -> String? {
        let prefix = String(text(line: line).prefix(max(0, column - 1)))
        guard let open = prefix.ranges(of: "[^").last,
              let close = prefix[open.upperBound...].firstRange(of: "]:") else { return nil }
        return String(prefix[open.upperBound..<close.lowerBound])
    }
}
