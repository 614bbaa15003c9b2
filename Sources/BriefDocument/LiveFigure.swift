/// A `{{…}}` placeholder in a document: a number or name computed from the
/// data when the brief is built.
public enum LiveFigure: Hashable, Sendable {
    /// `{{total}}`: the total of the tracked investments.
    case total
    /// `{{count}}`: how many investments are tracked.
    case count
    /// `{{states}}`: how many states have tracked investment (DC counts as one).
    case states
    /// `{{sectors}}`: how many sectors have tracked investment.
    case sectors
    /// `{{state:GA}}`: a state's total (code or name; `top` for the largest state).
    case state(String)
    /// `{{share:GA}}`: a state's share of the total.
    case share(String)
    /// `{{rank:GA}}`: a state's rank by total (`1st`).
    case rank(String)
    /// `{{sector:Batteries}}`: a sector's total (`top` for the largest sector).
    case sector(String)
    /// `{{top:state}}`, `{{top:sector}}`, `{{top:company}}`: the largest's name
    /// (every one tied for the largest total).
    case top(String)
    /// `{{indicator:ID}}`: a dataset indicator's value.
    case indicator(String)
    /// `{{investment:ID}}`: one investment's amount, by its id in the dataset.
    case investment(String)
    /// `{{table:investments}}`: the investments table (a block on its own).
    case table(String)

    /// The names a placeholder may start with, for messages and suggestions.
    public static let names = ["total", "count", "states", "sectors", "state", "share", "rank", "sector", "top", "indicator", "investment",
                               "table"]
    /// The names that take no argument.
    static let bare = ["total", "count", "states", "sectors"]

    /// Reads the inside of `{{…}}` (`state:GA`), or says what is wrong.
    public static func parse(_ inside: String) -> Result<LiveFigure, LiveFigureError> {
        let trimmed = inside.trimmingSpaces()
        let parts = trimmed.split(separator: ":", maxSplits: 1).map { String($0).trimmingSpaces() }
        let name = parts.first?.lowercased() ?? ""
        let argument = parts.count > 1 ? parts[1] : nil
        guard names.contains(name) else { return .failure(.unknownName(trimmed)) }
        if bare.contains(name) {
            guard argument == nil else { return .failure(.unexpectedArgument(name)) }
            switch name {
            case "total": return .success(.total)
            case "count": return .success(.count)
            case "sectors": return .success(.sectors)
            default: return .success(.states)
            }
        }
        guard let argument, !argument.isEmpty else { return .failure(.missingArgument(name)) }
        switch name {
        case "state": return .success(.state(argument))
        case "share": return .success(.share(argument))
        case "rank": return .success(.rank(argument))
        case "sector": return .success(.sector(argument))
        case "top": return .success(.top(argument))
        case "indicator": return .success(.indicator(argument))
        case "investment": return .success(.investment(argument))
        default: return .success(.table(argument))
        }
    }
}

/// Why a `{{…}}` placeholder cannot be read.
public enum LiveFigureError: Error, Hashable, Sendable {
    /// The name is not one of ``LiveFigure/names``.
    case unknownName(String)
    /// `{{total:x}}`: the name takes no argument.
    case unexpectedArgument(String)
    /// `{{state}}`: the name needs one.
    case missingArgument(String)
}

extension String {
    func trimmingSpaces() -> String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
