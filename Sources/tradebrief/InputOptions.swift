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
        if investments == nil { Self.noteLocalCSV() }
        let inputs = try BriefInputs.load(investmentsCSV: investments)
        Diagnostics.problems(inputs.warnings.map(\.description), kind: "warning")
        return inputs
    }

    /// Without `--investments`, the embedded dataset is used even in a folder
    /// that has its own `investments.csv` (a project of `tradebrief init`, whose
    /// brief names it); says so on standard error, so that the totals are
    /// not taken for the folder's.
    static func noteLocalCSV() {
        var isFolder = false
        guard FileManager.default.fileExists(atPath: "investments.csv", isDirectory: &isFolder), !isFolder else { return }
        Diagnostics.note("note: this uses the embedded dataset; for this folder's investments.csv, add --investments investments.csv")
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
