/// A chart that cannot be made as asked.
public enum ChartError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No chart has this name; `suggestion` is the closest name, if any is close.
    case unknownChart(String, suggestion: String?)
    /// The data has nothing to draw for this chart.
    case noData(chart: String, reason: String)

    public var description: String {
        switch self {
        case .unknownChart(let name, let suggestion):
            let hint = suggestion.map { " Did you mean '\($0)'?" } ?? ""
            return "there is no chart called '\(name)'.\(hint) The names are in Brief.chartNames."
        case .noData(let chart, let reason):
            return "chart '\(chart)' has nothing to draw: \(reason)"
        }
    }
}
