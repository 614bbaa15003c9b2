import BriefCharts
import BriefData

/// The address of a chart image: `chart:NAME` with optional settings
/// (`chart:state-bars?limit=10&title=descriptive`). A brief's charts carry
/// their takeaway as title unless `title=descriptive`.
struct ChartReference: Hashable {
    /// The chart's name, known to the catalogue.
    var name: ChartName
    /// The settings.
    var options: ChartOptions

    /// The scheme that marks an image as a chart.
    static let scheme = "chart:"

    /// Reads `address` (which starts with `chart:`), or says what is wrong.
    static func parse(_ address: String) -> Result<ChartReference, FigureProblem> {
        let rest = String(address.dropFirst(scheme.count))
        let parts = rest.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let name = ChartName(parts.first ?? "")
        guard name.isKnown else {
            return .failure(FigureProblem(message: "there is no chart called '\(name)'",
                                          suggestion: name.suggestion?.rawValue, known: ChartCatalog.names))
        }
        // A brief's charts say their takeaway in the title, as the default brief always has.
        var options = ChartOptions(titles: .takeaway)
        if parts.count > 1 {
            for pair in parts[1].split(separator: "&") {
                let keyValue = pair.split(separator: "=", maxSplits: 1).map(String.init)
                let key = keyValue.first ?? ""
                let value = keyValue.count > 1 ? keyValue[1] : ""
                if key == "title" {
                    guard let titles = ChartTitles(rawValue: value) else {
                        return .failure(FigureProblem(message: "title '\(value)' must be takeaway or descriptive",
                                                      suggestion: closestMatch(to: value, in: ChartTitles.allCases.map(\.rawValue)), known: []))
                    }
                    options.titles = titles
                    continue
                }
                guard key == "limit" else {
                    return .failure(FigureProblem(message: "chart option '\(key)' is not known (charts take: limit, title)",
                                                  suggestion: closestMatch(to: key, in: ["limit", "title"]), known: []))
                }
                guard ChartName.limitable.contains(name) else {
                    return .failure(FigureProblem(message: "chart '\(name)' takes no limit (only \(ChartCatalog.limitableCharts.joined(separator: " and ")) do)",
                                                  suggestion: nil, known: []))
                }
                guard let limit = Int(value), (1...ChartCatalog.maximumBars).contains(limit) else {
                    return .failure(FigureProblem(message: "limit '\(value)' must be a whole number from 1 to \(ChartCatalog.maximumBars)",
                                                  suggestion: nil, known: []))
                }
                options.limit = limit
            }
        }
        return .success(ChartReference(name: name, options: options))
    }
}
