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
    private var language: BriefLanguage { format.language }
    private var words: DocumentWording { DocumentWording(language: language) }
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
        // The Amount column is one set: one rule for decimals ($3.0B beside $3.9B).
        let amounts = format.amounts(listed.map(\.amount))
        let rows = zip(listed, amounts).map { investment, amount -> [String] in
            // The company as the reader knows it, and its name in the other language under it.
            var company = name(language.company(investment))
            if let korean = investment.companyKorean, !korean.isEmpty {
                company += language == .korean ? "\n<span lang=\"en\">\(name(investment.company))</span>"
                    : "\n<span lang=\"ko\">\(esc(korean))</span>"
            }
            let states = investment.states.map { $0.state }.joined(separator: ", ")
                + (investment.split == .even ? " *" : "") + (investment.locationFromOtherSource ? " †" : "")
                + (InvestmentMarkNote.hasSplitMark(investment) ? " ‡" : "")
            return [company, name(DisplayText.keepingShortLastWord(language.project(investment.project))), esc(states), name(language.sector(investment.sector)),
                    amount,
                    name(credit(investment.source))]
        }
        let shortNames = listed.map { investment in
            name(credit(investment.source).components(separatedBy: " (").first ?? credit(investment.source))
        }
        let titles = words.columns
        return TableBlock(columns: [
            TableColumn(titles[0], weight: 2.1), TableColumn(titles[1], weight: 1.7), TableColumn(titles[2], weight: 0.9),
            TableColumn(titles[3], weight: 1.3), TableColumn(titles[4], weight: 0.9, alignment: .right, decimalAligned: true),
            TableColumn(titles[5], weight: 1.1),
        ], rows: rows, fallbacks: [
            .replace(5, with: TableColumn(titles[5], weight: 0.7), cells: shortNames),
            .replace(0, with: TableColumn(titles[0], weight: 2.1), cells: listed.map { name(language.company($0)) }),
        ])
    }

    private func credit(_ id: String) -> String { dataset.source(id)?.shortCredit ?? id }

    /// The notes under the table: rows left out, even splits, splits and
    /// joint shares from other sources, locations from other sources.
    public func notes() -> [String] {
        var notes: [String] = []
        // Where exactness matters: the table rounds each amount, the total is given to the dollar.
        let count = dataset.investments.count
        let exact = language == .korean ? KoreanNumberFormat.full(dataset.aggregate(by: .company).total)
            : MoneyFormat.full(dataset.aggregate(by: .company).total, symbol: format.currencySymbol)
        notes.append(words.exactTotal(count: count, total: exact, rounded: format.abbreviatesAmounts))
        let hidden = dataset.investments.count - min(dataset.investments.count, limit)
        if hidden > 0 {
            let sorted = dataset.investments.sorted { $0.amount > $1.amount }
            let rest = sorted.dropFirst(limit).reduce(Money.zero) { $0 + $1.amount }
            notes.append(words.hiddenRows(limit: limit, hidden: hidden, rest: format.amount(rest)))
        }
        let even = dataset.investments.filter { $0.split == .even }
        if !even.isEmpty {
            var names = words.list(even.prefix(5).map { name(language.company($0)) })
            if even.count > 5 { names = even.prefix(5).map { name(language.company($0)) }.joined(separator: ", ") + words.andMore(even.count - 5) }
            notes.append(words.evenSplit(names))
        }
        let marks = InvestmentMarkNote(dataset: dataset, language: language, currencySymbol: format.currencySymbol,
                                       abbreviatesAmounts: format.abbreviatesAmounts)
        notes += dataset.investments.compactMap { marks.split($0, amount: format.amount) }.prefix(5)
        notes += dataset.investments.compactMap { marks.location($0) }.prefix(5)
        return notes
    }
}
