import BriefData
import BriefRender
import FoundationEssentials

/// Everything `tradebrief build` does, as one value: the brief, every chart,
/// `charts.html`, the one-pagers, `manifest.json`; written into a folder as
/// one step, or checked against what is there.
///
/// ```swift
/// var build = Build(documentPath: "brief.md")
/// build.statePages = .invested                    // states/GA.pdf, …
/// build.creationDate = Date(timeIntervalSince1970: 1_745_366_400)
/// let written = try await build.write(to: URL(fileURLWithPath: "Output")) { event in
///     if case .statePage(let done, let total, _) = event { print("\(done)/\(total)") }
/// }
/// let check = try await build.check(against: URL(fileURLWithPath: "Output"))
/// print(check.isUpToDate)   // true
/// ```
///
/// Everything is rendered in memory first; ``write(to:progress:)`` then
/// writes every file under a temporary name and renames them into place
/// (the manifest last), so a failed build leaves the previous files as they
/// were. ``check(against:progress:)`` writes nothing.
public struct Build: Sendable {
    /// Which one-pagers a build writes into `states/`.
    public enum StatePageSelection: Sendable, Hashable {
        /// None (the default).
        case none
        /// One for every state with investment in the data.
        case invested
        /// One for each of these states (USPS codes or names; a state without investment gets an honest page).
        case only([String])
    }

    /// What a build reports while it runs.
    public enum Progress: Sendable {
        /// Warnings of the first language's inputs, document and layout, once they are known (before the one-pagers).
        case warnings([String])
        /// A one-pager is done: how many so far, how many in all, and the state's code.
        case statePage(done: Int, total: Int, state: String)
    }

    /// Receives ``Progress`` reports, from any thread, one at a time.
    public typealias ProgressHandler = @Sendable (Progress) -> Void

    /// The brief document's path (Markdown with live figures); nil builds the default brief.
    public var documentPath: String?
    /// An investments CSV that wins over the one the document names; nil for the document's, else the embedded data.
    public var investments: String?
    /// A style name or file that wins over the document's; nil for the document's, else `default`.
    public var style: String?
    /// A paper size that wins over the document's and the style's.
    public var page: PageSize?
    /// The formats of the charts; `pdf` among them adds the brief.
    public var formats: [OutputFormat]
    /// The formats, besides PDF, in which each page of the brief is also written (`brief-1.png`, …); none by default.
    public var briefPageFormats: [OutputFormat] = []
    /// How chart SVGs write text: real `<text>` (the default) or glyph outlines.
    public var svgText: SVGTextMode = .text
    /// Numbers in the document's prose that are neither live figures nor cited are errors, not warnings.
    public var strict = false
    /// The languages built, in order: English writes `brief.pdf`, Korean `brief.ko.pdf`, `state-map.ko.svg`, ….
    /// Nil (the default) builds the document in the language its front matter names, or the default
    /// English brief. A language other than the document's builds its edition beside it
    /// (`brief.md` ↔ `brief.ko.md`; see ``editions()``); without a document, that language's default brief.
    public var languages: [BriefLanguage]?
    /// The one-pagers to write into `states/`.
    public var statePages: StatePageSelection = .none
    /// How many threads the build uses: how many one-pagers render at once,
    /// and from two, the charts render beside the brief, then the first one-pager; nil for one per
    /// active processor core. The bytes do not depend on it.
    public var workers: Int?
    /// The creation date stamped into PDFs and the manifest; nil stamps the time of the build (whole
    /// seconds), which the manifest records as its ``Manifest/creationDate`` but not as its
    /// ``Manifest/sourceDateEpoch``. Set it, e.g. from `SOURCE_DATE_EPOCH`, for byte-identical output.
    public var creationDate: Date?
    /// The date stamped when ``creationDate`` is nil, instead of the time of
    /// the build: ``check(against:progress:)`` sets the checked folder's own.
    private var buildDate: Date?
    /// Folders to look in for a style name after the document's `Styles/` (the CLI passes `./Styles`).
    public var styleSearchPaths: [URL] = []
    /// The version recorded in the manifest.
    public var version = TradeBriefVersion.current

    /// A build of the document at `documentPath` (nil: the default brief) with the charts in `formats`.
    public init(documentPath: String? = nil, formats: [OutputFormat] = OutputFormat.allCases) {
        self.documentPath = documentPath
        self.formats = formats
    }

    /// What a build made.
    public struct Output: Sendable {
        /// Every file, in a stable order, `manifest.json` last.
        public var artifacts: [Artifact]
        /// The manifest (also the last of ``artifacts``).
        public var manifest: Manifest
        /// Warnings of the first language's inputs, document and layout.
        public var warnings: [String]
        /// The files whose change should trigger a rebuild: the document, the CSV, the style files.
        public var watchedPaths: [String]
    }

    /// What ``check(against:progress:)`` found.
    public struct Check: Sendable {
        /// The files (relative paths) whose bytes differ from a fresh build; missing ones end in ` (missing)`.
        public var differences: [String]
        /// The files that do not match the folder's own `manifest.json` (an interrupted build, or files changed
        /// since); nil when the folder has no readable manifest.
        public var manifestMismatches: [String]?
        /// The files a fresh build makes, the manifest included.
        public var fileCount: Int
        /// Whether the folder holds exactly what a fresh build makes.
        public var isUpToDate: Bool { differences.isEmpty }
    }

    /// Renders every file in memory, the manifest included; writes nothing.
    /// - Parameter progress: Receives warnings and one-pager progress.
    /// - Throws: ``TradeBriefError`` with every problem of the document, the
    ///   data or the style, located; ``TradeBriefError/usage(_:)`` for an unknown state or an empty language list.
    public func render(progress: ProgressHandler? = nil) async throws(TradeBriefError) -> Output {
        if let languages, languages.isEmpty { throw .usage("no language to build; give at least one, e.g. [.english]") }
        if let workers, !(1...256).contains(workers) { throw .usage("workers must be between 1 and 256; \(workers) is not") }
        // A bad state list is an error before anything is rendered.
        let chosenStates: [String]?
        switch statePages {
        case .none, .invested: chosenStates = nil
        case .only(let states):
            do {
                chosenStates = try StatePages.parseStateList(states.joined(separator: ","))
            } catch {
                throw TradeBriefError.wrap(error)
            }
        }
        let stamped = creationDate ?? buildDate ?? Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
        return try await render(stamping: stamped, chosenStates: chosenStates, progress: progress)
    }

    /// Renders every file with `stamped` as the creation date; see ``render(progress:)``.
    private func render(stamping stamped: Date, chosenStates: [String]?, progress: ProgressHandler?) async throws(TradeBriefError) -> Output {
        var made: [Artifact] = []
        var first: DocumentBuild.Outcome?
        for edition in try editions() {
            let language = edition.language
            guard !Task.isCancelled else { throw .cancelled }
            var build = DocumentBuild(documentPath: edition.documentPath, investments: investments, style: style,
                                      page: page, formats: formats, strict: strict, creationDate: stamped,
                                      styleSearchPaths: styleSearchPaths)
            build.svgText = svgText
            build.language = language
            build.briefPageFormats = briefPageFormats
            build.workers = workers
            // The one-pagers are prepared once the inputs are read; with two or more workers the first
            // starts when the charts are done (in place of their thread), beside the brief, and the
            // others join after the brief (with one, all after it). The same bytes either way.
            let batch = StatePageBatch(progress: progress)
            let count = workers ?? ProcessInfo.processInfo.activeProcessorCount
            let prepare: @Sendable (Dataset, Style, PageSize) -> Void = { dataset, style, paper in
                batch.prepare(StatePages(dataset: dataset, pageSize: paper, theme: style.chartTheme,
                                         layoutStyle: style.layoutStyle, creationDate: stamped, language: language),
                              states: chosenStates)
            }
            if statePages != .none {
                build.inputsLoaded = prepare
                if count > 1 { build.chartsDone = { batch.startWorkers(upTo: 1) } }
            }
            let outcome: DocumentBuild.Outcome
            do {
                outcome = try build.run()
            } catch {
                await batch.cancel()
                throw error
            }
            guard !Task.isCancelled else {
                await batch.cancel()
                throw .cancelled
            }
            if first == nil {
                first = outcome
                progress?(.warnings(outcome.warnings))
            }
            made += outcome.artifacts
            guard statePages != .none else { continue }
            prepare(outcome.dataset, outcome.style, outcome.pageSize)   // already done unless the hook was not called
            batch.releaseProgress()
            made += try await batch.artifacts(workers: workers)
        }
        guard !Task.isCancelled else { throw .cancelled }
        let manifest = Manifest(version: version, sourceDateEpoch: creationDate.map(ISODate.string),
                                creationDate: ISODate.string(stamped), inputs: first?.inputs ?? [], artifacts: made)
        let manifestFile: Artifact
        do {
            manifestFile = try manifest.artifact()
        } catch {
            throw TradeBriefError.wrap(error)
        }
        return Output(artifacts: made + [manifestFile], manifest: manifest, warnings: first?.warnings ?? [],
                      watchedPaths: first?.watchedPaths ?? [])
    }

    /// Renders every file and writes them into `folder` as one step: under
    /// temporary names first, then renamed into place, the manifest last.
    /// A failure leaves the folder's previous files as they were.
    /// - Returns: What was made, and the written files' URLs in the order of its artifacts.
    /// - Throws: What ``render(progress:)`` throws; ``TradeBriefError/io(path:reason:)`` naming a file that cannot be written.
    @discardableResult
    public func write(to folder: URL, progress: ProgressHandler? = nil) async throws(TradeBriefError) -> (output: Output, files: [URL]) {
        let output = try await render(progress: progress)
        let files = try ArtifactWriter(folder: folder).write(output.artifacts)
        return (output, files)
    }

    /// Renders every file in memory and compares them with `folder`'s; writes nothing.
    /// - Throws: What ``render(progress:)`` throws.
    public func check(against folder: URL, progress: ProgressHandler? = nil) async throws(TradeBriefError) -> Check {
        let writer = ArtifactWriter(folder: folder)
        var fresh = self
        // Without a fixed date, the folder's own build date: a folder checked right after its build matches.
        if creationDate == nil { fresh.buildDate = writer.recordedManifest()?.creationDate.flatMap(ISODate.date) }
        let output = try await fresh.render(progress: progress)
        return Check(differences: writer.differences(from: output.artifacts), manifestMismatches: writer.manifestMismatches(),
                     fileCount: output.artifacts.count)
    }

    /// The files a build of the current inputs reads, for watching even when the build fails.
    public func watchedPaths() -> [String] {
        DocumentBuild(documentPath: documentPath, investments: investments, style: style, styleSearchPaths: styleSearchPaths).watchedPaths()
    }
}
