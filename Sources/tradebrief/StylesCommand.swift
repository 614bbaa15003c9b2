import ArgumentParser
import BriefText
import FoundationEssentials
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
        let widest = styles.map(\.name.count).max() ?? 0
        StandardStreams.out(styles.map { style in
            style.name.paddedWithSpaces(toLength: widest + 2) + style.description + "\n"
        }.joined())
    }
}
