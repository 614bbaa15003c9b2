import BriefData
import BriefLayout
import BriefRender

/// The table of tracked investments (`{{table:investments}}`): company with
/// its Korean name, project, states, sector, amount and source, largest
/// first, with notes on even splits, locations from other sources and rows
/// left out.
public struct InvestmentTable: Sendable {
    /// The data.
    public let dataset: Dataset
    /// At most this many rows; the rest are summed in a note.
    public let limit: Int
    /// How amounts print.
    public let format: FigureFormat

    /// Creates the table of `dataset`'s investments.
    public init(dataset: Dataset, limit: Int = 60, format: FigureFormat = FigureFormat()) {
        self.dataset = dataset
        self.limit = max(1, limit)
        self.format = format
    }

    private func esc(_ text: String) -> String { Typesetter.escapeMarkup(text) }
    /// A name as shown: cut to ``DisplayText/nameLimit`` characters, escaped.
    private func name(_ text: String) -> String { esc(DisplayText.cut(text)) }

    /// The table and its notes.
    public func blocks() -> [Block] {
        [.table(table())] + notes().map { .note($0) }
    }

    /// The sources the table credits.
    public var sourceIDs: [String] {
        dataset.investments.flatMap(\.creditedSourceIDs)
    }

    /// The table. Where it cannot fit the page, the Source column narrows to
    /// the sources' short names, then companies lose their Korean names' line.
    public func table() -> TableBlock {
        let sorted = dataset.investments.sorted { $0.amount != $1.amount ? $0.amount > $1.amount : $0.company < $1.company }
        let listed = Array(sorted.prefix(limit))
        let rows = listed.map { investment -> [String] in
            var company = name(investment.company)
            if let korean = investment.companyKorean, !korean.isEmpty { company += "\n<span lang=\"ko\">\(esc(korean))</span>" }
            let states = investment.states.map { $0.state }.joined(separator: ", ")
                + (investment.split == .even ? " *" : "") + (investment.locationFromOtherSource ? " †" : "")
                + (investment.splitFromOtherSource || investment.joint != nil ? " ‡" : "")
            return [company, name(investment.project), esc(states), name(investment.sector), format.amount(investment.amount),
                    name(credit(investment.source))]
        }
        let shortNames = listed.map { investment in
            name(credit(investment.source).components(separatedBy: " (").first ?? credit(investment.source))
        }
        return TableBlock(columns: [
            TableColumn("Company", weight: 2.1), TableColumn("Project", weight: 1.7), TableColumn("State(s)", weight: 0.9),
            TableColumn("Sector", weight: 1.3), TableColumn("Amount", weight: 0.9, alignment: .right, decimalAligned: true),
            TableColumn("Source", weight: 1.1),
        ], rows: rows, fallbacks: [
            .replace(5, with: TableColumn("Source", weight: 0.7), cells: shortNames),
            .replace(0, with: TableColumn("Company", weight: 2.1), cells: listed.map { name($0.company) }),
        ])
    }

    private func credit(_ id: String) -> String { dataset.source(id)?.shortCredit ?? id }

    /// The notes under the table: rows left out, even splits, splits and
    /// joint shares from other sources, locations from other sources.
    public func notes() -> [String] {
        var notes: [String] = []
        // Where exactness matters: the table rounds each amount, the total is given to the dollar.
        let count = dataset.investments.count
        notes.append("Total of the \(count) tracked investment\(count == 1 ? "" : "s"): \(MoneyFormat.full(dataset.aggregate(by: .company).total, symbol: format.currencySymbol)) "
                     + "(exact; amounts in the table are rounded to three significant digits).")
        let hidden = dataset.investments.count - min(dataset.investments.count, limit)
        if hidden > 0 {
            let sorted = dataset.investments.sorted { $0.amount > $1.amount }
            let rest = sorted.dropFirst(limit).reduce(Money.zero) { $0 + $1.amount }
            notes.append("The table lists the \(limit) largest investments. \(hidden) more, totalling \(format.amount(rest)), are included in every chart and total.")
        }
        let even = dataset.investments.filter { $0.split == .even }
        if !even.isEmpty {
            var names = ListText.join(even.prefix(5).map { name($0.company) })
            if even.count > 5 { names = even.prefix(5).map { name($0.company) }.joined(separator: ", ") + " and \(even.count - 5) more" }
            notes.append("* The data gives no split among states for \(names); the amount is divided evenly among the states listed.")
        }
        for investment in dataset.investments.filter({ $0.splitFromOtherSource || $0.joint != nil }).prefix(5) {
            var text = "‡ \(name(investment.company)): "
            if investment.isMultiState, let id = investment.splitSource {
                let parts = investment.allocations.map { "\(esc(USState.named($0.state)?.name ?? $0.state)) \(format.amount($0.amount))" }
                text += "split as published by \(name(credit(id))): \(ListText.join(parts)). "
            }
            if let joint = investment.joint {
                text += "A joint commitment; \(name(joint.partner))’s share is \(joint.partnerShareText) (\(name(credit(joint.source)))), so not all of it is Korean investment."
            }
            notes.append(text)
        }
        for investment in dataset.investments.filter(\.locationFromOtherSource).prefix(5) {
            let other = investment.locationSource.flatMap { dataset.source($0) }
            notes.append("† \(name(investment.company)): \(esc(investment.note ?? "the location is not given by the main source."))\(other.map { " Location source: \(name($0.shortCredit))." } ?? "")")
        }
        return notes
    }
}

/// "A", "A and B", "A, B and C".
enum ListText {
    static func join(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
    }
}
