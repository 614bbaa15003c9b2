import BriefCharts
import BriefData
import BriefDocument
import BriefLayout
import BriefRender
import FoundationEssentials

/// Writes the blocks of one state's one-pager from the dataset: the state's
/// total, rank and projects as key figures, a line on its share of the
/// national total, a locator map beside its sector mix, its projects as a
/// table and the sources. A state without tracked investment gets a page
/// that says so, with the locator map and the national total for context.
///
/// Every number is computed from the dataset. How compact the page is drawn
/// is chosen by a ``StatePageFit``; ``StatePages`` picks the fullest that fits.
struct StatePageComposer {
    /// The dataset the page is about.
    let dataset: Dataset
    /// The state.
    let state: USState
    /// The charts' look.
    let theme: ChartTheme
    /// The state's standing among the states.
    let rank: StateRank
    /// The state's projects with its part of each, largest part first.
    let projects: [StateProject]
    /// What all pages of the batch share.
    let national: NationalPicture
    /// The page's language.
    let language: BriefLanguage
    /// The page's words in ``language``.
    let words: StatePageWording
    /// Where the figures' heights are kept once measured (shared by the pages of a worker).
    let heights: FigureHeights

    /// Creates a composer for `state` in `dataset`, whose shared figures
    /// `national` holds (worked out once for a batch of pages), in `language`;
    /// its charts keep their heights in `heights`, which the pages of one
    /// batch, theme and language may share.
    init(dataset: Dataset, state: USState, theme: ChartTheme, national: NationalPicture, language: BriefLanguage = .english,
         heights: FigureHeights = FigureHeights()) {
        self.language = language
        self.heights = heights
        words = StatePageWording(language: language, currencySymbol: theme.currencySymbol, abbreviatesAmounts: theme.abbreviatesAmounts,
                                 namesManufacturing: !dataset.investmentsFromUser)
        self.dataset = dataset
        self.state = state
        self.theme = theme
        self.national = national
        rank = StateRank(state: state, aggregation: national.byState, nationalProjects: dataset.investments.count)
        projects = national.projects[state.code] ?? []
    }

    private func esc(_ text: String) -> String { Typesetter.escapeMarkup(text) }
    /// A name from the data (company, project, sector, credit), escaped and cut to fit (see ``DisplayText``).
    private func name(_ text: String) -> String { esc(DisplayText.cut(text)) }

    // MARK: Document

    /// The PDF's document information.
    func metadata(creationDate: Date?) -> PDFMetadata {
        let sectors = Set(projects.map { language.sector($0.investment.sector) }).sorted()
        return PDFMetadata(
            title: words.title(state),
            author: "tradebrief",
            subject: words.subject(state, invested: rank.hasInvestment),
            keywords: words.keywords + [words.state(state), state.code] + sectors,
            creator: "tradebrief",
            creationDate: creationDate.map(ISODate.string), language: language.tag)
    }

    /// The running header and footer, and the metadata.
    func documentInfo(creationDate: Date?) -> DocumentInfo {
        DocumentInfo(
            runningTitle: words.title(state), runningDate: national.provenance.runningDate,
            footerNote: national.provenance.footerNote,
            metadata: metadata(creationDate: creationDate))
    }

    // MARK: Blocks

    /// The page's blocks, compacted as `fit` says. With `breakBeforeRow`,
    /// the table's rows from that one on start the next page (from 0: its
    /// heading and the whole table), so that a page that needs a second one
    /// continues its table there rather than leave its sources alone on it.
    func blocks(fit: StatePageFit, breakBeforeRow: Int? = nil) -> [Block] {
        var blocks: [Block] = [titleBlock()]
        if rank.hasInvestment {
            if fit.compactCharts {
                // Compact: the cards, two by two, above the sector mix, beside a narrow map (the cards'
                // labels give the national total, so no line under them).
                let theme = compactTheme
                var cards: [any Chart] = []
                if fit.keyFigureCards {
                    cards.append(measured(keyFigures(theme: theme, compact: true), "cards", compact: true))
                } else {
                    blocks.append(.paragraph(nationalLine(), alignment: .left))
                }
                let sectors = measured(sectorMix(theme: theme, compact: true, subtitle: fit.sectorSubtitle),
                                       fit.sectorSubtitle ? "sectors" : "sectors untitled", compact: true)
                blocks.append(.figure(ChartRowFigure(columns: [cards + [sectors], [measuredMap(locatorMap(theme: theme, compact: true))]],
                                                     weights: [1.25, 0.75], stackGap: 8), caption: nil))
            } else {
                // With the cards, one line adds the national total; without them, one sentence gives every figure.
                if fit.keyFigureCards {
                    blocks.append(.figure(ChartFigure(measured(keyFigures(theme: theme, compact: false), "cards", compact: false)), caption: nil))
                    blocks.append(.paragraph(nationalShareLine(), alignment: .left))
                } else {
                    blocks.append(.paragraph(nationalLine(), alignment: .left))
                }
                let sectors = measured(sectorMix(theme: theme, compact: false), "sectors", compact: false)
                blocks.append(.figure(ChartRowFigure([measuredMap(locatorMap(theme: theme)), sectors],
                                                     weights: [0.9, 1.1]), caption: nil))
            }
            if breakBeforeRow == 0 { blocks.append(.pageBreak) }
            blocks.append(.heading(esc(words.projectsHeading(state)), level: headingLevel(fit)))
            var table = projectTable(koreanNames: fit.koreanNames, cellSize: fit.smallSize + 0.4)
            table.breakBeforeRow = breakBeforeRow
            blocks.append(.table(table))
            blocks += tableNotes().map { .note($0) }
        } else {
            blocks.append(.paragraph(words.noInvestment(state) + nationalContext(), alignment: .left))
            blocks.append(.figure(ChartRowFigure([measuredMap(locatorMap(theme: theme))], maxWidth: 360), caption: nil))
        }
        blocks.append(.heading(words.sourcesHeading, level: headingLevel(fit)))
        blocks.append(.sourceNotes(sourceNotes(listingEverySource: fit.listsEverySource)))
        return blocks
    }

    /// The level of the page's headings: 2, or in the compact form 3 (the size of the compact charts' titles).
    private func headingLevel(_ fit: StatePageFit) -> Int { fit.compactCharts ? 3 : 2 }

    private func titleBlock() -> Block {
        let dateline = national.provenance.pageDateline
        return .title(esc(words.pageTitle(state)), subtitle: esc(words.pageSubtitle(state)), dateline: esc(dateline))
    }

    /// The source ids of the state's projects (amounts and locations), in table order.
    private var stateSourceIDs: [String] {
        var ids: [String] = []
        for investment in projects.map(\.investment) {
            for id in investment.provenanceSourceIDs where !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    /// The source ids of every investment, in dataset order.
    private var allSourceIDs: [String] { national.allSourceIDs }

    /// A card's credit, short enough for one line: `Source: CSIS (2025)`, or
    /// `Sources: see below` when there are several (the page lists them).
    private func cardCredit(_ ids: [String]) -> String {
        let names = creditNames(ids)
        guard let first = names.first else { return words.sourceNotStated }
        return names.count == 1 ? words.source(first) : words.sourcesBelow
    }

    /// The credit of a figure tradebrief works out from the sources' figures:
    /// `Computed from CSIS (2025)`, or `Computed from the sources below`.
    private func computedCredit(_ ids: [String]) -> String {
        let names = creditNames(ids)
        guard let first = names.first else { return words.computed }
        return names.count == 1 ? words.computed(from: first) : words.computedFromBelow
    }

    /// The sources' short credits, each once, in order.
    private func creditNames(_ ids: [String]) -> [String] {
        var names: [String] = []
        for id in ids {
            let name = dataset.source(id)?.shortCredit ?? id
            if !names.contains(name) { names.append(name) }
        }
        return names
    }

    private func keyFigures(theme: ChartTheme, compact: Bool) -> KeyFiguresChart {
        let credit = cardCredit(stateSourceIDs)
        let computed = words.computed
        // A state's part of a shared project is worked out here (from a published split or evenly),
        // and so is the sum of several projects: neither is credited as if a source had published it.
        let amountCredit = projects.count > 1 || projects.contains { isShared($0.investment) } ? computedCredit(stateSourceIDs) : credit
        let partners = SourceLine.jointPartners(projects.map(\.investment), language: language)
        let tied = rank.tiedWith.isEmpty ? nil : words.tied(rank.tiedWith)
        let rankLabel = words.rankLabel(of: rank.rankedStates, tiedWith: tied)
        let figures = [
            KeyFigure(value: words.amount(rank.amount), label: words.amountLabel(state, partners: partners), credit: amountCredit),
            KeyFigure(value: words.rankValue(rank.rank), label: rankLabel, credit: computed),
            KeyFigure(value: words.projectsValue(rank.projects), label: words.projectsLabel(rank.projects, of: rank.nationalProjects),
                      credit: words.counted),
            KeyFigure(value: rank.shareText, label: words.shareLabel(of: rank.nationalTotal), credit: computed),
        ]
        var chart = KeyFiguresChart(name: "state-key-figures", title: words.glance(state), source: credit, figures: figures,
                                    showsChrome: false, theme: theme, language: language)
        chart.compact = compact
        return chart
    }

    /// The line under the cards: the state's share of the national total.
    func nationalShareLine() -> String {
        words.nationalShareLine(state, share: rank.shareText, total: rank.nationalTotal, states: rank.rankedStates)
    }

    /// The sentence that gives every key figure and puts the state in the national picture.
    func nationalLine() -> String {
        let tied = rank.tiedWith.isEmpty ? nil : words.tied(rank.tiedWith.map { esc(USState.nameInText(of: $0, in: language)) })
        return words.nationalLine(state, rank: rank, tied: tied)
    }

    /// For a state without investment: what the dataset tracks elsewhere.
    func nationalContext() -> String {
        let rows = national.byState.rows.filter { $0.amount > .zero }
        guard !rows.isEmpty else { return words.noneAnywhere }
        let leaders = rows.prefix(3).map { "\(name(USState.nameInText(of: $0.key, in: language))) (\(words.amount($0.amount)))" }
        return words.nationalContext(total: rank.nationalTotal, projects: dataset.investments.count, states: rows.count, leaders: leaders)
    }

    // MARK: Charts

    /// `chart`, one of this state's (`what`: cards, sectors), with its heights kept in ``heights``.
    private func measured(_ chart: some Chart, _ what: String, compact: Bool) -> MeasuredChart {
        MeasuredChart(chart: chart, key: "\(state.code) \(what)\(compact ? " compact" : "")", heights: heights)
    }

    /// The locator `map` with its heights kept in ``heights``, shared with
    /// every page's map of the same look and subtitle: the outlined state
    /// changes no height.
    private func measuredMap(_ map: StateMapChart) -> MeasuredChart {
        MeasuredChart(chart: map, key: "map\(map.tucksLegend ? " compact" : "") \(map.subtitle ?? "")", heights: heights)
    }

    private var evenSplitCaveat: String { national.evenSplitCaveat }

    /// The charts' look in the compact form: smaller type and thinner bars.
    var compactTheme: ChartTheme {
        var compact = theme
        compact.titleSize = min(theme.titleSize, 11)
        compact.subtitleSize = min(theme.subtitleSize, 8.5)
        compact.labelSize = min(theme.labelSize, 8)
        compact.smallSize = min(theme.smallSize, StatePageFit.smallestSmallSize)
        compact.barThickness = min(theme.barThickness, 11)
        return compact
    }

    /// The tile map of every state's total with this state outlined; `compact`,
    /// with its legend always in the grid's empty top rows.
    func locatorMap(theme: ChartTheme, compact: Bool = false) -> StateMapChart {
        var map = StateMapChart(
            name: "state-locator", title: words.amongStates,
            subtitle: rank.hasInvestment ? nil : words.outlinedNoInvestment(state),
            source: national.mapCredit,
            amounts: national.amounts, theme: theme, highlighted: state.code, language: language)
        map.tucksLegend = compact
        return map
    }

    /// The state's part of each project, totalled by sector; `compact`, with its sources named as on the cards.
    /// Its subtitle says what the amounts are (the state's part of each project) in every form: the
    /// fits a page takes in English and Korean may differ, what it says may not. Only the last
    /// fit tried for one page goes without it (`subtitle` false; ``StatePageFit/sectorSubtitle``).
    func sectorMix(theme: ChartTheme, compact: Bool, subtitle: Bool = true) -> HorizontalBarChart {
        let colors = SectorColors(sectors: national.sectors, theme: theme)
        var totals: [String: Money] = [:]
        for project in projects { totals[project.investment.sector, default: .zero] += project.amount }
        // The state's own largest sectors by name, in their brief colours (grey without one); the rest in one grey Other bar.
        let items = colors.bars(for: totals, language: language, currencySymbol: theme.currencySymbol)
        let split = projects.contains { $0.investment.states.count > 1 }
        // Compact, the sources are named as on the cards: one by name, several as the list below.
        let credit = compact ? cardCredit(stateSourceIDs) + "." : SourceLine.credit(stateSourceIDs, in: dataset, language: language)
        return HorizontalBarChart(
            name: "state-sectors", title: words.bySector,
            subtitle: subtitle ? (split ? words.partOfEachProject(state) : words.dollars) : nil,
            source: credit + (projects.contains { $0.investment.split == .even && isShared($0.investment) } ? evenSplitCaveat : ""),
            items: items, order: .given, theme: theme, language: language)
    }

    // MARK: Table

    /// Whether a project of the page has a company name in the other
    /// language, i.e. whether ``StatePageFit/koreanNames`` changes the table
    /// (a CSV without a Korean-name column has none: the fits with and
    /// without them are then the same page).
    var hasSecondNames: Bool {
        projects.contains { !($0.investment.companyKorean ?? "").isEmpty }
    }

    private func isShared(_ investment: Investment) -> Bool { investment.states.count > 1 }

    /// Every project of the state, largest part first; the whole amount of a
    /// shared project in a second, smaller line (never below 7 pt) under
    /// cells of `cellSize` points, kept whole (`of $790M` never breaks after
    /// `of`: the column is planned at least as wide as it).
    func projectTable(koreanNames: Bool, cellSize: Double) -> TableBlock {
        let wholeSize = Int((max(StatePageFit.smallestSmallSize, cellSize - 1) * 1024).rounded())
        // The column's amounts (the state's parts, and the wholes of shared projects) are one set: one rule for decimals.
        let shared = projects.indices.filter { isShared(projects[$0].investment) }
        let texts = words.amounts(projects.map(\.amount) + shared.map { projects[$0].investment.amount })
        let wholes = Dictionary(uniqueKeysWithValues: zip(shared, texts.dropFirst(projects.count)))
        let rows = projects.indices.map { index -> [String] in
            let investment = projects[index].investment
            // The company as the page's reader knows it, and (when there is room) its name in the other language.
            var company = name(language.company(investment))
            if koreanNames, let korean = investment.companyKorean, !korean.isEmpty {
                company += language == .korean ? "\n<span lang=\"en\">\(name(investment.company))</span>"
                    : "\n<span lang=\"ko\">\(esc(korean))</span>"
            }
            let project = name(DisplayText.keepingShortLastWord(language.project(investment.project))) + (investment.locationFromOtherSource ? " †" : "")
            var money = texts[index] + (investment.split == .even && isShared(investment) ? " *" : "")
                + (InvestmentMarkNote.hasSplitMark(investment) ? " ‡" : "")
            if let whole = wholes[index] {
                money += "\n<span size=\"\(wholeSize)\" allow_breaks=\"false\">\(words.ofWhole(whole))</span>"
            }
            let source = dataset.source(investment.source)?.shortCredit ?? investment.source
            return [company, project, name(language.sector(investment.sector)), money, name(source)]
        }
        let titles = words.columns
        return TableBlock(columns: [
            TableColumn(titles[0], weight: 2.0), TableColumn(titles[1], weight: 2.0), TableColumn(titles[2], weight: 1.25),
            TableColumn(titles[3], weight: 0.95, alignment: .right, decimalAligned: true), TableColumn(titles[4], weight: 1.3),
        ], rows: Array(rows))
    }

    func tableNotes() -> [String] {
        var notes: [String] = []
        let listed = projects.map(\.investment)
        if projects.contains(where: { isShared($0.investment) }) {
            var text = esc(words.sharedNote(state))
            if listed.contains(where: { $0.split == .even && isShared($0) }) { text += esc(words.evenSplitNote) }
            notes.append(text)
        }
        let marks = InvestmentMarkNote(dataset: dataset, language: language, currencySymbol: theme.currencySymbol,
                                       abbreviatesAmounts: theme.abbreviatesAmounts)
        notes += listed.compactMap { marks.split($0, amount: words.amount) }
        notes += listed.compactMap { marks.location($0) }
        return notes
    }

    // MARK: Sources

    /// Every source of the state's projects (for a state without any, of all
    /// projects, or, not `listingEverySource`, where they are listed), then
    /// how the totals were computed.
    func sourceNotes(listingEverySource: Bool = true) -> [SourceNote] {
        let referred = !rank.hasInvestment && !listingEverySource
        let ids = rank.hasInvestment ? stateSourceIDs : (referred ? [] : allSourceIDs)
        let sources = ids.compactMap { dataset.source($0) }
        var notes = sources.map { source in
            SourceNote(text: source.citation(in: language) + (source.note(in: language).map { " \($0)" } ?? ""),
                       url: source.url.isEmpty ? nil : source.url)
        }
        let elsewhere = referred ? words.sourcesListedInTheBrief : ""
        notes.append(SourceNote(text: words.computedNote(investments: dataset.investments.count) + elsewhere))
        return notes
    }
}
