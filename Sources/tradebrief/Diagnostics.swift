import Foundation

/// Warnings and errors for standard error; standard output carries only data.
enum Diagnostics {
    /// Prints each line of `message` prefixed with `tradebrief: error: `.
    static func error(_ message: String) {
        emit(message.split(separator: "\n", omittingEmptySubsequences: false).map { "tradebrief: error: \($0)" })
    }

    /// Prints `tradebrief: warning: message`.
    static func warning(_ message: String) { emit(["tradebrief: warning: \(message)"]) }

    /// Prints a plain line to standard error (progress, written files).
    static func note(_ message: String) { emit([message]) }

    private static func emit(_ lines: [String]) {
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}
