/// A data row of an investments CSV that passed every check of
/// ``InvestmentRowRules``, with its values read. Its cells point into the
/// record it was read from, so it is used before the next record is read.
struct CheckedInvestmentRow {
    /// The line the row starts on.
    var line: Int
    /// The company as written (cleaned).
    var company: CellText
    /// The company's id and text, when the rules keep company ids.
    var companyName: (id: Int, text: String)?
    /// The sector's id and text.
    var sector: (id: Int, text: String)
    /// The project (empty when none).
    var project: CellText
    /// What the `states` cell says.
    var states: StatesCellTable.Entry
    /// The amount in dollars.
    var amount: ParsedAmount
    var year: Int?
    /// The id of the source the row cites.
    var source: String

    /// The company as text.
    var companyText: String { companyName?.text ?? company.string }
}
