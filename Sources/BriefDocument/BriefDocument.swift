import BriefData
import BriefMarkdown

/// A brief as written: its front matter and its Markdown, parsed, with the
/// file's name and lines for messages. Resolve it against data with
/// ``DocumentResolver``.
public struct BriefDocument: Sendable {
    /// The name used in messages (`brief.md`).
    public let file: String
    /// The settings and title from the YAML block at the top.
    public var frontMatter: FrontMatter
    /// The Markdown body as blocks, with positions in the file.
    public let blocks: [MarkdownBlock]
    /// The file's lines.
    public let lines: SourceLines
    /// Problems in the front matter (wrong values, an unclosed block, a
    /// file it names that cannot be used); the resolver reports them with its own.
    public var errors: [DataProblem]
    /// Unknown front matter keys and the like.
    public let warnings: [DataProblem]

    /// The most bytes a document may have.
    public static let maxBytes = 4 * 1024 * 1024

    /// Parses `written`, the content of `file`, after checking its characters:
    /// a control character or a noncharacter is an error at its line and
    /// column, and a bidi control is removed with a warning, as in the
    /// investments CSV.
    public init(text written: String, file: String) {
        self.file = file
        let (text, characterErrors, characterWarnings) = DocumentCharacters.check(written, file: file)
        let lines = SourceLines(text)
        self.lines = lines
        var errors = characterErrors
        var warnings = characterWarnings
        let tooManyCells = TableCellLimit.check(text, file: file)
        if let tooManyCells { errors.append(tooManyCells) }
        var matter = FrontMatter()
        var body = text
        if lines.count > 0, lines.text(line: 1).trimmingTrailingSpaces() == "---" {
            var end: Int?
            for number in 2...max(2, lines.count) where number <= lines.count {
                let line = lines.text(line: number).trimmingTrailingSpaces()
                if line == "---" || line == "..." { end = number; break }
            }
            if let end {
                let yaml = (2..<end).map { lines.text(line: $0) }.joined(separator: "\n")
                let parsed = FrontMatter.parse(yaml, file: file, firstLine: 2)
                matter = parsed.0
                errors += parsed.errors
                warnings += parsed.warnings
                // Blank the front matter rather than cut it off, so that the
                // Markdown's line numbers are the file's.
                body = String(repeating: "\n", count: end) + (end < lines.count ? (end + 1...lines.count).map { lines.text(line: $0) }.joined(separator: "\n") : "")
            } else {
                errors.append(DataProblem(file: file, line: 1, column: 1,
                                          message: "the front matter opened here is never closed; end it with a line '---'"))
                body = ""
            }
        }
        frontMatter = matter
        do {
            // Nothing for cmark to read when its tables alone would take hundreds of megabytes.
            blocks = tooManyCells == nil ? try MarkdownParser.parse(body) : []
        } catch {
            blocks = []
            errors.append(DataProblem(file: file, line: error.position.line, column: error.position.column,
                                      message: "the Markdown here is nested more than \(error.limit) levels deep (emphasis, quotes or lists "
                                          + "inside each other); write it with fewer levels"))
        }
        self.errors = errors
        self.warnings = warnings
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }
}
