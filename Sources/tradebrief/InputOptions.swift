import ArgumentParser
import TradeBrief

/// `--investments` and `--style`, shared by the commands that draw.
struct InputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("An investments CSV to use instead of the embedded investments (see README: The investments CSV).", valueName: "file.csv"))
    var investments: String?

    @Option(help: ArgumentHelp("A style name from Styles/ (see 'tradebrief styles') or a path to a style file (default: the document's, else default).", valueName: "name|file"))
    var style: String?

    /// Loads the dataset and prints its warnings.
    func loadInputs() throws -> BriefInputs {
        let inputs = try BriefInputs.load(investmentsCSV: investments)
        Diagnostics.problems(inputs.warnings.map(\.description), kind: "warning")
        return inputs
    }

    /// `./Styles`, where a style name is looked for before the built-in styles.
    static let localStyles = URL(fileURLWithPath: "Styles", isDirectory: true)

    /// Loads the style and returns it with its files (for the manifest).
    func loadStyle() throws -> (style: Style, files: [BriefInputs.File]) {
        let loaded = try Style.load(style ?? "default", searchPaths: [Self.localStyles])
        let files = loaded.sourceFiles.map { BriefInputs.File(path: $0.path, role: "style", data: $0.data) }
        return (loaded, files)
    }
}
