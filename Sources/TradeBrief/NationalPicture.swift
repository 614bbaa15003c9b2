import BriefCharts
import BriefData

/// What every one-pager of a batch shares, worked out once per batch rather
/// than once per page: the totals by state (for the locator map, the ranks
/// and the national context), each state's projects with its part of each,
/// the sources of every investment, the sectors by size (for their colours),
/// and the dateline and footer that say where the figures come from (13 % of
/// the one-pagers' work when each page worked them out again for every fit
/// it tried).
struct NationalPicture: Sendable {
    /// The dataset's totals by state.
    let byState: Aggregation
    /// Each state's total, by USPS code.
    let amounts: [String: Money]
    /// Each state's projects with the state's part of each, largest part first
    /// (then by company and id), by USPS code; states without one are absent.
    let projects: [String: [StateProject]]
    /// The source ids of every investment (amounts and locations), in dataset order.
    let allSourceIDs: [String]
    /// The caveat added to source lines when a project shared by several
    /// states is split evenly (no published split); empty when none is.
    let evenSplitCaveat: String
    /// The locator map's source line: every source, and the even-split caveat.
    let mapCredit: String
    /// The pages' dateline, running date and footer note.
    let provenance: ProvenanceLines
    /// The dataset's sectors, largest first (what ``SectorColors`` colours them by).
    let sectors: [String]

    /// Works out the picture of `dataset`.
    init(dataset: Dataset, language: BriefLanguage = .english) {
        byState = dataset.aggregate(by: .state)
        var amounts: [String: Money] = [:]
        for row in byState.rows { amounts[row.key] = row.amount }
        self.amounts = amounts
        var projects: [String: [StateProject]] = [:]
        var ids: [String] = []
        var seen: Set<String> = []
        for investment in dataset.investments {
            var parts: [String: Money] = [:]
            for allocation in investment.allocations { parts[allocation.state, default: .zero] += allocation.amount }
            for (state, part) in parts where part > .zero && investment.states.contains(where: { $0.state == state }) {
                projects[state, default: []].append(StateProject(investment: investment, amount: part))
            }
            for id in investment.provenanceSourceIDs where seen.insert(id).inserted {
                ids.append(id)
            }
        }
        self.projects = projects.mapValues { list in
            list.sorted {
                if $0.amount != $1.amount { return $0.amount > $1.amount }
                if $0.investment.company != $1.investment.company { return $0.investment.company < $1.investment.company }
                return $0.investment.id < $1.investment.id
            }
        }
        allSourceIDs = ids
        let hasEvenSplit = dataset.investments.contains { $0.split == .even && $0.states.count > 1 }
        evenSplitCaveat = hasEvenSplit ? StatePageWording(language: language).evenSplitCaveat : ""
        mapCredit = SourceLine.credit(ids, in: dataset, language: language) + evenSplitCaveat
        provenance = ProvenanceLines(dataset: dataset, language: language)
        sectors = dataset.aggregate(by: .sector).rows.map(\.key)
    }
}

/// One project as a state's one-pager lists it: the investment and the state's part of it.
struct StateProject: Sendable {
    /// The investment.
    let investment: Investment
    /// The state's part of its amount.
    let amount: Money
}
