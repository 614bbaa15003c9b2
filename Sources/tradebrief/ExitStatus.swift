import ArgumentParser
import TradeBrief

/// The documented exit statuses, one per kind of failure.
enum ExitStatus {
    static let success: Int32 = 0
    static let differences: Int32 = 1
    static let usage: Int32 = 2
    static let data: Int32 = 3
    static let style: Int32 = 4
    static let io: Int32 = 5
    static let render: Int32 = 6
    static let unexpected: Int32 = 7
    /// As a shell reports a command stopped by Ctrl-C (128 + SIGINT).
    static let cancelled: Int32 = 130

    /// Prints `error` to standard error as `tradebrief: error: …` and returns
    /// the exit code that stops the command with its status.
    static func fail(_ error: Error) -> ExitCode {
        let wrapped = TradeBriefError.wrap(error)
        let status: Int32
        switch wrapped {
        case .data: status = data
        case .style: status = style
        case .chart, .usage: status = usage
        case .render: status = render
        case .io: status = io
        case .unexpected: status = unexpected
        case .cancelled: status = cancelled
        }
        switch wrapped {
        case .data(let error):
            Diagnostics.problems(error.warnings.map(\.description), kind: "warning")
            Diagnostics.problems(error.problems.map(\.description), kind: "error")
        case .style(let error): Diagnostics.problems(error.problems.map(\.description), kind: "error")
        case .chart(.unknownChart(let name, let suggestion)):
            // The library points to Brief.chartNames; on the command line the names are one command away.
            Diagnostics.error("there is no chart called '\(name)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? "")
                              + " Run 'tradebrief chart --list' to see the names.")
        default: Diagnostics.error(wrapped.description)
        }
        return ExitCode(status)
    }
}
