import ArgumentParser
import TradeBrief

extension PageSize: ExpressibleByArgument {}

/// `tradebrief build` (the default): writes the brief, every chart and a
/// manifest into a folder, or checks that the folder is up to date.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the brief, its charts, charts.html and manifest.json into a folder (the default command).",
        discussion: """
        charts.html shows every chart inlined in one plain HTML page (no script, no network), \
        with a link to the brief. Everything is rendered in memory first; files are then written under temporary \
        names and renamed into place, so a failed build leaves the previous files untouched.

        Examples:
          tradebrief
          tradebrief build --brief brief.md           # a Markdown brief, see init
          tradebrief build --brief brief.md --strict  # unsourced numbers are errors
          tradebrief build --out public/brief --format pdf,svg --page a4
          tradebrief build --investments my-list.csv --style colorblind
          tradebrief build --per-state                # plus states/GA.pdf, …
          tradebrief build --state GA,KY --format pdf
          tradebrief build --lang en,ko --per-state   # Korean: states/GA.ko.pdf, …
          # exit 1 if Output/ is stale:
          SOURCE_DATE_EPOCH=1745366400 tradebrief build --check
        """
    )

    @Option(help: "The folder to write into.")
    var out: String = "Output"

    @Option(help: ArgumentHelp("Comma-separated formats: pdf, svg, png. Default: the brief as PDF and the charts in all three. Named here, each format is also written for the brief: PDF as one file, PNG and SVG as one file per page (brief-1.png, …).", valueName: "formats"))
    var format: String?

    @Option(help: ArgumentHelp("How chart SVGs write text: text (real <text>, the default) or paths (glyph outlines).", valueName: "mode"))
    var svgText: SVGTextModeOption = .text

    @Option(help: "Paper size: letter or a4 (default: the brief's front matter 'page', else the style's, which is letter for the default style).")
    var page: PageSize?

    @OptionGroup var inputs: InputOptions

    @Option(help: ArgumentHelp("A brief document (Markdown with live figures) to build instead of the default brief.", valueName: "file.md"))
    var brief: String?

    @Flag(help: "Treat numbers in the document's prose that are neither live figures nor cited as errors (exit 3, nothing written).")
    var strict = false

    @Option(help: ArgumentHelp("Languages to build, comma-separated: en, ko (Korean: brief.ko.pdf, state-map.ko.svg, states/GA.ko.pdf, …) or en,ko. Default: the document's own language (its front matter's lang), English for the default brief. With --brief brief.md, ko builds its Korean edition brief.ko.md beside it.", valueName: "list"))
    var lang: String?

    @Flag(help: "Also write a one-page PDF for every state with investment into states/ (rendered in parallel).")
    var perState = false

    @Option(help: ArgumentHelp("Write one-pagers for these states only, e.g. GA,KY or Georgia,Kentucky (a state without investment gets an honest page).", valueName: "list"))
    var state: String?

    @Flag(help: "Build in memory and compare with the output folder: exit 0 if identical, 1 if not. Writes nothing.")
    var check = false

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    @Option(help: ArgumentHelp("How many threads to use: one-pagers rendered at once, and from 2 the charts beside the brief, then a one-pager in their place (default: one per processor core).", valueName: "n"))
    var jobs: Int?

    func run() async throws {
        let formats = try OutputFormats.parse(format ?? "pdf,svg,png")
        if let jobs, !(1...256).contains(jobs) { throw ValidationError("--jobs must be between 1 and 256.") }
        let languages = try lang.map { lang in
            let (languages, unknown) = BriefLanguage.list(lang)
            guard unknown.isEmpty, !languages.isEmpty else {
                throw ValidationError("--lang takes en, ko or en,ko; '\(unknown.first ?? lang)' is not one of them.")
            }
            return languages
        }
        // An empty --out would write into the working directory.
        guard !out.isEmpty else { throw ValidationError("--out must name a folder, e.g. --out Output; it is empty.") }
        var build = Build(documentPath: brief, formats: formats)
        build.investments = inputs.investments
        build.style = inputs.style
        build.page = page
        build.strict = strict
        build.svgText = svgText.mode
        // Named formats apply to the brief too: one image per page.
        build.briefPageFormats = format == nil ? [] : formats.filter { $0 != .pdf }
        build.languages = languages
        build.statePages = state.map { .only([$0]) } ?? (perState ? .invested : .none)
        build.workers = jobs
        build.creationDate = BuildClock.creationDate()
        build.styleSearchPaths = [InputOptions.localStyles]
        let folder = URL(fileURLWithPath: out, isDirectory: true)
        let configured = build
        let line = ProgressLine(enabled: !quiet)
        let progress: Build.ProgressHandler = { event in
            switch event {
            case .warnings(let warnings): Diagnostics.problems(warnings, kind: "warning")
            case .statePage(let done, let total, let state): line.update(done: done, total: total, item: state)
            }
        }
        do {
            if check {
                let result = try await configured.check(against: folder, progress: progress)
                if let mismatched = result.manifestMismatches, !mismatched.isEmpty {
                    Diagnostics.note("tradebrief: \(out) does not match its own manifest.json (an interrupted build, or files changed since): "
                        + mismatched.prefix(20).joined(separator: ", ") + (mismatched.count > 20 ? ", … (\(mismatched.count) in all)" : ""))
                }
                guard result.isUpToDate else {
                    StandardStreams.out(TerminalText.shown(result.differences.map { $0 + "\n" }.joined()))
                    Diagnostics.note("tradebrief: \(result.differences.count) file(s) in \(out) differ from a fresh build; run 'tradebrief build' to update them")
                    throw ExitCode(ExitStatus.differences)
                }
                if !quiet { Diagnostics.note("\(out) is up to date (\(result.fileCount) files)") }
                return
            }
            let (output, urls) = try await configured.write(to: folder, progress: progress)
            if !quiet {
                for (url, artifact) in zip(urls, output.artifacts) {
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
