import ArgumentParser
import Foundation
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
            let inputs = try BriefInputs.load(investmentsCSV: file)
            Diagnostics.problems(inputs.warnings.map(\.description), kind: "warning")
            let states = inputs.dataset.aggregate(by: .state)
            let sectors = inputs.dataset.aggregate(by: .sector)
            StandardStreams.out("\(file): OK, \(inputs.dataset.investments.count) investment(s) totalling \(MoneyFormat.full(states.total)) in \(states.rows.count) state(s) and \(sectors.rows.count) sector(s); \(inputs.warnings.count) warning(s)\n")
        } catch {
            throw ExitStatus.fail(error)
        }
    }
}
