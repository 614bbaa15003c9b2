/// How messages quote text from a style file: never more than the one line
/// the problem is on, cut to ``limit`` characters, with control and format
/// characters (escape sequences, bidi controls) shown as U+FFFD.
///
/// A file given with `--style` may be anything (`--style /etc/passwd`), so a
/// message about it must not become a way to print the file: a value that
/// YAML folds from several lines is quoted as the line it starts on.
struct StyleQuote: Sendable {
    /// The most characters quoted from a line.
    static let limit = 120

    /// The file's lines.
    private let lines: [Substring]

    /// A quoter for the file `text`.
    init(text: String) {
        lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    }

    /// `'VALUE'` for a value that starts on the 1-based `line`: the value's
    /// first line when that line of the file holds it, else that line of the
    /// file itself; cut to ``limit`` characters.
    func callAsFunction(_ value: String, line: Int?) -> String {
        let first = Self.firstLine(value)
        guard let line, line >= 1, line <= lines.count else { return Self.excerpt(first) }
        let source = lines[line - 1]
        return source.contains(first) ? Self.excerpt(first) : Self.excerpt(source.trimmingSpaces)
    }

    /// `'TEXT'`: the first line of `text`, at most ``limit`` characters (then `…`),
    /// control and format characters replaced by U+FFFD.
    static func excerpt<S: StringProtocol>(_ text: S) -> String {
        let line = firstLine(text)
        let visible = String(String.UnicodeScalarView(line.unicodeScalars.map { scalar in
            let category = scalar.properties.generalCategory
            return category == .control || category == .format ? "\u{FFFD}" : scalar
        }))
        return "'" + (visible.count > limit ? visible.prefix(limit - 1) + "…" : visible) + "'"
    }

    private static func firstLine<S: StringProtocol>(_ text: S) -> String {
        String(text.split(maxSplits: 1, omittingEmptySubsequences: false, whereSeparator: \.isNewline).first ?? "")
    }
}

private extension Substring {
    /// Without spaces and tabs at either end.
    var trimmingSpaces: Substring {
        let start = firstIndex { $0 != " " && $0 != "\t" } ?? endIndex
        let end = lastIndex { $0 != " " && $0 != "\t" }.map { index(after: $0) } ?? start
        return self[start..<Swift.max(start, end)]
    }
}
