import BriefCharts
import BriefData
import BriefDocument
import BriefLayout
import BriefRender
import Foundation

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

    /// Creates a composer for `state` in `dataset`, whose shared figures
    /// `national` holds (worked out once for a batch of pages).
    init(dataset: Dataset, state: USState, theme: ChartTheme, national: NationalPicture) {
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
    func metadata(creationDate: String?) -> PDFMetadata {
        let sectors = Set(projects.map(\.investment.sector)).sorted()
        return PDFMetadata(
            title: "Korean investment in \(state.name)",
            author: "tradebrief",
            subject: rank.hasInvestment
                ? "Korean manufacturing investment tracked in \(state.name): total, rank among states, projects, sectors and sources"
                : "No Korean manufacturing investment is tracked in \(state.name) in this dataset",
            keywords: ["Korea", "United States", "foreign direct investment", state.name, state.code] + sectors,
            creator: "tradebrief",
            creationDate: creationDate)
    }

    /// The running header and footer, and the metadata.
    func documentInfo(creationDate: String?) -> DocumentInfo {
        DocumentInfo(
            runningTitle: "Korean investment in \(state.name)", runningDate: ProvenanceLines(dataset: dataset).runningDate,
            footerNote: ProvenanceLines(dataset: dataset).footerNote,
            metadata: metadata(creationDate: creationDate))
    }

    // MARK: Blocks

    /// The page's blocks, compacted as `fit` says.
    func blocks(fit: StatePageFit) -> [Block] {
        var blocks: [Block] = [titleBlock()]
        if rank.hasInvestment {
            // With the cards, one line adds the national total; without them, one sentence gives every figure.
            if fit.keyFigureCards {
                blocks.append(.figure(ChartFigure(keyFigures()), caption: nil))
                blocks.append(.paragraph(nationalShareLine(), alignment: .left))
            } else {
                blocks.append(.paragraph(nationalLine(), alignment: .left))
            }
            let theme = fit.compactCharts ? compactTheme : self.theme
            blocks.append(.figure(ChartRowFigure([locatorMap(theme: theme), sectorMix(theme: theme, subtitle: !fit.compactCharts)],
                                                 weights: fit.compactCharts ? [0.75, 1.25] : [0.9, 1.1]), caption: nil))
            blocks.append(.heading(esc("Projects in \(state.name)"), level: 2))
            blocks.append(.table(projectTable(koreanNames: fit.koreanNames, cellSize: fit.smallSize + 0.4)))
            blocks += tableNotes().map { .note($0) }
        } else {
            blocks.append(.paragraph("<b>No Korean manufacturing investment is tracked in \(esc(state.name)) in this dataset.</b> "
                                     + nationalContext(), alignment: .left))
            blocks.append(.figure(ChartRowFigure([locatorMap(theme: theme)], maxWidth: 360), caption: nil))
        }
        blocks.append(.heading("Sources", level: 2))
        blocks.append(.sourceNotes(sourceNotes()))
        return blocks
    }

    private func titleBlock() -> Block {
        let dateline = ProvenanceLines(dataset: dataset).dateline
        return .title(esc(state.name), subtitle: esc("Korean manufacturing investment tracked in \(state.name)"), dateline: esc(dateline))
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
        var names: [String] = []
        for id in ids {
            let name = dataset.source(id)?.shortCredit ?? id
            if !names.contains(name) { names.append(name) }
        }
        guard let first = names.first else { return "Source: not stated" }
        return names.count == 1 ? "Source: \(first)" : "Sources: see below"
    }

    private func keyFigures() -> KeyFiguresChart {
        let credit = cardCredit(stateSourceIDs)
        let computed = "Computed by tradebrief"
        // A state's part of a shared project is worked out here (from a published split or evenly).
        let amountCredit = projects.contains { isShared($0.investment) } ? "Computed from the sources below" : credit
        var rankLabel = "of \(rank.rankedStates) state\(rank.rankedStates == 1 ? "" : "s") by amount"
        if !rank.tiedWith.isEmpty { rankLabel = "of \(rank.rankedStates) states, tied with \(tiedText(rank.tiedWith))" }
        let figures = [
            KeyFigure(value: MoneyFormat.short(rank.amount), label: "Korean investment tracked in \(state.name)", credit: amountCredit),
            KeyFigure(value: rank.rank.map(StateRank.ordinal) ?? "–", label: rankLabel, credit: computed),
            KeyFigure(value: "\(rank.projects)", label: "project\(rank.projects == 1 ? "" : "s") (\(rank.nationalProjects) tracked in all)",
                      credit: "Counted by tradebrief"),
            KeyFigure(value: rank.shareText, label: "of the \(MoneyFormat.short(rank.nationalTotal)) U.S. total", credit: computed),
        ]
        return KeyFiguresChart(name: "state-key-figures", title: "\(state.name) at a glance", source: credit, figures: figures,
                               showsChrome: false, theme: theme)
    }

    /// The line under the cards: the state's share of the national total.
    func nationalShareLine() -> String {
        let states = rank.rankedStates
        return "\(esc(state.name)) holds <b>\(rank.shareText)</b> of the <b>\(MoneyFormat.long(rank.nationalTotal))</b> "
            + "tracked nationally in \(states) state\(states == 1 ? "" : "s")."
    }

    /// The sentence that gives every key figure and puts the state in the national picture.
    func nationalLine() -> String {
        let name = esc(state.name)
        let place: String
        if let rankText = rank.rankText {
            if rank.tiedWith.isEmpty {
                place = "\(name) ranks \(rankText) with tracked Korean manufacturing investment"
            } else {
                let others = tiedText(rank.tiedWith.map { esc(USState.named($0)?.name ?? $0) })
                place = "\(name) ranks \(rankText) with tracked Korean manufacturing investment, tied with \(others)"
            }
        } else {
            place = name
        }
        let count = rank.projects == 1 ? "one project" : "\(rank.projects) projects"
        return "\(place): <b>\(MoneyFormat.long(rank.amount))</b> in \(count), <b>\(rank.shareText)</b> of the "
            + "\(MoneyFormat.long(rank.nationalTotal)) tracked nationally across \(rank.nationalProjects) project\(rank.nationalProjects == 1 ? "" : "s")."
    }

    /// For a state without investment: what the dataset tracks elsewhere.
    func nationalContext() -> String {
        let rows = national.byState.rows.filter { $0.amount > .zero }
        guard !rows.isEmpty else { return "The dataset tracks no Korean manufacturing investment in any state." }
        let count = dataset.investments.count
        let leaders = rows.prefix(3).map { "\(name($0.label)) (\(MoneyFormat.short($0.amount)))" }
        return "For context, the dataset tracks <b>\(MoneyFormat.long(rank.nationalTotal))</b> across \(count) project\(count == 1 ? "" : "s") "
            + "in \(rows.count) state\(rows.count == 1 ? "" : "s"), led by \(listText(leaders))."
    }

    /// The states tied with this one: `KY`, `KY and TN`, or `4 others` beyond two.
    private func tiedText(_ names: [String]) -> String {
        names.count > 2 ? "\(names.count) others" : listText(names)
    }

    /// "A", "A and B", "A, B and C".
    private func listText(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
    }

    // MARK: Charts

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

    /// The tile map of every state's total with this state outlined.
    func locatorMap(theme: ChartTheme) -> StateMapChart {
        StateMapChart(
            name: "state-locator", title: "Among the states",
            subtitle: rank.hasInvestment ? nil : "\(state.name), outlined, has no tracked investment",
            source: national.mapCredit,
            amounts: national.amounts, theme: theme, highlighted: state.code)
    }

    /// The state's part of each project, totalled by sector.
    func sectorMix(theme: ChartTheme, subtitle: Bool) -> HorizontalBarChart {
        let colors = SectorColors(dataset: dataset, theme: theme)
        var totals: [String: Money] = [:]
        for project in projects { totals[project.investment.sector, default: .zero] += project.amount }
        // The brief's largest sectors in their colours; the rest in one grey Other bar.
        let items = colors.bars(for: totals)
        let split = projects.contains { $0.investment.states.count > 1 }
        return HorizontalBarChart(
            name: "state-sectors", title: "By sector",
            subtitle: subtitle ? (split ? "\(state.name)’s part of each project, U.S. dollars" : "U.S. dollars") : nil,
            source: SourceLine.credit(stateSourceIDs, in: dataset)
                + (projects.contains { $0.investment.split == .even && isShared($0.investment) } ? evenSplitCaveat : ""),
            items: items, order: .given, theme: theme)
    }

    // MARK: Table

    private func isShared(_ investment: Investment) -> Bool { investment.states.count > 1 }

    /// Every project of the state, largest part first; the whole amount of a
    /// shared project in a second, smaller line (never below 7 pt) under
    /// cells of `cellSize` points.
    func projectTable(koreanNames: Bool, cellSize: Double) -> TableBlock {
        let wholeSize = Int((max(StatePageFit.smallestSmallSize, cellSize - 1) * 1024).rounded())
        let rows = projects.map { project -> [String] in
            let investment = project.investment, amount = project.amount
            var company = name(investment.company)
            if koreanNames, let korean = investment.companyKorean, !korean.isEmpty {
                company += "\n<span lang=\"ko\">\(esc(korean))</span>"
            }
            let project = name(investment.project) + (investment.locationFromOtherSource ? " †" : "")
            var money = MoneyFormat.short(amount) + (investment.split == .even && isShared(investment) ? " *" : "")
                + (investment.splitFromOtherSource || investment.joint != nil ? " ‡" : "")
            if isShared(investment) {
                money += "\n<span size=\"\(wholeSize)\">of \(MoneyFormat.short(investment.amount))</span>"
            }
            let source = dataset.source(investment.source)?.shortCredit ?? investment.source
            return [company, project, name(investment.sector), money, name(source)]
        }
        return TableBlock(columns: [
            TableColumn("Company", weight: 2.0), TableColumn("Project", weight: 2.0), TableColumn("Sector", weight: 1.25),
            TableColumn("Amount", weight: 0.95, alignment: .right, decimalAligned: true), TableColumn("Source", weight: 1.3),
        ], rows: Array(rows))
    }

    func tableNotes() -> [String] {
        var notes: [String] = []
        let listed = projects.map(\.investment)
        if projects.contains(where: { isShared($0.investment) }) {
            var text = "Amounts are \(esc(state.name))’s part of each project; “of” gives the whole amount of a project shared with other states."
            if listed.contains(where: { $0.split == .even && isShared($0) }) {
                text += " * The data gives no split among states; the amount is divided evenly among the project’s states."
            }
            notes.append(text)
        }
        for investment in listed where investment.splitFromOtherSource || investment.joint != nil {
            var text = "‡ \(name(investment.company)): "
            if isShared(investment), let id = investment.splitSource {
                let parts = investment.allocations.map { "\(esc(USState.named($0.state)?.name ?? $0.state)) \(MoneyFormat.short($0.amount))" }
                text += "split as published by \(name(dataset.source(id)?.shortCredit ?? id)): \(listText(parts)). "
            }
            if let joint = investment.joint {
                text += "A joint commitment; \(name(joint.partner))’s share of the whole is \(joint.partnerShareText) "
                    + "(\(name(dataset.source(joint.source)?.shortCredit ?? joint.source)))."
            }
            notes.append(text)
        }
        for investment in listed where investment.locationFromOtherSource {
            let other = investment.locationSource.flatMap { dataset.source($0) }
            notes.append("† \(name(investment.company)): \(esc(investment.note ?? "the location is not given by the main source."))"
                         + (other.map { " Location source: \(name($0.shortCredit))." } ?? ""))
        }
        return notes
    }

    // MARK: Sources

    /// Every source of the state's projects (of all projects, for a state without any), then how the totals were computed.
    func sourceNotes() -> [SourceNote] {
        let ids = rank.hasInvestment ? stateSourceIDs : allSourceIDs
        let sources = ids.compactMap { dataset.source($0) }
        var notes = sources.map { SourceNote(text: $0.citation + ($0.note.map { " \($0)" } ?? ""), url: $0.url.isEmpty ? nil : $0.url) }
        let count = dataset.investments.count
        notes.append(SourceNote(text: "Totals, rank and shares: tradebrief, computed from the \(count) tracked investment\(count == 1 ? "" : "s") "
                                + "in this dataset. Amounts are announced commitments in U.S. dollars, not disbursements."))
        return notes
    }
}
