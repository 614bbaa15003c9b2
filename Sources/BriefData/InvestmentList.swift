/// An ``InvestmentSink`` that keeps every row, as an ``Investment``.
struct InvestmentList: InvestmentSink {
    /// The investments, in file order.
    private(set) var investments: [Investment] = []
    /// Once dropped, nothing more is kept (memory stays small for a file with an error).
    private var isDropped = false

    var keepsCompanyNames: Bool { true }

    mutating func add(_ row: CheckedInvestmentRow, file: String) {
        guard !isDropped else { return }
        investments.append(Investment(
            id: "row-\(row.line)", company: row.companyText, project: row.project.string, sector: row.sector.text,
            amountUSD: row.amount.decimal, amount: Money(cents: row.amount.cents), year: row.year, states: row.states.states,
            split: row.states.split, source: row.source, note: row.states.note, line: row.line))
    }

    mutating func dropAll() {
        isDropped = true
        if !investments.isEmpty { investments = [] }
    }
}
