import FoundationEssentials

extension Dataset {
    /// This dataset with its investments replaced by those of an investments
    /// CSV (`result`, read from `file`): the sources its figures and text cite
    /// stay, the CSV's own follow. A CSV source that is one of the sources that
    /// stay (``Source/isSamePublication(as:)``: `CSIS` at the CSIS article's
    /// address) is not added again: its rows credit that source, which the
    /// Sources list names once.
    ///
    /// ```swift
    /// let result = try InvestmentCSV.parse(bytes, file: "mine.csv")
    /// let mine = try Dataset.embeddedDataset().withInvestments(from: result, file: "mine.csv")
    /// ```
    public func withInvestments(from result: InvestmentCSVResult, file: String) -> Dataset {
        var dataset = self
        let kept = Set(indicators.map(\.source) + cooperationAreas.map(\.source) + challenges.map(\.source) + [primarySource])
        let staying = sources.filter { kept.contains($0.id) }
        var same: [String: String] = [:]
        for source in result.sources {
            if let match = staying.first(where: { $0.isSamePublication(as: source) }) { same[source.id] = match.id }
        }
        dataset.sources = staying + result.sources.filter { same[$0.id] == nil }
        dataset.investments = same.isEmpty ? result.investments : result.investments.map { investment in
            var investment = investment
            investment.source = same[investment.source] ?? investment.source
            investment.locationSource = investment.locationSource.map { same[$0] ?? $0 }
            return investment
        }
        dataset.investmentsFile = UnshowableText.shownName(URL(fileURLWithPath: file).lastPathComponent)
        return dataset
    }
}
