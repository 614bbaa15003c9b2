import BriefData
/// The name of one of the charts tradebrief draws: the one list of them.
///
/// In Swift, use the static members; where people type names (the command
/// line's `tradebrief chart NAME`, a Markdown brief's `![…](chart:NAME)`) the
/// same names come as text, and a string literal works too:
///
/// ```swift
/// let map = try brief.chart(.stateMap)
/// let bars = try brief.chart("state-bars")                  // the same as .stateBars
/// let typed = try brief.chart(ChartName(userInput))         // checked when the chart is made
/// for name in ChartName.allCases { print(name, name.summary) }
/// ```
///
/// A name made from text is not checked until a chart is made from it; an
/// unknown one is then an error that suggests the closest known name.
public struct ChartName: RawRepresentable, Hashable, Sendable, Comparable, CaseIterable,
    ExpressibleByStringLiteral, CustomStringConvertible {
    /// The name as typed: `state-bars`.
    public let rawValue: String

    /// A name from text, checked when a chart is made from it.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// A name from text (`RawRepresentable`); like ``init(_:)``, never nil.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A name written as a string literal: `"state-map"`.
    public init(stringLiteral value: String) { rawValue = value }

    /// The known chart called `text`, or nil when there is none.
    public init?(known text: String) {
        guard Self.allCases.contains(ChartName(text)) else { return nil }
        self.init(text)
    }

    /// Korean investment by U.S. state: sorted bars with direct labels (`state-bars`).
    public static let stateBars = ChartName("state-bars")
    /// Korean investment by sector: sorted bars in sector colours (`sector-bars`).
    public static let sectorBars = ChartName("sector-bars")
    /// Korean investment by state, bars stacked by sector, with a sector legend (`state-sector`).
    public static let stateSector = ChartName("state-sector")
    /// A U.S. tile-grid map of Korean investment by state, in classes of amount (`state-map`).
    public static let stateMap = ChartName("state-map")
    /// U.S. exports to Korea, the trade deficit and tracked investment on one scale (`trade-balance`).
    public static let tradeBalance = ChartName("trade-balance")
    /// Key figures as cards: investor rank, share of U.S. FDI, exports, tracked investment (`key-figures`).
    public static let keyFigures = ChartName("key-figures")

    /// Every chart, in the order the brief and `tradebrief chart --list` show them.
    public static let allCases: [ChartName] = [.stateBars, .sectorBars, .stateSector, .stateMap, .tradeBalance, .keyFigures]

    /// The charts whose bars a limit can cap (`chart:state-bars?limit=8`).
    public static let limitable: [ChartName] = [.stateBars, .sectorBars]

    /// What the chart shows, in one line (`tradebrief chart --list`); empty for an unknown name.
    public var summary: String {
        switch self {
        case .stateBars: "Korean investment by U.S. state, sorted bars with direct labels"
        case .sectorBars: "Korean investment by sector, sorted bars in sector colours"
        case .stateSector: "Korean investment by state, bars stacked by sector, with a sector legend"
        case .stateMap: "U.S. tile-grid map of Korean investment by state, shaded in classes of amount"
        case .tradeBalance: "U.S. exports to Korea, the trade deficit and tracked investment on one scale"
        case .keyFigures: "Key figures as cards: investor rank, share of U.S. FDI, exports, tracked investment"
        default: ""
        }
    }

    /// Whether this is one of ``allCases``.
    public var isKnown: Bool { Self.allCases.contains(self) }

    /// The known name closest to this one, when it is a likely typo (`state-bar` → `state-bars`).
    public var suggestion: ChartName? {
        closestMatch(to: rawValue, in: Self.allCases.map(\.rawValue)).map { ChartName($0) }
    }

    /// The name as typed.
    public var description: String { rawValue }

    /// Names in the catalogue's order; unknown names after them, by text.
    public static func < (lhs: ChartName, rhs: ChartName) -> Bool {
        let left = allCases.firstIndex(of: lhs) ?? allCases.count, right = allCases.firstIndex(of: rhs) ?? allCases.count
        return left != right ? left < right : lhs.rawValue < rhs.rawValue
    }
}
