import BriefData
import BriefDocument
import BriefRender
import BriefStyle
import FoundationEssentials

/// One build of a brief as `tradebrief build` and `tradebrief watch` make
/// it: the document (a file, or the default brief), the investments and the
/// style it names unless the command line overrides them, rendered in memory.
package struct DocumentBuild: Sendable {
    /// The brief document's path; nil builds the default brief.
    package var documentPath: String?
    /// An investments CSV given on the command line (wins over the front matter's).
    package var investments: String?
    /// A style name or file given on the command line (wins over the front matter's).
    package var style: String?
    /// A paper size given on the command line (wins over the front matter's and the style's).
    package var page: PageSize?
    /// The formats to write.
    package var formats: [OutputFormat]
    /// Numbers without a source are errors rather than warnings.
    package var strict: Bool
    /// The PDF creation date, for reproducible bytes; nil for now.
    package var creationDate: Date?
    /// Folders to look in for a style name after the document's `Styles/` (the CLI passes `./Styles`).
    package var styleSearchPaths: [URL]
    /// How chart SVGs write text: real `<text>` (the default) or glyph outlines.
    package var svgText: SVGTextMode = .text
    /// The formats, besides PDF, in which each page of the brief is also written (`brief-1.png`, …).
    package var briefPageFormats: [OutputFormat] = []
    /// The language of the brief and charts built (files named `brief.ko.pdf`, `state-map.ko.svg` in Korean).
    package var language: BriefLanguage = .english
    /// How many threads the build may use (nil: one per active processor
    /// core); with two or more, the charts render beside the brief.
    package var workers: Int?
    /// Called once the inputs, the style and the paper are known, before the
    /// brief is composed: a build with one-pagers prepares them here (``Build``).
    /// Not called when reading the inputs fails.
    package var inputsLoaded: (@Sendable (Dataset, Style, PageSize) -> Void)?
    /// Called on the charts' thread when the charts are done, while the brief
    /// may still be laid out; only when the charts render beside the brief
    /// (two or more workers): a build with one-pagers starts the first then.
    package var chartsDone: (@Sendable () -> Void)?

    /// Creates a build.
    package init(documentPath: String? = nil, investments: String? = nil, style: String? = nil, page: PageSize? = nil,
                formats: [OutputFormat] = OutputFormat.allCases, strict: Bool = false, creationDate: Date? = nil,
                styleSearchPaths: [URL] = []) {
        self.documentPath = documentPath
        self.investments = investments
        self.style = style
        self.page = page
        self.formats = formats
        self.strict = strict
        self.creationDate = creationDate
        self.styleSearchPaths = styleSearchPaths
    }

    /// What a build made and read.
    package struct Outcome: Sendable {
        /// The files, in a stable order (without the manifest).
        package var artifacts: [Artifact]
        /// Warnings to show: the data's, the document's, the layout's.
        package var warnings: [String]
        /// Every input file read (for the manifest).
        package var inputs: [BriefInputs.File]
        /// The files whose change should trigger a rebuild: the document, the CSV, the style files.
        package var watchedPaths: [String]
        /// The dataset used.
        package var dataset: Dataset
        /// The style used.
        package var style: Style
        /// The paper used.
        package var pageSize: PageSize
    }

    /// The files a build of the current inputs would read, for watching even when the build fails.
    package func watchedPaths() -> [String] {
        guard let documentPath else { return [] }
        var paths = [documentPath]
        if let project = try? BriefProject.load(path: documentPath) {
            if let csv = investments ?? project.investmentsPath ?? project.watchablePath("investments") { paths.append(csv) }
            if let name = style ?? project.style, let loaded = try? loadStyle(name, project: project) {
                paths += loaded.sourceFiles.map(\.path).filter { !$0.hasPrefix("<") }
            } else if style == nil, let named = project.watchablePath("style") {
                paths.append(named)
            }
        } else if let investments {
            paths.append(investments)
        }
        return paths
    }

    private func loadStyle(_ name: String, project: BriefProject?) throws(TradeBriefError) -> Style {
        do {
            return try StyleLoader.load(name, searchPaths: (project?.styleSearchPaths ?? []) + styleSearchPaths)
        } catch {
            throw .style(error)
        }
    }

    /// Reads the inputs and renders everything in memory.
    /// - Throws: ``TradeBriefError`` with every problem of the document, the
    ///   data or the style, located; nothing is written.
    package func run() throws(TradeBriefError) -> Outcome {
        let concurrent = (workers ?? ProcessInfo.processInfo.activeProcessorCount) > 1
        // libhyphen takes about 10 ms to read the English patterns, which the brief's first
        // justified paragraph waits for; with a second core they load while the inputs and the
        // style are read (the same patterns, so the same bytes).
        let patterns = concurrent && language == .english ? BackgroundWork { Hyphenator.english != nil } : nil
        defer { _ = patterns?.wait() }
        let project = try documentPath.map { path throws(TradeBriefError) in try BriefProject.load(path: path) }
        var inputs: BriefInputs
        do {
            inputs = try BriefInputs.load(investmentsCSV: investments ?? project?.investmentsPath)
        } catch {
            let wrapped = TradeBriefError.wrap(error)
            // A CSV named by the front matter (not --investments): point at the line that names it.
            guard investments == nil, let project, let written = project.document.frontMatter.investments else { throw wrapped }
            throw wrapped.located(atFrontMatter: "investments", value: written, document: project.path,
                                  line: project.document.frontMatter.lines["investments"],
                                  column: project.document.frontMatter.columns["investments"])
        }
        var warnings = inputs.warnings.map(\.description)
        if let path = documentPath, let data = FileManager.default.contents(atPath: path) {
            inputs.files.append(BriefInputs.File(path: path, role: "document", data: data))
        }
        let styleName = style ?? project?.style ?? "default"
        let loaded: Style
        do {
            loaded = try loadStyle(styleName, project: project)
        } catch {
            // A style named by the front matter (not --style): point at the line that names it.
            guard style == nil, let project, let written = project.document.frontMatter.style else { throw error }
            throw error.located(atFrontMatter: "style", value: written, document: project.path,
                                line: project.document.frontMatter.lines["style"],
                                column: project.document.frontMatter.columns["style"])
        }
        let styleFiles = loaded.sourceFiles.map { BriefInputs.File(path: $0.path, role: "style", data: $0.data) }
        let typesetter = Typesetter(theme: loaded.chartTheme, layoutStyle: loaded.layoutStyle)
        warnings += loaded.fontWarnings(typesetter: typesetter)
        let frontPage = project?.document.frontMatter.page.flatMap { PageSize(rawValue: $0.rawValue) }
        let paper = page ?? frontPage ?? PageSize(rawValue: loaded.paperName) ?? .letter
        inputsLoaded?(inputs.dataset, loaded, paper)
        var builder = BriefBuilder(dataset: inputs.dataset, pageSize: paper, formats: formats, creationDate: creationDate,
                                   theme: loaded.chartTheme, layoutStyle: loaded.layoutStyle, document: project?.document, strict: strict)
        builder.svgText = svgText
        builder.briefPageFormats = briefPageFormats
        builder.language = language
        builder.concurrentCharts = concurrent
        builder.chartsDone = chartsDone
        let result: BriefBuilder.Result
        do {
            // Another language sets its text with its own fonts (the builder makes that typesetter).
            result = try builder.build(typesetter: language == .english ? typesetter : nil)
        } catch {
            throw TradeBriefError.wrap(error)
        }
        warnings += result.warnings
        var watched = [documentPath, investments ?? project?.investmentsPath].compactMap { $0 }
        watched += loaded.sourceFiles.map(\.path).filter { !$0.hasPrefix("<") }
        return Outcome(artifacts: result.artifacts, warnings: warnings, inputs: inputs.files + styleFiles, watchedPaths: watched,
                       dataset: inputs.dataset, style: loaded, pageSize: paper)
    }
}
