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

    /// Reads `address` (which starts with `chart:`), or says everything that
    /// is wrong with it at once (an unknown option, a bad limit and a bad
    /// title are three problems, not the first of them).
    static func parse(_ address: String) -> Result<ChartReference, ChartAddressProblems> {
        let rest = String(address.dropFirst(scheme.count))
        let parts = rest.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let name = ChartName(parts.first ?? "")
        guard name.isKnown else {
            return .failure(ChartAddressProblems([FigureProblem(message: "there is no chart called '\(name)'",
                                                                suggestion: name.suggestion?.rawValue, known: ChartCatalog.names)]))
        }
        // A brief's charts say their takeaway in the title, as the default brief always has.
        var options = ChartOptions(titles: .takeaway)
        var problems: [FigureProblem] = []
        var given: Set<String> = []
        if parts.count > 1 {
            for pair in parts[1].split(separator: "&") {
                let keyValue = pair.split(separator: "=", maxSplits: 1).map(String.init)
                let key = keyValue.first ?? ""
                let value = keyValue.count > 1 ? keyValue[1] : ""
                guard key == "title" || key == "limit" else {
                    problems.append(FigureProblem(message: "chart option '\(key)' is not known (charts take: limit, title)",
                                                  suggestion: closestMatch(to: key, in: ["limit", "title"]), known: []))
                    continue
                }
                guard given.insert(key).inserted else {
                    problems.append(FigureProblem(message: "chart option '\(key)' is given more than once; keep one", suggestion: nil, known: []))
                    continue
                }
                if key == "title" {
                    if let titles = ChartTitles(rawValue: value) {
                        options.titles = titles
                    } else {
                        problems.append(FigureProblem(message: "title '\(value)' must be takeaway or descriptive",
                                                      suggestion: closestMatch(to: value, in: ChartTitles.allCases.map(\.rawValue)), known: []))
                    }
                } else if !ChartName.limitable.contains(name) {
                    problems.append(FigureProblem(message: "chart '\(name)' takes no limit (only \(ChartCatalog.limitableCharts.joined(separator: " and ")) do)",
                                                  suggestion: nil, known: []))
                } else if let limit = Int(value), (1...ChartCatalog.maximumBars).contains(limit) {
                    options.limit = limit
                } else {
                    problems.append(FigureProblem(message: "limit '\(value)' must be a whole number from 1 to \(ChartCatalog.maximumBars)",
                                                  suggestion: nil, known: []))
                }
            }
        }
        guard problems.isEmpty else { return .failure(ChartAddressProblems(problems)) }
        return .success(ChartReference(name: name, options: options))
    }
}
