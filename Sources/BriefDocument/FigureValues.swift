import BriefCharts
import BriefData

/// Works out live figures from a dataset: what `{{state:GA}}` prints, or why
/// it cannot (a state not in the data, a sector misspelt), with a suggestion.
///
/// Totals, states and sectors come from the data the brief is built from.
/// Indicators and single investments are looked up there first, then in the
/// reference dataset (the embedded one), so that a brief that quotes the
/// article's figures still builds with a user's own investments.
public struct FigureValues: Sendable {
    /// The data.
    public let dataset: Dataset
    /// Where indicators and investments not in ``dataset`` are looked up.
    public let reference: Dataset?
    /// How values print.
    public let format: FigureFormat
    private let states: Aggregation
    private let sectors: Aggregation
    private let companies: Aggregation

    /// Creates an evaluator over `dataset`.
    public init(dataset: Dataset, format: FigureFormat, reference: Dataset? = nil) {
        self.dataset = dataset
        self.reference = reference
        self.format = format
        states = dataset.aggregate(by: .state)
        sectors = dataset.aggregate(by: .sector)
        companies = dataset.aggregate(by: .company)
    }

    /// How many states have tracked investment.
    var investedStates: Int { states.rows.filter { $0.amount > .zero }.count }

    /// The states with the largest total: one, or all those tied for it.
    var topStates: [USState] { Self.leaders(states.rows).compactMap { USState.named($0.key) } }

    /// The sectors with the largest total: one, or all those tied for it.
    var topSectors: [AggregateRow] { Self.leaders(sectors.rows) }

    /// The companies with the largest total: one, or all those tied for it.
    var topCompanies: [AggregateRow] { Self.leaders(companies.rows) }

    /// The first of `rows` (sorted from the largest) and every other row with
    /// the same total; none when the largest is zero.
    private static func leaders(_ rows: [AggregateRow]) -> [AggregateRow] {
        guard let first = rows.first, first.amount > .zero else { return [] }
        return Array(rows.prefix { $0.amount == first.amount })
    }

    /// The text `figure` prints as, or a message saying what to fix.
    /// `{{table:…}}` is a block, not a value: it is an error here.
    public func text(for figure: LiveFigure) -> Result<String, FigureProblem> {
        switch figure {
        case .total: return .success(format.amount(states.total))
        case .count: return .success(format.count(dataset.investments.count))
        case .states: return .success(format.count(investedStates))
        case .sectors: return .success(format.count(sectors.rows.filter { $0.amount > .zero }.count))
        case .state(let name): return state(name).map { format.amount($0.amount) }
        case .share(let name): return state(name).map { format.share($0) }
        case .rank(let name): return state(name).map { format.ordinal($0.rank ?? 0) }
        case .sector(let name):
            if name.lowercased() == "top", let row = sectors.rows.first { return .success(format.amount(row.amount)) }
            if let row = sectors.rows.first(where: { $0.key.lowercased() == name.lowercased() }) {
                return .success(format.amount(row.amount))
            }
            return .failure(FigureProblem(
                message: "sector '\(name)' is not in the data",
                suggestion: closestMatch(to: name, in: sectors.rows.map(\.key)),
                known: sectors.rows.map(\.key)))
        case .top(let what):
            let rows: [AggregateRow]
            switch what.lowercased() {
            case "state": rows = states.rows
            case "sector": rows = sectors.rows
            case "company": rows = companies.rows
            default:
                return .failure(FigureProblem(
                    message: "'top:\(what)' names nothing tradebrief ranks",
                    suggestion: closestMatch(to: what, in: ["state", "sector", "company"]),
                    known: ["state", "sector", "company"]))
            }
            guard let first = rows.first else {
                return .failure(FigureProblem(message: "the data has no investments, so there is no largest \(what)", suggestion: nil, known: []))
            }
            switch what.lowercased() {
            case "state" where !topStates.isEmpty: return .success(format.stateNames(topStates))
            case "sector" where topSectors.count > 1: return .success(format.topNames(what, rows: topSectors, dataset: dataset))
            case "company" where topCompanies.count > 1: return .success(format.topNames(what, rows: topCompanies, dataset: dataset))
            default: return .success(format.topName(what, row: first, dataset: dataset))
            }
        case .indicator(let id):
            if let indicator = indicator(id) { return .success(format.indicator(indicator)) }
            let ids = dataset.indicators.map(\.id)
            return .failure(FigureProblem(
                message: "indicator '\(id)' is not in the data",
                suggestion: closestMatch(to: id, in: ids), known: ids))
        case .investment(let id):
            if let investment = investment(id) { return .success(format.publishedAmount(investment.amount)) }
            let ids = dataset.investments.map(\.id)
            return .failure(FigureProblem(
                message: "investment '\(id)' is not in the data", suggestion: closestMatch(to: id, in: ids), known: Array(ids.prefix(12))))
        case .table(let name):
            return .failure(FigureProblem(
                message: "'{{table:\(name)}}' is a table: put it alone in its own paragraph", suggestion: nil, known: []))
        }
    }

    /// The states whose names `figure` prints (`{{top:state}}`: the largest, or
    /// all those tied for it); empty when it prints none.
    public func namedStates(_ figure: LiveFigure) -> [USState] {
        guard case .top(let what) = figure, what.lowercased() == "state" else { return [] }
        return topStates
    }

    /// The sources a figure's value comes from: the indicator's own, or the
    /// investments' for computed totals.
    public func sources(for figure: LiveFigure) -> [String] {
        switch figure {
        case .indicator(let id): return indicator(id).map { [$0.source] } ?? []
        case .investment(let id): return investment(id)?.amountSourceIDs ?? []
        case .table: return []
        default: return dataset.investments.flatMap(\.amountSourceIDs)
        }
    }

    private func indicator(_ id: String) -> Indicator? {
        dataset.indicator(id) ?? reference?.indicator(id)
    }

    private func investment(_ id: String) -> Investment? {
        dataset.investments.first { $0.id == id } ?? reference?.investments.first { $0.id == id }
    }

    private func state(_ name: String) -> Result<StateRank, FigureProblem> {
        let invested = states.rows.filter { $0.amount > .zero }.map(\.key)
        if name.lowercased() == "top", let top = states.rows.first, let state = USState.named(top.key) {
            return .success(StateRank(state: state, aggregation: states, nationalProjects: dataset.investments.count))
        }
        guard let state = USState.named(name) else {
            let candidates = USState.all.map(\.code) + USState.all.map(\.name)
            let guess = closestMatch(to: name, in: candidates).flatMap(USState.named)
            return .failure(FigureProblem(
                message: "'\(name)' is not a U.S. state (use a USPS code such as GA, or a name such as Georgia)",
                suggestion: guess.map { $0.code }, known: invested))
        }
        let rank = StateRank(state: state, aggregation: states, nationalProjects: dataset.investments.count)
        guard rank.hasInvestment else {
            return .failure(FigureProblem(
                message: "\(state.name) (\(state.code)) has no tracked investment in the data",
                suggestion: nil, known: invested))
        }
        return .success(rank)
    }
}

/// Why a live figure has no value: what is wrong, the closest valid
/// spelling, and what the data holds.
public struct FigureProblem: Error, Hashable, Sendable {
    /// What is wrong.
    public var message: String
    /// The closest valid argument (`GA`, `Batteries`), if one is close.
    public var suggestion: String?
    /// The values the data holds (for "known: …").
    public var known: [String]
}
