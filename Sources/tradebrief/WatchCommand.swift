import ArgumentParser
import TradeBrief

/// `tradebrief watch`: rebuilds the brief whenever its document, CSV or style changes.
struct WatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Build the brief, then rebuild it whenever its document, its CSV or a style file changes.",
        discussion: """
        Errors are printed and the watch goes on; a failed build writes nothing, so the last \
        good PDF stays. Stop with Ctrl-C (or SIGTERM): temporary files are removed and the \
        output folder holds the last good build.

        Examples:
          tradebrief watch --brief brief.md
          tradebrief watch --brief brief.md --out public --format pdf,svg --strict
        """
    )

    @Option(help: ArgumentHelp("The brief document to build (default: the default brief).", valueName: "file.md"))
    var brief: String?

    @Option(help: "The folder to write into.")
    var out: String = "Output"

    @Option(help: "Comma-separated formats: pdf (the brief and charts), svg, png (charts).")
    var format: String = "pdf"

    @Option(help: "Paper size: letter or a4 (default: the document's, else the style's).")
    var page: PageSize?

    @OptionGroup var inputs: InputOptions

    @Flag(help: "Treat numbers in the prose without a source as errors.")
    var strict = false

    @Flag(help: "Print only errors and warnings.")
    var quiet = false

    func run() async throws {
        var build = Build(documentPath: brief, formats: try OutputFormats.parse(format))
        build.investments = inputs.investments
        build.style = inputs.style
        build.page = page
        build.strict = strict
        build.creationDate = BuildClock.creationDate()
        build.styleSearchPaths = [InputOptions.localStyles]
        let watcher = BriefWatcher(build: build, output: URL(fileURLWithPath: out, isDirectory: true))
        let (out, quiet) = (out, quiet)
        await watcher.run(until: { false }) { event in
            switch event {
            case .built(let files, let seconds, let warnings):
                Diagnostics.problems(warnings, kind: "warning")
                if !quiet {
                    Diagnostics.note("built \(files.count) file(s) into \(out) in \(DurationText.seconds(seconds)) s; watching for changes (Ctrl-C stops)")
                }
            case .failed(let error):
                _ = ExitStatus.fail(error)
                Diagnostics.note("build failed; \(out) keeps the last good build. Fix the problem and save to rebuild.")
            case .changed(let paths):
                if !quiet { Diagnostics.note("changed: \(paths.joined(separator: ", ")); rebuilding") }
            case .watching(let paths):
                if !quiet, !paths.isEmpty { Diagnostics.note("watching \(paths.joined(separator: ", "))") }
            }
        }
    }
}
