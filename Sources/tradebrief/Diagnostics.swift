import TradeBrief

/// Warnings and errors for standard error; standard output carries only data.
enum Diagnostics {
    /// Prints each line of `message` prefixed with `tradebrief: error: `.
    static func error(_ message: String) {
        emit(message.split(separator: "\n", omittingEmptySubsequences: false).map { "tradebrief: error: \($0)" })
    }

    /// Prints at most `limit` located problems, one per line, then how many more there are.
    static func problems(_ lines: [String], kind: String, limit: Int = 50) {
        guard !lines.isEmpty else { return }
        var out = lines.prefix(limit).map { "tradebrief: \(kind): \($0)" }
        if lines.count > limit { out.append("tradebrief: \(kind): … and \(lines.count - limit) more (\(lines.count) in all)") }
        emit(out)
    }

    /// Prints `tradebrief: warning: message`.
    static func warning(_ message: String) { emit(["tradebrief: warning: \(message)"]) }

    /// Prints a plain line to standard error (progress, written files).
    static func note(_ message: String) { emit([message]) }

    private static func emit(_ lines: [String]) {
        StandardStreams.err(lines.map(shown).joined(separator: "\n") + "\n")
    }

    /// `line` as it may reach a terminal: a message can quote what an input
    /// file holds (a Markdown link, a `{{…}}` name), and a terminal obeys the
    /// control characters in it (ESC sequences retitle the window or clear the
    /// screen) and reorders text around a bidi control (a format character).
    /// Each control and format character shows as U+FFFD instead; tabs stay.
    static func shown(_ line: String) -> String {
        guard line.utf8.contains(where: { ($0 < 0x20 && $0 != 0x09) || $0 >= 0x7F }) else { return line }
        return String(String.UnicodeScalarView(line.unicodeScalars.map { scalar in
            let category = scalar.properties.generalCategory
            return (category == .control && scalar != "\t") || category == .format ? "\u{FFFD}" : scalar
        }))
    }
}
