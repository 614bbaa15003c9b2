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
        StandardStreams.err(TerminalText.shown(lines.joined(separator: "\n")) + "\n")
    }
}
