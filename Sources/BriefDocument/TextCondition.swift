import BriefData

/// A condition on a stretch of a brief's text: `{{if:article}}…{{end}}` keeps
/// the stretch only when the condition holds for the data the brief is built
/// from, `{{if:article}}…{{else}}…{{end}}` chooses between two. Markers open and
/// close inside one paragraph, heading, list item, caption or table cell (or
/// the front matter's title or subtitle), and nest. Text left out is still checked, but it cites nothing: its sources are
/// not listed and its live figures count for nothing.
///
/// | condition | holds when |
/// | --- | --- |
/// | `article` | the investments are the dataset's own (the article's projects), not a user's CSV |
/// | `csv` | the investments come from a user's CSV file |
/// | `one-investment` | exactly one investment is tracked |
/// | `one-state` | exactly one state has tracked investment |
/// | `tied-top-state` | two or more states share the largest total (`{{top:state}}` names them all) |
/// | `tied-top-sector` | two or more sectors share the largest total (`{{top:sector}}` names them all) |
/// | `tied-top-company` | two or more companies share the largest total (`{{top:company}}` names them all) |
enum TextCondition: String, CaseIterable, Sendable {
    case article
    case csv
    case oneInvestment = "one-investment"
    case oneState = "one-state"
    case tiedTopState = "tied-top-state"
    case tiedTopSector = "tied-top-sector"
    case tiedTopCompany = "tied-top-company"

    /// The names conditions are written with, for messages.
    static var names: [String] { allCases.map(\.rawValue) }

    /// Whether the condition holds for the data `values` are worked out from.
    func holds(for values: FigureValues) -> Bool {
        let dataset = values.dataset
        switch self {
        case .article: return !dataset.investmentsFromUser
        case .csv: return dataset.investmentsFromUser
        case .oneInvestment: return dataset.investments.count == 1
        case .oneState: return values.investedStates == 1
        case .tiedTopState: return values.topStates.count > 1
        case .tiedTopSector: return values.topSectors.count > 1
        case .tiedTopCompany: return values.topCompanies.count > 1
        }
    }
}

/// A `{{if:NAME}}`, `{{else}}` or `{{end}}` marker in a brief's text.
enum ConditionMarker: Hashable, Sendable {
    /// `{{if:NAME}}`: NAME as written (not yet checked against ``TextCondition``).
    case open(String)
    /// `{{else}}`.
    case otherwise
    /// `{{end}}`.
    case close

    /// The marker written inside `{{…}}`, or nil when `inside` is something else (a live figure).
    init?(inside: String) {
        let trimmed = inside.trimmingSpaces()
        switch trimmed.lowercased() {
        case "else": self = .otherwise
        case "end": self = .close
        case "if": self = .open("")
        default:
            let parts = trimmed.split(separator: ":", maxSplits: 1).map { String($0).trimmingSpaces() }
            guard parts.count == 2, parts[0].lowercased() == "if" else { return nil }
            self = .open(parts[1])
        }
    }
}
