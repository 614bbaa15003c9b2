import BriefText
import BriefCharts
import BriefData
import BriefLayout
import BriefRender
import FoundationEssentials

/// Renders per-state one-pagers: for each state a PDF, `states/XX.pdf`
/// (one page; two when a busy state's table needs them), with the state's total, rank and projects, its share of
/// the national total, a locator map, its sector mix, a table of its projects
/// and the sources; or, for a state without tracked investment, a page that
/// says so. Each page has the brief's metadata, outline and tags.
///
/// Every project of the state is listed in the table. A page fits on one
/// page when it can with type no smaller than 7 pt (the Korean second lines
/// give way first, then the figures take their compact form: the key-figure
/// cards two by two beside a narrow map with its legend inside it, then the
/// type shrinks); otherwise the table continues on the next page, which
/// carries at least two of its rows with the sources, never the sources alone.
/// The page of a state without investment lists every source of the dataset
/// when they fit it, else says that the full brief's Sources list them.
///
/// A batch renders in parallel on the machine's cores; the result does not
/// depend on scheduling (the same bytes as ``render(states:workers:progress:)``
/// with one worker, sorted by state code).
public struct StatePages: Sendable {
    /// Reports progress: pages done so far, pages in all, and the state just finished.
    public typealias Progress = @Sendable (_ done: Int, _ total: Int, _ state: String) -> Void

    /// The dataset.
    public var dataset: Dataset
    /// The paper size.
    public var pageSize: PageSize
    /// The charts' look.
    public var theme: ChartTheme
    /// The pages' look; its page size is replaced by ``pageSize``, and the
    /// pages are always set in one column.
    public var layoutStyle: LayoutStyle
    /// The PDF creation date (ISO 8601 with separators), for reproducible bytes; nil for now.
    public var creationDate: Date?
    /// The pages' language: English (`states/GA.pdf`) or Korean (`states/GA.ko.pdf`:
    /// Korean names and words, 억 달러 amounts, set in Noto Sans CJK KR, ragged right).
    public var language: BriefLanguage

    /// The folder, relative to the output folder, that the pages go into.
    public static let folder = "states"

    /// Creates a renderer for the one-pagers of `dataset`.
    public init(dataset: Dataset, pageSize: PageSize = .letter, theme: ChartTheme = .standard,
                layoutStyle: LayoutStyle = LayoutStyle(), creationDate: Date? = nil, language: BriefLanguage = .english) {
        self.language = language
        self.dataset = dataset
        self.pageSize = pageSize
        self.theme = theme
        self.layoutStyle = layoutStyle
        self.creationDate = creationDate
    }

    /// The page's path relative to the output folder: `states/GA.pdf`, or `states/GA.ko.pdf` in Korean.
    public static func relativePath(for code: String, language: BriefLanguage = .english) -> String {
        "\(folder)/\(code)\(language.fileSuffix).pdf"
    }

    /// The charts' look in the pages' language.
    private var pageTheme: ChartTheme { theme.typeset(for: language) }
    /// The pages' look in their language.
    private var pageLayoutStyle: LayoutStyle { layoutStyle.typeset(for: language) }

    /// The USPS codes of the states with tracked investment in the dataset, sorted.
    public var investedStates: [String] {
        dataset.aggregate(by: .state).rows.filter { $0.amount > .zero }.map(\.key).sorted()
    }

    /// The USPS codes of all 50 states and DC, sorted.
    public static var allStates: [String] { USState.all.map(\.code) }

    // MARK: Validation

    /// Reads a list of states such as `GA,KY` or `ga, Kentucky`: USPS codes or
    /// full names, any case, separated by commas (or semicolons); empty
    /// entries are skipped. Returns USPS codes, each once, sorted.
    /// - Throws: ``TradeBriefError/usage(_:)`` naming every entry that is not
    ///   one of the 50 states or DC (with a suggestion for likely typos), or
    ///   when the list names no state.
    public static func parseStateList(_ text: String) throws(TradeBriefError) -> [String] {
        let entries = text.split(whereSeparator: { $0 == "," || $0 == ";" })
            .map { $0.trimmingWhitespaceAndNewlines() }
            .filter { !$0.isEmpty }
        guard !entries.isEmpty else {
            throw TradeBriefError.usage("no state given; list USPS codes or names separated by commas, e.g. GA,KY or Georgia,Kentucky")
        }
        var codes = Set<String>()
        var bad: [String] = []
        for entry in entries {
            if let state = USState.named(entry) {
                codes.insert(state.code)
            } else if !bad.contains(entry) {
                bad.append(entry)
            }
        }
        guard bad.isEmpty else {
            let names = USState.all.map(\.name)
            let described = bad.map { entry -> String in
                let suggestion = entry.count > 2 ? closestMatch(to: entry, in: names) : nil
                return "'\(entry)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
            }
            let list = described.count == 1 ? described[0] : described.dropLast().joined(separator: ", ") + " and " + (described.last ?? "")
            throw TradeBriefError.usage("unknown state\(bad.count == 1 ? "" : "s") \(list); use USPS codes or full names of the 50 states "
                                        + "and DC, separated by commas, e.g. GA,KY or Georgia,Kentucky")
        }
        return codes.sorted()
    }

    // MARK: Rendering

    /// Renders the one-pagers of `states` (USPS codes or names), sorted by
    /// state code, each state once.
    ///
    /// The pages are shared among `workers` tasks (by default one per active
    /// processor core, never more than there are pages), each taking the next
    /// page when it finishes one; each task owns its
    /// own `Typesetter` and renders its pages without suspending, so Cairo
    /// and Pango objects never cross threads. With `workers` 1 the pages are
    /// rendered in order on the calling task. The bytes do not depend on
    /// the number of workers or on scheduling.
    ///
    /// - Parameters:
    ///   - states: USPS codes or names of the states to render.
    ///   - workers: how many tasks render at once (default: the active cores).
    ///   - progress: called after each page with the count done, the
    ///   count in all and the page's state code; from any thread, in the order
    ///   pages finish.
    /// - Throws: ``TradeBriefError/usage(_:)`` naming unknown states, before
    ///   anything is rendered; ``TradeBriefError/render(_:)`` when a page
    ///   cannot be drawn or a figure cannot fit a page; ``TradeBriefError/cancelled``
    ///   when the task is cancelled.
    public func render(states: [String], workers: Int? = nil, progress: Progress? = nil) async throws(TradeBriefError) -> [Artifact] {
        do {
            return try await renderPages(states: states, workers: workers, progress: progress)
        } catch {
            throw TradeBriefError.wrap(error)
        }
    }

    private func renderPages(states: [String], workers: Int?, progress: Progress?) async throws -> [Artifact] {
        let codes = try Self.validated(states)
        guard !codes.isEmpty else { return [] }
        let count = max(1, min(workers ?? ProcessInfo.processInfo.activeProcessorCount, codes.count))
        let work = StatePageWork(pages: self, codes: codes, progress: progress)
        // With one worker, on the calling task; else on `count` child tasks that share one queue.
        guard count > 1 else { return try work.artifacts(from: [work.renderTakenPages()]) }
        let parts = try await withThrowingTaskGroup(of: [StatePageWork.Page].self) { group in
            for _ in 0..<count {
                group.addTask { try work.renderTakenPages() }
            }
            var parts: [[StatePageWork.Page]] = []
            for try await part in group { parts.append(part) }
            return parts
        }
        return try work.artifacts(from: parts)
    }

    /// A typesetter for these pages' fonts and language; each worker has its own.
    func makeTypesetter() -> Typesetter {
        Typesetter(theme: pageTheme, layoutStyle: pageLayoutStyle, language: language)
    }

    /// Renders the one-pager of one state (a USPS code or name) with `typesetter`.
    /// - Throws: ``TradeBriefError/usage(_:)`` for an unknown state;
    ///   ``TradeBriefError/render(_:)`` when the page cannot be drawn or fit.
    public func render(state: String, typesetter: Typesetter) throws(TradeBriefError) -> Artifact {
        guard let code = try Self.validated([state]).first else {
            throw TradeBriefError.usage("no state given")
        }
        do {
            return try render(stateCode: code, national: NationalPicture(dataset: dataset, language: language), typesetter: typesetter,
                              heights: FigureHeights())
        } catch {
            throw TradeBriefError.wrap(error)
        }
    }

    /// The USPS codes of `states`, each once, sorted.
    static func validated(_ states: [String]) throws(TradeBriefError) -> [String] {
        guard !states.isEmpty else { return [] }
        return try parseStateList(states.joined(separator: ","))
    }

    /// Renders the one-pager of the state `code` with `typesetter`, its
    /// figures measured once into `heights` (which the pages a typesetter
    /// renders share: the locator map is measured once for all of them).
    func render(stateCode code: String, national: NationalPicture, typesetter: Typesetter, heights: FigureHeights) throws -> Artifact {
        guard let state = USState.named(code) else { throw TradeBriefError.usage("unknown state '\(code)'") }
        do {
            let composer = StatePageComposer(dataset: dataset, state: state, theme: pageTheme, national: national, language: language,
                                             heights: heights)
            let document = try layout(composer, typesetter: typesetter)
            let data = try DocumentRenderer(info: composer.documentInfo(creationDate: creationDate)).renderPDF(document, typesetter: typesetter)
            return Artifact(relativePath: Self.relativePath(for: state.code, language: language), format: .pdf, data: data, pageCount: document.pageCount)
        } catch {
            throw TradeBriefError.wrap(error)
        }
    }

    // MARK: Fitting

    /// The page style at a fit's small size: the given style on ``pageSize``,
    /// always in one column (the page's own grid puts charts side by side),
    /// in the compact form with less space after notes, in a tight fit with
    /// less space around every block.
    private func style(for fit: StatePageFit) -> LayoutStyle {
        var style = pageLayoutStyle
        style.pageSize = pageSize.size
        style.columns = 1
        style.smallSize = fit.smallSize
        // The compact form's notes sit closer to what follows them.
        if fit.compactCharts { style.paragraphSpacing = min(style.paragraphSpacing, Self.compactParagraphSpacing) }
        style.spacingScale = fit.spacingScale
        return style
    }

    /// Whether `document` is one page with nothing scaled down or running into the margin.
    private func fits(_ document: LaidOutDocument) -> Bool {
        document.pageCount == 1 && !document.hasOversizedItems
    }

    /// Lays out the fullest form of the page that fits one page; when no
    /// form does, the fullest form with its table continued on the next
    /// page (never the next page with the sources alone).
    func layout(_ composer: StatePageComposer, typesetter: Typesetter) throws -> LaidOutDocument {
        func layout(_ fit: StatePageFit, breakBeforeRow: Int? = nil) -> LaidOutDocument {
            LayoutEngine(style: style(for: fit)).layout(composer.blocks(fit: fit, breakBeforeRow: breakBeforeRow), typesetter: typesetter)
        }
        // 1. Everything on one page, with type shrinking step by step to 7 pt (for a state without
        //    investment, last, the dataset's sources left to the full brief). A fit whose page is the
        //    same as one tried already (without names in the other language to leave out, the first
        //    two are) is not laid out again: it does not fit either.
        let base = pageLayoutStyle.smallSize
        let secondNames = composer.hasSecondNames
        var tried: [(fit: StatePageFit, document: LaidOutDocument)] = []
        for fit in StatePageFit.ladder(smallSize: base) {
            if let same = tried.first(where: { $0.fit.samePage(as: fit, withSecondNames: secondNames, invested: composer.rank.hasInvestment) }) {
                tried.append((fit, same.document))
                continue
            }
            let document = layout(fit)
            if fits(document) { return document }
            tried.append((fit, document))
        }
        // 2. More pages: a form whose charts sit on the first page above the table, which continues
        //    on the next; one where every later page has rows of the table rather than the sources
        //    alone, then the fewest pages, then the fullest. (The forms tried above, not laid out again.)
        let ladder = tried.filter { !$0.document.hasOversizedItems }
        func onFirstPage(_ roles: [PlacedItem.Role], _ document: LaidOutDocument) -> Bool {
            document.items.allSatisfy { !roles.contains($0.role) || $0.page == 0 }
        }
        func rank(_ form: (offset: Int, element: (fit: StatePageFit, document: LaidOutDocument))) -> (Int, Int, Int) {
            (Self.leavesPageWithoutTable(form.element.document) ? 1 : 0, form.element.document.pageCount, form.offset)
        }
        let runOn = ladder.enumerated().filter { onFirstPage([.figure], $0.element.document) && !onFirstPage([.tableRow], $0.element.document) }
            .min { rank($0) < rank($1) }?.element
        var document = runOn?.document
        if document.map(Self.leavesPageWithoutTable) ?? true {
            // 3. The table ends on a page and what follows it (the sources) goes alone on the next: its
            //    last two rows go there with them instead (the whole table, under its heading, when it is
            //    too short to leave two rows on each page).
            let fit = runOn?.fit ?? ladder.first { onFirstPage([.figure], $0.document) }?.fit ?? .full(smallSize: base)
            let rows = composer.projects.count
            document = layout(fit, breakBeforeRow: rows >= 2 * Self.leastRowsOnAPage ? rows - Self.leastRowsOnAPage : 0)
        }
        guard let document, !document.hasOversizedItems else {
            throw TradeBriefError.render(RenderError(
                operation: "laying out the one-pager for \(composer.state.name)",
                reason: "\((document?.warnings ?? []).joined(separator: "; ")); choose a style with smaller type or margins"))
        }
        return document
    }

    /// The space after a paragraph or note in the compact form, at most.
    static let compactParagraphSpacing = 4.0

    /// The fewest rows of a one-pager's table on a page when the table is split across two.
    static let leastRowsOnAPage = 2

    /// Whether a page after the first of `document` has no row of the table:
    /// the sources (or notes) left alone on a page of their own, rather than
    /// a continuation of the table.
    static func leavesPageWithoutTable(_ document: LaidOutDocument) -> Bool {
        (1..<max(1, document.pageCount)).contains { page in !document.items(onPage: page).contains { $0.role == .tableRow } }
    }
}
