import BriefData

/// The tooltips marks carry in SVG (`<title>`), one wording for every chart.
enum MarkTitle {
    /// `Georgia: $7.9B, 2 projects` (`조지아: 79억 달러, 2건`); without a count, `Georgia: $7.9B`.
    /// Amounts in `theme`'s currency symbol, abbreviated or whole as it says.
    static func amount(_ label: String, _ amount: Money, projects: Int? = nil, language: BriefLanguage = .english,
                       theme: ChartTheme) -> String {
        Self.amount(label, ChartWording(language, theme: theme).amount(amount), projects: projects, language: language)
    }

    /// `Georgia: $7.9B, 2 projects` with the amount as the chart's label shows it (`value`).
    static func amount(_ label: String, _ value: String, projects: Int? = nil, language: BriefLanguage = .english) -> String {
        let count = projects.map { ", " + ChartWording(language).projects($0) } ?? ""
        return "\(label): \(value)\(count)"
    }
}
