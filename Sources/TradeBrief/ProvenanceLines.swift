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
    /// Under a state one-pager's title: with a CSV only its file
    /// (`Investments: mine.csv`), as the page lists its own projects' sources
    /// and shows no trade or FDI figure; else the brief's dateline.
    let pageDateline: String
    /// In the running footer, before "made with tradebrief".
    let footerNote: String
    /// In the running header beside the title (empty with a user's CSV,
    /// whose figures have no common date).
    let runningDate: String

    /// The lines for `dataset`, in `language`.
    init(dataset: Dataset, language: BriefLanguage = .english) {
        let korean = language == .korean
        var indicatorIDs: [String] = []
        for id in dataset.indicators.map(\.source) where !indicatorIDs.contains(id) { indicatorIDs.append(id) }
        if let file = dataset.investmentsFile {
            var investmentIDs: [String] = []
            for investment in dataset.investments where !investmentIDs.contains(investment.source) {
                investmentIDs.append(investment.source)
            }
            let credits = SourceLine.names(investmentIDs, in: dataset, limit: 2, language: language).joined(separator: ", ")
            let others = SourceLine.names(indicatorIDs, in: dataset, limit: 3, language: language).joined(separator: ", ")
            // The file first, then its sources: "Investments (mine.csv): Acme filings, …". A CSV
            // without a source column credits the file itself, which is then named once.
            let fileOnly = credits.isEmpty || credits == file
            if korean {
                dateline = (fileOnly ? "투자: \(file)" : "투자(\(file)): \(credits)") + (others.isEmpty ? "" : "  ·  교역·FDI 수치: \(others)")
                pageDateline = "투자: \(file)"
                footerNote = "투자 자료: \(file) · 교역·FDI 수치는 각 출처 · tradebrief로 작성"
            } else {
                dateline = (fileOnly ? "Investments: \(file)" : "Investments (\(file)): \(credits)") + (others.isEmpty ? "" : "  ·  Trade and FDI figures: \(others)")
                pageDateline = "Investments: \(file)"
                footerNote = "Investments from \(file) · trade and FDI figures as cited · made with tradebrief"
            }
            runningDate = ""
        } else {
            let main = dataset.mainSource
            let asOf = language.date(dataset.asOf)
            dateline = [korean ? "\(asOf) 기준 수치" : "Figures as of \(asOf)", main.map { (korean ? "주 출처: " : "Main source: ") + $0.publisher(in: language) }]
                .compactMap { $0 }.joined(separator: "  ·  ")
            pageDateline = dateline
            let made = korean ? "tradebrief로 작성" : "made with tradebrief"
            footerNote = main.map { (korean ? "주 출처: " : "Main source: ") + "\($0.shortCredit) · \(made)" } ?? made
            runningDate = asOf
        }
    }
}
