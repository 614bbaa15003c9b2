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

    /// The table and its notes.
    public func blocks() -> [Block] {
        [.table(table())] + notes().map { .note($0) }
    }

    /// The sources the table credits.
    public var sourceIDs: [String] {
        dataset.investments.flatMap(\.creditedSourceIDs)
    }

    /// The table.
    public func table() -> TableBlock {
        let sorted = dataset.investments.sorted { $0.amount != $1.amount ? $0.amount > $1.amount : $0.company < $1.company }
        let rows = sorted.prefix(limit).map { investment -> [String] in
            var company = esc(investment.company)
            if let korean = investment.companyKorean, !korean.isEmpty { company += "\n<span lang=\"ko\">\(esc(korean))</span>" }
            let states = investment.states.map { $0.state }.joined(separator: ", ")
                + (investment.split == .even ? " *" : "") + (investment.locationFromOtherSource ? " †" : "")
            let source = dataset.source(investment.source)?.shortCredit ?? investment.source
            return [company, esc(investment.project), esc(states), esc(investment.sector), format.amount(investment.amount), esc(source)]
        }
        return TableBlock(columns: [
            TableColumn("Company", weight: 2.1), TableColumn("Project", weight: 1.7), TableColumn("State(s)", weight: 0.9),
            TableColumn("Sector", weight: 1.3), TableColumn("Amount", weight: 0.9, alignment: .right, decimalAligned: true), TableColumn("Source", weight: 1.1),
        ], rows: Array(rows))
    }

    /// The notes under the table: rows left out, even splits, locations from other sources.
    public func notes() -> [String] {
        var notes: [String] = []
        let hidden = dataset.investments.count - min(dataset.investments.count, limit)
        if hidden > 0 {
            let sorted = dataset.investments.sorted { $0.amount > $1.amount }
            let rest = sorted.dropFirst(limit).reduce(Money.zero) { $0 + $1.amount }
            notes.append("The table lists the \(limit) largest investments. \(hidden) more, totalling \(format.amount(rest)), are included in every chart and total; run <tt>tradebrief data --by company</tt> for the full list.")
        }
        let even = dataset.investments.filter { $0.split == .even }
        if !even.isEmpty {
            var names = ListText.join(even.prefix(5).map { esc($0.company) })
            if even.count > 5 { names = even.prefix(5).map { esc($0.company) }.joined(separator: ", ") + " and \(even.count - 5) more" }
            notes.append("* No split among states is published for \(names); the amount is divided evenly among the states listed.")
        }
        for investment in dataset.investments.filter(\.locationFromOtherSource).prefix(5) {
            let other = investment.locationSource.flatMap { dataset.source($0) }
            notes.append("† \(esc(investment.company)): \(esc(investment.note ?? "the location is not given by the main source."))\(other.map { " Location source: \(esc($0.shortCredit))." } ?? "")")
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
