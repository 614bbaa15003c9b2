import BriefData

/// The tooltips marks carry in SVG (`<title>`), one wording for every chart.
enum MarkTitle {
    /// `Georgia: $7.9B, 2 projects` (`조지아: 79억 달러, 2건`); without a count, `Georgia: $7.9B`.
    static func amount(_ label: String, _ amount: Money, projects: Int? = nil, language: BriefLanguage = .english) -> String {
        let words = ChartWording(language)
        let count = projects.map { ", " + words.projects($0) } ?? ""
        return "\(label): \(words.amount(amount))\(count)"
    }
}
