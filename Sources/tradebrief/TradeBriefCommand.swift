import Foundation
import ArgumentParser
import TradeBrief

/// The `tradebrief` command: makes sourced briefs and charts about U.S.–Korea
/// trade and investment. With no subcommand it builds the default brief.
@main
struct TradeBriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tradebrief",
        abstract: "Turn sourced U.S.–Korea trade and investment figures into printable briefs and charts.",
        discussion: """
        With no subcommand, tradebrief builds the default outputs into Output/ from the dataset \
        embedded in the package.

        Examples:
          tradebrief                            # the brief and charts into Output/
          tradebrief build --per-state          # also a page per state (states/)
          tradebrief chart state-map -o map.svg # one chart, for a web page
          tradebrief data --by sector --investments my.csv

        Exit status: 0 success; 1 check found differences; 2 usage error; 3 data error; \
        4 style error; 5 file or folder error; 6 rendering error; 7 unexpected error (a bug: please report it); \
        130 interrupted or cancelled.
        """,
        version: TradeBriefVersion.current,
        subcommands: [BuildCommand.self, InitCommand.self, WatchCommand.self, ChartCommand.self, DataCommand.self, ValidateCommand.self, StylesCommand.self],
        defaultSubcommand: BuildCommand.self
    )

    /// The names of the subcommands, and ArgumentParser's `help`.
    static var subcommandNames: [String] {
        configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
    }

    /// The first argument when it is a word that names no subcommand. The
    /// default subcommand (build) takes no positional arguments, so such a
    /// word is a mistyped command (`tradebrief biuld`), not an input.
    static func unknownSubcommand(in arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), !subcommandNames.contains(first) else { return nil }
        return first
    }

    /// Runs the command, mapping argument errors to the documented usage status (2).
    static func main() {
        StandardStreams.prepare()
        InterruptCleanup.install()
        if let unknown = unknownSubcommand(in: Array(CommandLine.arguments.dropFirst())) {
            var message = "unknown command '\(unknown)'."
            if let match = closestMatch(to: unknown, in: subcommandNames) { message += " Did you mean '\(match)'?" }
            Diagnostics.error(message + " Run 'tradebrief --help' for the commands.")
            Foundation.exit(ExitStatus.usage)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                // --help, --version: through the checked writer, so `--help >/dev/full` is an error too.
                let text = fullMessage(for: error)
                StandardStreams.out(text.hasSuffix("\n") || text.isEmpty ? text : text + "\n")
                Foundation.exit(ExitStatus.success)
            }
            if code.rawValue == 64 {
                // ArgumentParser uses 64 (EX_USAGE); tradebrief documents 2.
                Diagnostics.note(fullMessage(for: error))
                Foundation.exit(ExitStatus.usage)
            }
            exit(withError: error)
        }
    }
}
