import ArgumentParser
import Foundation
import TradeBrief

extension PageSize: ExpressibleByArgument {}

/// `tradebrief build` (the default): writes the brief, every chart and a
/// manifest into a folder, or checks that the folder is up to date.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the brief, its charts, charts.html and manifest.json into a folder (the default command).",
        discussion: """
        charts.html shows every chart inlined in one plain HTML page (no script, no network), \
        with a link to the brief. Everything is rendered in memory first; files are then written under temporary \
        names and renamed into place, so a failed build leaves the previous files untouched.

        Examples:
          tradebrief
          tradebrief build --brief brief.md            # a Markdown brief (see 'tradebrief init')
          tradebrief build --brief brief.md --strict   # numbers without a source are errors
          tradebrief build --out public/brief --format pdf,svg --page a4
          tradebrief build --investments my-list.csv --style colorblind
          tradebrief build --per-state                 # plus states/GA.pdf, states/KY.pdf, …
          tradebrief build --state GA,KY --format pdf
          tradebrief build --lang en,ko --per-state    # also the Korean charts and states/GA.ko.pdf, …
          SOURCE_DATE_EPOCH=1745366400 tradebrief build --check   # exit 1 if Output/ is stale
        """
    )

    @Option(help: "The folder to write into.")
    var out: String = "Output"

    @Option(help: ArgumentHelp("Comma-separated formats: pdf, svg, png. Default: the brief as PDF and the charts in all three. Named here, each format is also written for the brief: PDF as one file, PNG and SVG as one file per page (brief-1.png, …).", valueName: "formats"))
    var format: String?

    @Option(help: ArgumentHelp("How chart SVGs write text: text (real <text>, the default) or paths (glyph outlines).", valueName: "mode"))
    var svgText: SVGTextModeOption = .text

    @Option(help: "Paper size: letter or a4 (default: the style's, which is letter for the default style).")
    var page: PageSize?

    @OptionGroup var inputs: InputOptions

    @Option(help: ArgumentHelp("A brief document (Markdown with live figures) to build instead of the default brief.", valueName: "file.md"))
    var brief: String?

    @Flag(help: "Treat numbers in the document's prose that are neither live figures nor cited as errors (exit 3, nothing written).")
    var strict = false

    @Option(help: ArgumentHelp("Languages to build, comma-separated: en (default), ko (Korean: state-map.ko.svg, states/GA.ko.pdf, …) or en,ko.", valueName: "list"))
    var lang: String = "en"

    @Flag(help: "Also write a one-page PDF for every state with investment into states/ (rendered in parallel).")
    var perState = false

    @Option(help: ArgumentHelp("Write one-pagers for these states only, e.g. GA,KY or Georgia,Kentucky (a state without investment gets an honest page).", valueName: "list"))
    var state: String?

    @Flag(help: "Build in memory and compare with the output folder: exit 0 if identical, 1 if not. Writes nothing.")
    var check = false

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    @Option(help: ArgumentHelp("How many one-pagers to render at once (default: one per processor core).", valueName: "n"))
    var jobs: Int?

    func run() throws {
        let formats = try OutputFormats.parse(format ?? "pdf,svg,png")
        if let jobs, !(1...256).contains(jobs) { throw ValidationError("--jobs must be between 1 and 256.") }
        let (languages, unknown) = BriefLanguage.list(lang)
        guard unknown.isEmpty, !languages.isEmpty else {
            throw ValidationError("--lang takes en, ko or en,ko; '\(unknown.first ?? lang)' is not one of them.")
        }
        // An empty --out would write into the working directory.
        guard !out.isEmpty else { throw ValidationError("--out must name a folder, e.g. --out Output; it is empty.") }
        do {
            // A bad --state list is an error before anything is rendered.
            let chosenStates = try state.map { try StatePages.parseStateList($0) }
            let epoch = BuildClock.creationDate()
            var made: [Artifact] = []
            var inputs: [BriefInputs.File] = []
            for (index, language) in languages.enumerated() {
                var build = DocumentBuild(documentPath: language == .english ? brief : nil, investments: self.inputs.investments,
                                          style: self.inputs.style, page: page, formats: formats, strict: strict, creationDate: epoch,
                                          styleSearchPaths: [InputOptions.localStyles])
                build.svgText = svgText.mode
                build.language = language
                // Named formats apply to the brief too: one image per page.
                build.briefPageFormats = format == nil ? [] : formats.filter { $0 != .pdf }
                let outcome = try build.run()
                if index == 0 {
                    Diagnostics.problems(outcome.warnings, kind: "warning")
                    inputs = outcome.inputs
                }
                made += outcome.artifacts
                if perState || chosenStates != nil {
                    let pages = StatePages(dataset: outcome.dataset, pageSize: outcome.pageSize, theme: outcome.style.chartTheme,
                                           layoutStyle: outcome.style.layoutStyle, creationDate: epoch, language: language)
                    let codes = chosenStates ?? pages.investedStates
                    let progress = ProgressLine(enabled: !quiet)
                    made += try BlockingTask.run { try await pages.render(states: codes, workers: jobs) { progress.update(done: $0, total: $1, item: $2) } }
                }
            }
            let manifest = Manifest(version: TradeBriefVersion.current, sourceDateEpoch: epoch, inputs: inputs,
                                    artifacts: made)
            let artifacts = made + [try manifest.artifact()]
            let writer = ArtifactWriter(folder: URL(fileURLWithPath: out, isDirectory: true))
            if check {
                let differing = writer.differences(from: artifacts)
                if let mismatched = writer.manifestMismatches(), !mismatched.isEmpty {
                    Diagnostics.note("tradebrief: \(out) does not match its own manifest.json (an interrupted build, or files changed since): "
                        + mismatched.prefix(20).joined(separator: ", ") + (mismatched.count > 20 ? ", … (\(mismatched.count) in all)" : ""))
                }
                guard differing.isEmpty else {
                    StandardStreams.out(differing.map { $0 + "\n" }.joined())
                    Diagnostics.note("tradebrief: \(differing.count) file(s) in \(out) differ from a fresh build; run 'tradebrief build' to update them")
                    throw ExitCode(ExitStatus.differences)
                }
                if !quiet { Diagnostics.note("\(out) is up to date (\(artifacts.count) files)") }
                return
            }
            let urls = try writer.write(artifacts)
            if !quiet {
                for (url, artifact) in zip(urls, artifacts) {
                    Diagnostics.note("wrote \(url.relativePath) (\(ByteCount.text(artifact.data.count)))")
                }
            }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw ExitStatus.fail(error)
        }
    }
}
