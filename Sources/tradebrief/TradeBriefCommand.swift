import ArgumentParser
import Dispatch
#if canImport(Glibc)
import Glibc
#endif
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

    /// Runs the command and exits with its status.
    ///
    /// Standard streams are prepared first, before the concurrency runtime
    /// opens any descriptor of its own (with standard output closed, the
    /// first descriptor opened would become it). The command then runs in a
    /// task, and the process ends only once ``status()`` has returned: a
    /// Swift value still alive on a path into a `Never` function such as
    /// `exit` is never released, so an exit from deep in the call stack would
    /// leave the command's values for LeakSanitizer to report
    /// (`make sanitize`); the main thread only waits.
    static func main() {
        StandardStreams.prepare()
        InterruptCleanup.install()
        Task { Glibc.exit(await status()) }
        dispatchMain()
    }

    /// Runs the command with the process's arguments and returns its exit
    /// status, mapping argument errors to the documented usage status (2).
    static func status() async -> Int32 {
        if let unknown = unknownSubcommand(in: Array(CommandLine.arguments.dropFirst())) {
            var message = "unknown command '\(unknown)'."
            if let match = closestName(to: unknown, in: subcommandNames) { message += " Did you mean '\(match)'?" }
            Diagnostics.error(message + " Run 'tradebrief --help' for the commands.")
            return ExitStatus.usage
        }
        do {
            var command = try parseAsRoot()
            if var command = command as? AsyncParsableCommand {
                // build and watch: their work runs in this task, so it has ended when the process exits.
                try await command.run()
            } else {
                try command.run()
            }
            return ExitStatus.success
        } catch {
            let code = exitCode(for: error)
            let text = fullMessage(for: error)
            if code == .success {
                // --help, --version: through the checked writer, so `--help >/dev/full` is an error too.
                StandardStreams.out(text.hasSuffix("\n") || text.isEmpty ? text : text + "\n")
                return ExitStatus.success
            }
            if code.rawValue == 64 {
                // ArgumentParser uses 64 (EX_USAGE); tradebrief documents 2. Its "Error: …" line reads as
                // tradebrief's other errors do ("tradebrief: error: …"); its help and usage lines follow as given.
                let lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                if let first = lines.first, first.hasPrefix("Error: ") {
                    Diagnostics.error(String(first.dropFirst("Error: ".count)))
                    if lines.count > 1, !lines[1].isEmpty { Diagnostics.note(lines[1]) }
                } else {
                    Diagnostics.note(text)
                }
                return ExitStatus.usage
            }
            // As ArgumentParser's exit(withError:) does: the message (if any) on standard error.
            if !text.isEmpty { Diagnostics.note(text) }
            return code.rawValue
        }
    }
}
