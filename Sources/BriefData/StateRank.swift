import BriefText
import FoundationEssentials

/// Where one state stands among the states with tracked investment: its
/// total (its allocated share of every project it hosts), its rank, the
/// number of projects, and its share of the national total.
///
/// Ranks are competition ranks: states with equal totals share a rank, and
/// the next rank skips as many places (1st, 2nd, 2nd, 4th). A state without
/// tracked investment has no rank.
public struct StateRank: Hashable, Sendable {
    /// The state.
    public let state: USState
    /// The state's total: its allocated share of every project it hosts.
    public let amount: Money
    /// How many projects touch the state (a multi-state project counts once in each).
    public let projects: Int
    /// The state's rank among ``rankedStates`` states (1 = most), or nil without investment.
    public let rank: Int?
    /// How many states have tracked investment.
    public let rankedStates: Int
    /// The USPS codes of other states with exactly the same total, sorted.
    public let tiedWith: [String]
    /// The total of every tracked investment (the states' totals add up to it exactly).
    public let nationalTotal: Money
    /// How many investments are tracked nationally.
    public let nationalProjects: Int

    /// The standing of `state` in `dataset`.
    public init(state: USState, in dataset: Dataset) {
        self.init(state: state, aggregation: dataset.aggregate(by: .state), nationalProjects: dataset.investments.count)
    }

    /// The standing of `state` given the dataset's totals by state and its number of projects.
    public init(state: USState, aggregation: Aggregation, nationalProjects: Int) {
        self.state = state
        let invested = aggregation.rows.filter { $0.amount > .zero }
        let row = invested.first { $0.key == state.code }
        amount = row?.amount ?? .zero
        projects = row?.projects ?? 0
        rankedStates = invested.count
        if let row {
            rank = 1 + invested.filter { $0.amount > row.amount }.count
            tiedWith = invested.filter { $0.amount == row.amount && $0.key != row.key }.map(\.key).sorted()
        } else {
            rank = nil
            tiedWith = []
        }
        nationalTotal = aggregation.total
        self.nationalProjects = nationalProjects
    }

    /// Whether the state has any tracked investment.
    public var hasInvestment: Bool { amount > .zero }

    /// The state's share of the national total, 0…1 (0 when nothing is tracked).
    public var share: Double {
        nationalTotal.cents > 0 ? Double(amount.cents) / Double(nationalTotal.cents) : 0
    }

    /// The share as printed: `34%`, one decimal below 10% and from 99.5%
    /// (`4.2%`, `99.6%`), `<0.1%` for a sliver, and `100%` only when the
    /// state holds everything (`>99.9%` otherwise).
    public var shareText: String {
        guard amount.cents > 0, nationalTotal.cents > 0 else { return "0%" }
        if amount == nationalTotal { return "100%" }
        let percent = share * 100
        if percent < 0.05 { return "<0.1%" }
        if percent > 99.95 { return ">99.9%" }
        if percent < 9.95 || percent >= 99.5 { return cFormat("%.1f%%", percent) }
        return "\(Int(percent.rounded()))%"
    }

    /// `2nd of 4 states`, `1st of 1 state`; nil without investment.
    public var rankText: String? {
        rank.map { "\(Self.ordinal($0)) of \(rankedStates) state\(rankedStates == 1 ? "" : "s")" }
    }

    /// An English ordinal: `1st`, `2nd`, `3rd`, `4th`, `11th`, `12th`, `13th`, `21st`, `22nd`.
    public static func ordinal(_ number: Int) -> String { BriefLanguage.english.ordinal(number) }
}
