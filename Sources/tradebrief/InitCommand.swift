import ArgumentParser
import TradeBrief

/// `tradebrief init [DIR]`: writes a starter brief project.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a brief: write brief.md, investments.csv and Styles/house.yaml into a folder.",
        discussion: """
        brief.md uses every feature of the format (live figures, a chart, citations, a table, \
        a footnote); build it at once. Existing files are never overwritten.

        Examples:
          tradebrief init demo && cd demo && tradebrief build --brief brief.md
          tradebrief init                     # into the current folder
        """
    )

    @Argument(help: "The folder to write into (created if needed; default: the current folder).")
    var folder: String = "."

    func run() throws {
        do {
            try StarterProject.write(into: URL(fileURLWithPath: folder, isDirectory: true))
            for file in StarterProject.files {
                Diagnostics.note("wrote \(folder == "." ? file.path : PathText.appending(file.path, to: folder))")
            }
            let change = folder == "." ? "" : "cd \(folder) && "
            Diagnostics.note("next: \(change)tradebrief build --brief brief.md   (or: tradebrief watch --brief brief.md)")
        } catch {
            throw ExitStatus.fail(error)
        }
    }
}
