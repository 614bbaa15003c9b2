import BriefCharts
import BriefData
import BriefDocument
import BriefLayout
import BriefRender
import Foundation

/// Turns a dataset into the blocks of the brief: the text is written here
/// from the data (every number is computed from or read out of the dataset),
/// the charts come from the catalog.
public struct BriefComposer {
    /// The dataset the brief is about.
    public let dataset: Dataset
    /// The charts' look.
    public var theme: ChartTheme
    /// At most this many investments are listed in the table; the rest are summed up in a note.
    public var tableLimit: Int

    /// Creates a composer.
    public init(dataset: Dataset, theme: ChartTheme = .standard, tableLimit: Int = 60) {
        self.dataset = dataset
        self.theme = theme
        self.tableLimit = max(1, tableLimit)
    }

    private func esc(_ text: String) -> String { Typesetter.escapeMarkup(text) }
    /// A name from the data (company, project, sector, credit), escaped and cut to fit (see ``DisplayText``).
    private func name(_ text: String) -> String { esc(DisplayText.cut(text)) }
    private func money(_ amount: Money) -> String { MoneyFormat.long(amount) }

    /// `SK Hynix’s Semiconductor facility` (names as written), `Acme’s $1.2B commitment`
    /// when the project is not named; with `amount`, `SK Hynix’s $3.87B Semiconductor facility`.
    private func owned(_ investment: Investment, amount: Bool = false) -> String {
        let figure = amount ? MoneyFormat.short(investment.amount) + " " : ""
        let project = investment.project.trimmingCharacters(in: .whitespaces)
        return "\(name(investment.company))’s \(figure)" + (project.isEmpty ? "commitment" : name(project))
    }

    /// The charts the brief shows, in order, by catalog name; names the
    /// catalog does not (yet) know are skipped.
    public static let chartNames = ["key-figures", "state-bars", "state-map", "sector-bars", "state-sector", "trade-balance"]

    /// The brief's charts carry their takeaway as title (``ChartTakeaway``).
    private func chart(_ name: String) -> (any Chart)? {
        try? ChartCatalog.chart(named: name, dataset: dataset, theme: theme, options: ChartOptions(titles: .takeaway))
    }

    private func figure(_ name: String, caption: String) -> [Block] {
        guard let chart = chart(name) else { return [] }
        return [.figure(ChartFigure(chart), caption: nil)]
    }

    /// The blocks of the whole brief.
    public func blocks() -> [Block] {
        var blocks: [Block] = []
        let dateline = ProvenanceLines(dataset: dataset).dateline
        blocks.append(.title(esc(dataset.title), subtitle: esc(dataset.subtitle), dateline: esc(dateline)))
        blocks += figure("key-figures", caption: "At a glance")
        blocks.append(.heading("Summary", level: 1))
        blocks += summaryParagraphs().map { .paragraph($0) }
        blocks += investmentSection()
        blocks += tradeSection()
        blocks += cooperationSection()
        blocks += challengesSection()
        blocks += pathForward()
        blocks += sourcesSection()
        return blocks
    }

    // MARK: Sections

    func summaryParagraphs() -> [String] {
        let states = dataset.aggregate(by: .state)
        let investments = dataset.investments
        var first: [String] = []
        if dataset.indicator("korea-largest-investor")?.value == 1 {
            let share = dataset.indicator("korea-share-of-us-fdi").map { ", accounting for \($0.formattedValue) of total U.S. foreign direct investment" } ?? ""
            let year = dataset.indicator("korea-largest-investor")?.year.map { " in \($0)" } ?? ""
            first.append("The Republic of Korea became the largest foreign investor in the United States\(year)\(share).")
        }
        if let top = states.rows.first, let largest = investments.max(by: { $0.amount < $1.amount }) {
            let joint = largest.joint.map { " (a joint commitment; \(name($0.partner))’s share is \($0.partnerShareText))" } ?? ""
            first.append("The \(investments.count) manufacturing investment\(investments.count == 1 ? "" : "s") tracked in this brief total <b>\(money(states.total))</b> across \(states.rows.count) state\(states.rows.count == 1 ? "" : "s"). \(name(top.label)) receives the most, \(money(top.amount)), and the largest single commitment is \(owned(largest)) at \(money(largest.amount))\(joint).")
        }
        return [first.joined(separator: " "), tradeSentences().prefix(1).joined(separator: " ")].filter { !$0.isEmpty }
    }

    /// An indicator's value in words with its source: `about $65.5 billion (Census, 2024)`.
    private func stated(_ indicator: Indicator) -> String {
        let credit = dataset.source(indicator.source)?.inlineCredit ?? indicator.source
        return "about \(money(Money(dollars: indicator.value))) (\(name(credit))\(indicator.isConfirmed ? "" : ", not confirmed"))"
    }

    /// The goods trade in 2024 from the corrected indicators, then what the
    /// main article says instead and why it differs.
    func tradeSentences() -> [String] {
        var sentences: [String] = []
        let exports = dataset.indicator("us-goods-exports-to-korea"), imports = dataset.indicator("us-goods-imports-from-korea")
        let deficit = dataset.indicator("us-trade-deficit-with-korea")
        if let exports {
            let year = exports.year.map { "In \($0), " } ?? ""
            var sentence = "\(year)U.S. goods exports to Korea were \(stated(exports))"
            if let imports { sentence += " and imports from Korea \(stated(imports))" }
            if let deficit { sentence += ", a U.S. goods deficit of \(stated(deficit))" }
            sentences.append(sentence + ".")
        } else if let deficit {
            sentences.append("The United States records a goods trade deficit with Korea of \(stated(deficit)).")
        }
        if let article = dataset.indicator("article-stated-us-exports"), let corrected = article.correctedBy.flatMap({ dataset.indicator($0) }) {
            let main = dataset.source(article.source).map { $0.shortCredit.components(separatedBy: " (").first ?? $0.shortCredit } ?? article.source
            var sentence = "The \(esc(main)) article gives \(money(Money(dollars: article.value))) as U.S. exports to Korea and calls Korea the second-largest destination for U.S. exports; "
                + "\(money(Money(dollars: corrected.value))) is in fact \(name(corrected.label))"
                + (corrected.year.map { " in \($0)" } ?? "") + " (\(name(dataset.source(corrected.source)?.inlineCredit ?? corrected.source)))"
            if let rank = dataset.indicator("us-rank-among-korea-export-markets"), rank.value == 2 {
                sentence += ", which made the United States Korea’s second-largest export market"
                if let china = dataset.indicator("korea-exports-to-china") { sentence += ", after China (\(money(Money(dollars: china.value))))" }
            }
            sentences.append(sentence + ".")
        }
        return sentences
    }

    func investmentSection() -> [Block] {
        var blocks: [Block] = [.heading("Korean investment in U.S. states", level: 1)]
        let states = dataset.aggregate(by: .state)
        let sectors = dataset.aggregate(by: .sector)
        let leaders = states.rows.prefix(3).map { name($0.label) }
        blocks.append(.paragraph("The tracked commitments reach \(states.rows.count) state\(states.rows.count == 1 ? "" : "s"), led by \(listText(leaders)) (totals computed by tradebrief from each project’s amount and states)."))
        blocks += figure("state-bars", caption: "Tracked Korean investment by state")
        if let top = states.rows.first {
            let projects = dataset.investments.filter { $0.states.contains { $0.state == top.key } }
            func share(_ investment: Investment) -> Money { investment.allocations.first { $0.state == top.key }?.amount ?? .zero }
            let largest = projects.sorted { share($0) > share($1) }
            var parts = largest.prefix(4).map { "\(owned($0)) (\(MoneyFormat.short(share($0))))" }
            if largest.count > 4 { parts.append("\(largest.count - 4) more") }
            blocks.append(.paragraph("\(name(top.label)) hosts \(projects.count == 1 ? "one project" : "\(projects.count) projects"): \(listText(parts)), for \(money(top.amount)) in all, \(percent(top.amount, of: states.total)) of the tracked total."))
        }
        blocks += figure("state-map", caption: "Where the investment lands")
        var mapNotes: [String] = []
        let even = dataset.investments.filter { $0.split == .even }
        for investment in even.prefix(3) {
            let names = investment.states.map { USState.named($0.state)?.name ?? $0.state }
            mapNotes.append("\(listText(names.map(esc))) share \(owned(investment)); as the data gives no split, each is credited with an equal part (\(MoneyFormat.short(investment.allocations.first?.amount ?? .zero)) each).")
        }
        if even.count > 3 {
            mapNotes.append("\(even.count - 3) more investments name several states without a split; each of their states is credited with an equal part.")
        }
        for investment in dataset.investments.filter({ $0.isMultiState && $0.split != .even }).prefix(3) {
            let parts = investment.allocations.map { "\(esc(USState.named($0.state)?.name ?? $0.state)) \(MoneyFormat.short($0.amount))" }
            let credit = (investment.splitSource ?? investment.source)
            mapNotes.append("\(name(investment.company))’s \(MoneyFormat.short(investment.amount)) is split as published by \(name(dataset.source(credit)?.shortCredit ?? credit)): \(listText(parts)).")
        }
        let elsewhere = dataset.investments.filter(\.locationFromOtherSource)
        for investment in elsewhere.prefix(3) {
            let names = investment.states.map { USState.named($0.state)?.name ?? $0.state }
            mapNotes.append("\(owned(investment, amount: true)) is placed in \(listText(names.map(esc))) from the company’s own announcement, as the main source does not name the state.")
        }
        if !mapNotes.isEmpty { blocks.append(.paragraph(mapNotes.joined(separator: " "))) }
        if let top = sectors.rows.first {
            let shares = sectors.rows.prefix(4).map { "\(name($0.label)) \(MoneyFormat.short($0.amount))" }
            blocks.append(.paragraph("By sector, the commitments break down as \(listText(shares)). The largest sector, \(name(top.label)), accounts for \(percent(top.amount, of: sectors.total)) of the total (computed)."))
        }
        blocks += figure("sector-bars", caption: "Tracked Korean investment by sector")
        blocks.append(.heading("The tracked investments", level: 2))
        blocks.append(.table(investmentTable()))
        blocks += investmentNotes().map { .note($0) }
        return blocks
    }

    /// "A", "A and B", "A, B and C".
    private func listText(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
    }

    func investmentTable() -> TableBlock {
        let sorted = dataset.investments.sorted { $0.amount != $1.amount ? $0.amount > $1.amount : $0.company < $1.company }
        let rows = sorted.prefix(tableLimit).map { investment -> [String] in
            var company = name(investment.company)
            if let korean = investment.companyKorean, !korean.isEmpty { company += "\n<span lang=\"ko\">\(esc(korean))</span>" }
            let states = investment.states.map { $0.state }.joined(separator: ", ")
                + (investment.split == .even ? " *" : "") + (investment.locationFromOtherSource ? " †" : "")
                + (investment.splitFromOtherSource || investment.joint != nil ? " ‡" : "")
            let source = dataset.source(investment.source)?.shortCredit ?? investment.source
            return [company, name(investment.project), esc(states), name(investment.sector), MoneyFormat.short(investment.amount), name(source)]
        }
        // Where the table cannot fit the page, a source becomes its number in the Sources list,
        // then companies lose their Korean names' line.
        let listed = Array(sorted.prefix(tableLimit))
        let references = listed.map { investment in
            dataset.sources.firstIndex { $0.id == investment.source }.map { "[\($0 + 1)]" } ?? esc(investment.source)
        }
        return TableBlock(columns: [
            TableColumn("Company", weight: 2.1), TableColumn("Project", weight: 1.7), TableColumn("State(s)", weight: 0.9),
            TableColumn("Sector", weight: 1.3), TableColumn("Amount", weight: 0.9, alignment: .right, decimalAligned: true), TableColumn("Source", weight: 1.1),
        ], rows: Array(rows), fallbacks: [
            .replace(5, with: TableColumn("Source", weight: 0.5), cells: references),
            .replace(0, with: TableColumn("Company", weight: 2.1), cells: listed.map { name($0.company) }),
        ])
    }

    func investmentNotes() -> [String] {
        var notes: [String] = []
        // Where exactness matters: the table rounds each amount, the total is given to the dollar.
        let count = dataset.investments.count
        notes.append("Total of the \(count) tracked investment\(count == 1 ? "" : "s"): \(MoneyFormat.full(dataset.aggregate(by: .company).total)) "
                     + "(exact; amounts in the table are rounded to three significant digits).")
        let hidden = dataset.investments.count - min(dataset.investments.count, tableLimit)
        if hidden > 0 {
            let sorted = dataset.investments.sorted { $0.amount > $1.amount }
            let rest = sorted.dropFirst(tableLimit).reduce(Money.zero) { $0 + $1.amount }
            notes.append("The table lists the \(tableLimit) largest investments. \(hidden) more, totalling \(money(rest)), are included in every chart and total.")
        }
        let even = dataset.investments.filter { $0.split == .even }
        if !even.isEmpty {
            var names = listText(even.prefix(5).map { name($0.company) })
            if even.count > 5 { names = even.prefix(5).map { name($0.company) }.joined(separator: ", ") + " and \(even.count - 5) more" }
            notes.append("* The data gives no split among states for \(names); the amount is divided evenly among the states listed.")
        }
        for investment in dataset.investments.filter({ $0.splitFromOtherSource || $0.joint != nil }).prefix(5) {
            var text = "‡ \(name(investment.company)): "
            if investment.isMultiState, let id = investment.splitSource {
                let parts = investment.allocations.map { "\(esc(USState.named($0.state)?.name ?? $0.state)) \(MoneyFormat.short($0.amount))" }
                text += "split as published by \(name(dataset.source(id)?.shortCredit ?? id)): \(listText(parts)). "
            }
            if let joint = investment.joint {
                text += "A joint commitment; \(name(joint.partner))’s share is \(joint.partnerShareText) (\(name(dataset.source(joint.source)?.shortCredit ?? joint.source))), so not all of it is Korean investment."
            }
            notes.append(text)
        }
        for investment in dataset.investments.filter(\.locationFromOtherSource).prefix(5) {
            let other = investment.locationSource.flatMap { dataset.source($0) }
            notes.append("† \(name(investment.company)): \(esc(investment.note ?? "the location is not given by the main source."))\(other.map { " Location source: \(name($0.shortCredit))." } ?? "")")
        }
        return notes
    }

    func tradeSection() -> [Block] {
        var blocks: [Block] = [.heading("The trade picture", level: 1)]
        var sentences: [String] = []
        sentences += tradeSentences().dropFirst()
        sentences.append("The investments tracked here add \(money(dataset.aggregate(by: .state).total)) of announced commitments in U.S. states (computed); the chart sets them beside the yearly trade flows.")
        blocks.append(.paragraph(sentences.joined(separator: " ")))
        blocks += figure("trade-balance", caption: "Figure 4. Exports, deficit and investment")
        return blocks
    }

    func cooperationSection() -> [Block] {
        guard !dataset.cooperationAreas.isEmpty else { return [] }
        var blocks: [Block] = [
            .heading("Where cooperation can grow", level: 1),
            .paragraph("The source identifies \(dataset.cooperationAreas.count) areas of mutual interest in which a partnership serves both countries’ stated goals."),
        ]
        for area in dataset.cooperationAreas {
            blocks.append(.heading(esc(area.title), level: 2))
            blocks.append(.paragraph(esc(area.summary)))
        }
        return blocks
    }

    func challengesSection() -> [Block] {
        guard !dataset.challenges.isEmpty else { return [] }
        return [
            .heading("Obstacles to address", level: 1),
            .paragraph("Investment and trade face obstacles on both sides. Those named by the source are:"),
            .bulletList(dataset.challenges.map { challenge in
                var cited = ""
                if let from = challenge.citedFrom, !challenge.detail.contains(from) { cited = " (cited from the \(esc(from)))" }
                return "<b>\(esc(challenge.title)).</b> \(esc(challenge.detail))\(cited)"
            }),
        ]
    }

    func pathForward() -> [Block] {
        let states = dataset.aggregate(by: .state)
        let stateList = states.rows.prefix(4).map { name($0.label) }
        let named = stateList.isEmpty ? "the host states" : listText(stateList)
        return [
            .heading("The path forward", level: 1),
            .paragraph("A durable agreement would treat investment and trade as one relationship. Predictable tariffs and tax credits protect the plants already under construction in \(named); clearer Korean rules on cloud services, platforms and data would open markets for U.S. firms; and cooperation in semiconductors, shipbuilding, digital technology and batteries would advance goals that neither country can reach alone."),
            .paragraph("Both governments gain from negotiations that look past the bilateral deficit to the full partnership: the alliance, the supply chains and the jobs that Korean investment is creating in U.S. states."),
        ]
    }

    func sourcesSection() -> [Block] {
        var notes = dataset.sources.map { source in
            SourceNote(text: DisplayText.cut(source.citation, to: 2 * DisplayText.nameLimit) + (source.note.map { " \($0)" } ?? ""), url: source.url)
        }
        notes.append(SourceNote(text: "Text, totals and charts: tradebrief, computed from the figures above. Amounts are announced commitments in U.S. dollars, not disbursements."))
        return [.heading("Sources", level: 1), .sourceNotes(notes)]
    }

    private func percent(_ part: Money, of whole: Money) -> String {
        guard whole.cents > 0 else { return "0%" }
        return "\(Int((Double(part.cents) / Double(whole.cents) * 100).rounded()))%"
    }
}
