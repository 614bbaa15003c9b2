import ArgumentParser
import TradeBrief

/// `tradebrief styles`: lists the styles with their descriptions.
struct StylesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "styles",
        abstract: "List the styles (from ./Styles and those built in) with their descriptions.",
        discussion: """
        Use one with --style NAME, or pass a file with --style path/to/style.yaml.

        Examples:
          tradebrief styles
          tradebrief build --style colorblind
          tradebrief build --style Styles/mine.yaml  # 'extends: default', then changes
        """
    )

    func run() throws {
        let styles = Style.available(searchPaths: [URL(fileURLWithPath: "Styles", isDirectory: true)])
        StandardStreams.out(TerminalText.shown(ListingText.lines(styles.map { ($0.name, $0.description) })))
    }
}
