import BriefData
import BriefMarkdown

/// Finds a word too long to set: a run of more than ``limit`` characters
/// without a space or line end. Laying out such a run costs time that grows
/// with the square of its length (50,000 characters took 4 s), and from
/// about 370,000 Pango's 32-bit widths overflow and the line is cut in
/// silence. No word of prose, name or web address comes near the limit.
enum LongWords {
    /// The most characters a word may have.
    static let limit = 2_000

    /// An error at the start of the first word over the limit in `text` (whose lines are
    /// `lines`, of `file`), or nil. Reads the text's bytes once; continuation bytes of
    /// UTF-8 do not count, so the count is of scalars.
    static func check(_ text: String, lines: SourceLines, file: String) -> DataProblem? {
        var line = 1
        var lineStart = 0
        var runStart = 0
        var runLength = 0
        for (offset, byte) in text.utf8.enumerated() {
            switch byte {
            case 0x0A:
                line += 1
                lineStart = offset + 1
                runLength = 0
            case 0x20, 0x09, 0x0D:
                runLength = 0
            case 0x80...0xBF:
                continue
            default:
                if runLength == 0 { runStart = offset }
                runLength += 1
                if runLength > limit {
                    let position = lines.position(line: line, byteColumn: runStart - lineStart + 1)
                    return DataProblem(file: file, line: position.line, column: position.column, message:
                        "a word of more than \(BriefLanguage.english.count(limit)) characters without a space starts here; break it up with spaces")
                }
            }
        }
        return nil
    }
}
