/// An ``InvestmentSink`` that keeps running totals by a key (state, sector
/// or company) instead of the rows: the same totals as ``Aggregation`` makes
/// from the investments, and what ``Dataset/validationProblems(file:)`` would
/// say about them, in memory that grows with the distinct keys only.
struct InvestmentTotals: InvestmentSink {
    /// What the rows are totalled by.
    let key: AggregationKey
    /// By state index, sector id or company id: the cents, the projects, and
    /// of those how many span several states, and how many of those are split evenly.
    private var cents: [Int64] = []
    private var projects: [Int] = []
    private var shared: [Int] = []
    private var even: [Int] = []
    private var total: Int64 = 0
    /// The number of rows added.
    private(set) var count = 0
    /// What ``Dataset/validationProblems(file:)`` says about the rows.
    private(set) var validationProblems: [DataProblem] = []
    private var isDropped = false

    init(by key: AggregationKey) {
        self.key = key
        if key == .state { grow(to: USState.all.count) }
    }

    var keepsCompanyNames: Bool { key == .company }

    mutating func add(_ row: CheckedInvestmentRow, file: String) {
        guard !isDropped else { return }
        let states = row.states
        if let problem = states.sharesProblem {
            validationProblems.append(DataProblem(file: file, field: "investments[row-\(row.line)].\(problem.field)", message: problem.message))
        }
        let cents = row.amount.cents
        count += 1
        total &+= cents
        let isShared = states.indexes.count > 1, isEven = isShared && states.split == .even
        switch key {
        case .state:
            if !isShared {
                tally(states.indexes[0], cents)
            } else {
                let parts = Investment.allocatedCents(cents, states: states.states, split: states.split, tenThousandths: states.tenThousandths)
                for (index, part) in zip(states.indexes, parts) { tally(index, part, shared: true, even: isEven) }
            }
        case .sector: tally(row.sector.id, cents, shared: isShared, even: isEven)
        case .company: tally(row.companyName?.id ?? 0, cents, shared: isShared, even: isEven)
        }
    }

    mutating func dropAll() {
        isDropped = true
    }

    /// The totals, as an ``Aggregation``.
    /// - Parameters:
    ///   - sectors: the sector names, by id.
    ///   - companies: the company names, by id.
    func aggregation(sectors: [String], companies: [String]) -> Aggregation {
        var rows: [AggregateRow] = []
        for (id, amount) in cents.enumerated() where projects[id] > 0 {
            let name: String
            let label: String
            switch key {
            case .state: (name, label) = (USState.all[id].code, USState.all[id].name)
            case .sector: name = sectors[id]; label = name
            case .company: name = companies[id]; label = name
            }
            rows.append(AggregateRow(key: name, label: label, amount: Money(cents: amount), projects: projects[id],
                                     sharedProjects: shared[id], evenSplitProjects: even[id]))
        }
        return Aggregation(key: key, unsortedRows: rows, total: Money(cents: total))
    }

    /// Adds the totals of `other`, made from later rows of the same file;
    /// `ids` maps its sector or company ids to this one's (states need none).
    mutating func add(_ other: InvestmentTotals, ids: [Int]) {
        count += other.count
        total &+= other.total
        validationProblems += other.validationProblems
        if other.isDropped { isDropped = true }
        for id in other.cents.indices where other.projects[id] > 0 {
            let mine = key == .state ? id : ids[id]
            if mine >= cents.count { grow(to: mine + 1) }
            cents[mine] &+= other.cents[id]
            projects[mine] += other.projects[id]
            shared[mine] += other.shared[id]
            even[mine] += other.even[id]
        }
    }

    /// Adds an amount to the running total of `id`.
    @inline(__always)
    private mutating func tally(_ id: Int, _ amount: Int64, shared isShared: Bool = false, even isEven: Bool = false) {
        if id >= cents.count { grow(to: id + 1) }
        cents[id] &+= amount
        projects[id] += 1
        if isShared { shared[id] += 1 }
        if isEven { even[id] += 1 }
    }

    private mutating func grow(to size: Int) {
        let more = size - cents.count
        guard more > 0 else { return }
        cents.append(contentsOf: repeatElement(0, count: more))
        projects.append(contentsOf: repeatElement(0, count: more))
        shared.append(contentsOf: repeatElement(0, count: more))
        even.append(contentsOf: repeatElement(0, count: more))
    }
}
