/// Columns on long lines in constant or logarithmic time: cmark's byte
/// columns into character columns, and whether some text stands at a
/// character column. ``SourceLines`` walks the line's characters up to the
/// column for each question, which on a line of thousands of links or
/// citations (one paragraph of 240 KB) is quadratic; here a long line's
/// character starts are listed once. Used by one parse or one resolution
/// only, never shared across threads.
public final class ColumnIndex {
    /// Lines shorter than this many bytes are counted directly.
    static let shortLine = 512

    private let lines: SourceLines
    /// For each long line asked about: the byte offset where each of its characters starts.
    private var starts: [Int: [Int]] = [:]

    /// An index of `lines`, filled as lines are asked about.
    public init(lines: SourceLines) { self.lines = lines }

    /// The same position as `lines.position(line:byteColumn:)`: the column counts the
    /// characters that start before the byte (a character cut by the column counts).
    public func position(line: Int, byteColumn: Int) -> SourcePosition {
        let text = lines.text(line: line)
        guard text.utf8.count >= Self.shortLine else { return lines.position(line: line, byteColumn: byteColumn) }
        let offsets = characterStarts(line, text)
        let byte = max(0, byteColumn - 1)
        var low = 0, high = offsets.count
        while low < high {
            let middle = (low + high) / 2
            if offsets[middle] < byte { low = middle + 1 } else { high = middle }
        }
        return SourcePosition(line: max(line, 1), column: low + 1)
    }

    /// Whether `text` stands, as written, on `line` from character `column` on.
    public func starts(_ text: String, line: Int, column: Int) -> Bool {
        let written = lines.text(line: line)
        guard written.utf8.count >= Self.shortLine else { return written.dropFirst(max(0, column - 1)).hasPrefix(text) }
        let offsets = characterStarts(line, written)
        let character = max(0, column - 1)
        guard character < offsets.count else { return text.isEmpty }
        return self.text(line: line, from: column).utf8.starts(with: text.utf8)
    }

    /// `line` from character `column` on.
    public func text(line: Int, from column: Int) -> Substring {
        let written = lines.text(line: line)
        guard written.utf8.count >= Self.shortLine else { return written.dropFirst(max(0, column - 1)) }
        let offsets = characterStarts(line, written)
        let character = max(0, column - 1)
        guard character < offsets.count else { return written[written.endIndex...] }
        return written[written.utf8.index(written.utf8.startIndex, offsetBy: offsets[character])...]
    }

    private func characterStarts(_ line: Int, _ text: String) -> [Int] {
        if let known = starts[line] { return known }
        var offsets: [Int] = []
        offsets.reserveCapacity(text.utf8.count)
        var index = text.startIndex
        while index < text.endIndex {
            offsets.append(text.utf8.distance(from: text.utf8.startIndex, to: index))
            index = text.index(after: index)
        }
        starts[line] = offsets
        return offsets
    }
}
