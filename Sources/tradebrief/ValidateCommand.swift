import ArgumentParser
import TradeBrief

/// `tradebrief validate FILE.csv`: checks an investments CSV without drawing anything.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check an investments CSV and report every problem with its line and column.",
        discussion: """
        Exit status 0 when the file can be used (warnings may still be printed), 3 when it cannot.

        Example:
          tradebrief validate my-list.csv
        """
    )

    @Argument(help: ArgumentHelp("The investments CSV to check.", valueName: "file.csv"))
    var file: String

    func run() throws {
        do {
            // One pass that keeps totals by state, not the rows.
            let checked = try BriefInputs.checkedTotals(investmentsCSV: file, by: .state)
            Diagnostics.problems(checked.warnings.map(\.description), kind: "warning")
            let states = checked.aggregation
            StandardStreams.out(TerminalText.shown(file) + ": OK, \(checked.investmentCount) investment(s) totalling \(MoneyFormat.full(states.total)) in \(states.rows.count) state(s) and \(checked.sectorCount) sector(s); \(checked.warnings.count) warning(s)\n")
        } catch {
            throw ExitStatus.fail(error)
        }
    }
}
