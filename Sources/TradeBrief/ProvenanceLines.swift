import BriefCharts
import BriefData

/// The lines of a brief or one-pager that say where its figures come from:
/// the cover's dateline, the running footer and the date in the running
/// header. They name the primary source only when the investments come from
/// it; with a user's CSV they name the CSV's own sources and its file name
/// (never a directory), and the embedded indicators keep their sources.
struct ProvenanceLines {
    /// Under the title: `Figures as of 23 April 2025 · Main source: …`.
    let dateline: String
    /// In the running footer, before "made with tradebrief".
    let footerNote: String
    /// In the running header beside the title (empty with a user's CSV,
    /// whose figures have no common date).
    let runningDate: String

    /// The lines for `dataset`.
    init(dataset: Dataset) {
        var indicatorIDs: [String] = []
        for id in dataset.indicators.map(\.source) where !indicatorIDs.contains(id) { indicatorIDs.append(id) }
        if let file = dataset.investmentsFile {
            var investmentIDs: [String] = []
            for investment in dataset.investments where !investmentIDs.contains(investment.source) {
                investmentIDs.append(investment.source)
            }
            let credits = SourceLine.names(investmentIDs, in: dataset, limit: 2).joined(separator: ", ")
            let others = SourceLine.names(indicatorIDs, in: dataset, limit: 3).joined(separator: ", ")
            dateline = "Investments: \(credits) (\(file))" + (others.isEmpty ? "" : "  ·  Trade and FDI figures: \(others)")
            footerNote = "Investments from \(file) · trade and FDI figures as cited · made with tradebrief"
            runningDate = ""
        } else {
            let main = dataset.mainSource
            dateline = ["Figures as of \(BriefLanguage.english.date(dataset.asOf))", main.map { "Main source: \($0.publisher)" }]
                .compactMap { $0 }.joined(separator: "  ·  ")
            footerNote = main.map { "Main source: \($0.shortCredit) · made with tradebrief" } ?? "made with tradebrief"
            runningDate = BriefLanguage.english.date(dataset.asOf)
        }
    }
}
