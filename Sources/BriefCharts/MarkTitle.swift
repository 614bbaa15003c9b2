import BriefData

/// The tooltips marks carry in SVG (`<title>`), one wording for every chart.
enum MarkTitle {
    /// `Georgia: $7.9B, 2 projects`; without a count, `Georgia: $7.9B`.
    static func amount(_ label: String, _ amount: Money, projects: Int? = nil) -> String {
        let count = projects.map { ", \($0) project\($0 == 1 ? "" : "s")" } ?? ""
        return "\(label): \(MoneyFormat.short(amount))\(count)"
    }
}
