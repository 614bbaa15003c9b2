import FoundationEssentials

/// A Korean company's investment in U.S. manufacturing, with its sources.
public struct Investment: Codable, Hashable, Sendable, Identifiable {
    /// A stable key.
    public var id: String
    /// The investing company (or companies).
    public var company: String
    /// The company's name in Korean script, when known.
    public var companyKorean: String?
    /// The id of the ``Source`` for ``companyKorean`` (the company's own site),
    /// when the amount's source does not give it.
    public var companyKoreanSource: String?
    /// What is being built.
    public var project: String
    /// The industry, e.g. `Semiconductors`.
    public var sector: String
    /// The committed amount in U.S. dollars, exact.
    public var amountUSD: Decimal {
        didSet { amount = Money(dollars: amountUSD) }
    }
    /// The amount, exact to the cent (kept with ``amountUSD``; sorting and
    /// totals use it without decimal arithmetic).
    public private(set) var amount: Money
    /// The year of the announcement, when known.
    public var year: Int?
    /// The states it lands in.
    public var states: [StateShare]
    /// How the amount is divided among `states`.
    public var split: SplitMethod
    /// The id of the ``Source`` for the amount (and everything else unless said otherwise).
    public var source: String
    /// The id of another ``Source`` for the location, when the primary source does not give it.
    public var locationSource: String?
    /// The id of another ``Source`` for the split among states (``SplitMethod/shares``
    /// or ``SplitMethod/amounts``), when the amount's source does not give it.
    public var splitSource: String?
    /// The partner and its part, when the amount is a joint commitment with a non-Korean company.
    public var joint: JointCommitment?
    /// A caveat to print with the investment.
    public var note: String?
    /// The line of the CSV file this came from, when it came from one.
    public var line: Int?

    /// Creates an investment.
    public init(
        id: String, company: String, companyKorean: String? = nil, project: String, sector: String,
        amountUSD: Decimal, year: Int? = nil, states: [StateShare], split: SplitMethod, source: String,
        locationSource: String? = nil, note: String? = nil, line: Int? = nil,
        companyKoreanSource: String? = nil, splitSource: String? = nil, joint: JointCommitment? = nil
    ) {
        self.id = id
        self.company = company
        self.companyKorean = companyKorean
        self.companyKoreanSource = companyKoreanSource
        self.splitSource = splitSource
        self.joint = joint
        self.project = project
        self.sector = sector
        self.amountUSD = amountUSD
        self.amount = Money(dollars: amountUSD)
        self.year = year
        self.states = states
        self.split = split
        self.source = source
        self.locationSource = locationSource
        self.note = note
        self.line = line
    }

    /// An investment whose amount in cents is already known (it must be `amountUSD` rounded to the cent).
    init(
        id: String, company: String, project: String, sector: String, amountUSD: Decimal, amount: Money,
        year: Int?, states: [StateShare], split: SplitMethod, source: String, note: String?, line: Int?
    ) {
        self.id = id
        self.company = company
        self.project = project
        self.sector = sector
        self.amountUSD = amountUSD
        self.amount = amount
        self.year = year
        self.states = states
        self.split = split
        self.source = source
        self.note = note
        self.line = line
    }

    private enum CodingKeys: String, CodingKey {
        case id, company, companyKorean, companyKoreanSource, project, sector, amountUSD, year, states, split, source,
             locationSource, splitSource, joint, note, line
    }

    /// Decodes an investment from the dataset's JSON.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id),
            company: try container.decode(String.self, forKey: .company),
            companyKorean: try container.decodeIfPresent(String.self, forKey: .companyKorean),
            project: try container.decode(String.self, forKey: .project),
            sector: try container.decode(String.self, forKey: .sector),
            amountUSD: try container.decode(Decimal.self, forKey: .amountUSD),
            year: try container.decodeIfPresent(Int.self, forKey: .year),
            states: try container.decode([StateShare].self, forKey: .states),
            split: try container.decode(SplitMethod.self, forKey: .split),
            source: try container.decode(String.self, forKey: .source),
            locationSource: try container.decodeIfPresent(String.self, forKey: .locationSource),
            note: try container.decodeIfPresent(String.self, forKey: .note),
            line: try container.decodeIfPresent(Int.self, forKey: .line),
            companyKoreanSource: try container.decodeIfPresent(String.self, forKey: .companyKoreanSource),
            splitSource: try container.decodeIfPresent(String.self, forKey: .splitSource),
            joint: try container.decodeIfPresent(JointCommitment.self, forKey: .joint))
    }

    /// Whether the split among states comes from a source other than the amount's.
    public var splitFromOtherSource: Bool { splitSource != nil && splitSource != source }

    /// The ids of every source this investment's figures rest on: the amount's,
    /// then the location's, the split's and the joint partner's, each once.
    public var provenanceSourceIDs: [String] {
        var ids: [String] = []
        for id in [source, locationSource, splitSource, joint?.source].compactMap({ $0 }) where !ids.contains(id) { ids.append(id) }
        return ids
    }

    /// Whether the amount is shared among several states.
    public var isMultiState: Bool { states.count > 1 }

    /// Whether the location comes from a source other than the amount's.
    public var locationFromOtherSource: Bool { locationSource != nil && locationSource != source }

    /// The amount divided among the states, in cents, adding up exactly to
    /// ``amount``. Even splits give any leftover cents to the first states;
    /// published shares are rounded by largest remainder.
    public var allocations: [(state: String, amount: Money)] {
        if split == .amounts, let published = publishedAllocations { return published }
        if split == .shares, !states.contains(where: { $0.share == nil }), let tenThousandths = Self.tenThousandths(states) {
            let parts = Self.allocatedCents(amount.cents, states: states, split: split, tenThousandths: tenThousandths)
            return zip(states, parts).map { ($0.state, Money(cents: $1)) }
        }
        return decimalAllocations
    }

    /// The published per-state amounts in cents, when every state has one and
    /// they add up exactly to ``amount``.
    var publishedAllocations: [(state: String, amount: Money)]? {
        var parts: [(state: String, amount: Money)] = []
        for entry in states {
            guard let dollars = entry.amountUSD else { return nil }
            parts.append((entry.state, Money(dollars: dollars)))
        }
        return parts.reduce(Money.zero, { $0 + $1.amount }) == amount ? parts : nil
    }

    /// The shares in ten-thousandths when every one is a whole number of them
    /// and they add up to exactly 1.
    static func tenThousandths(_ states: [StateShare]) -> [Int64]? {
        var result: [Int64] = []
        for entry in states {
            guard let scaled = entry.share.map({ $0 * 10_000 }) else { return nil }
            let rounded = scaled.rounded(.plain)
            guard rounded == scaled, rounded >= 0, rounded <= 10_000 else { return nil }
            result.append(scaled.roundedInt64(.plain))
        }
        return result.reduce(0, +) == 10_000 ? result : nil
    }

    /// ``allocations`` in cents, for `total` cents: even splits in whole
    /// numbers; shares given in ten-thousandths that add up to exactly 10,000
    /// in whole numbers too (`total × share` is then exact, as it is with
    /// `Decimal`); any other shares with ``decimalAllocations``.
    static func allocatedCents(_ total: Int64, states: [StateShare], split: SplitMethod, tenThousandths: [Int64]) -> [Int64] {
        guard !states.isEmpty else { return [] }
        let count = Int64(states.count)
        if split != .shares || states.contains(where: { $0.share == nil }) {
            let base = total / count
            let leftover = total - base * count
            return (0..<states.count).map { base + (Int64($0) < leftover ? 1 : 0) }
        }
        guard tenThousandths.count == states.count, tenThousandths.allSatisfy({ (0...10_000).contains($0) }),
              total >= 0, total < 1_000_000_000_000_000 else {
            let investment = Investment(
                id: "", company: "", project: "", sector: "", amountUSD: 0, amount: Money(cents: total),
                year: nil, states: states, split: split, source: "", note: nil, line: nil)
            return investment.decimalAllocations.map(\.amount.cents)
        }
        // total < 10^15 and shares ≤ 10^4: the products fit in 64 bits unsigned.
        var floors: [Int64] = []
        var remainders: [(index: Int, remainder: UInt64)] = []
        for (index, share) in tenThousandths.enumerated() {
            let exact = UInt64(total) * UInt64(share)
            floors.append(Int64(exact / 10_000))
            remainders.append((index, exact % 10_000))
        }
        var leftover = total - floors.reduce(0, +)
        let order = remainders.sorted { $0.remainder != $1.remainder ? $0.remainder > $1.remainder : $0.index < $1.index }
        for entry in order where leftover > 0 {
            floors[entry.index] += 1
            leftover -= 1
        }
        return floors
    }

    /// ``allocations`` worked out with `Decimal` arithmetic, as it always was.
    var decimalAllocations: [(state: String, amount: Money)] {
        let total = amount.cents
        guard !states.isEmpty else { return [] }
        let count = Int64(states.count)
        if split != .shares || states.contains(where: { $0.share == nil }) {
            let base = total / count
            let leftover = total - base * count
            return states.enumerated().map { index, entry in
                (entry.state, Money(cents: base + (Int64(index) < leftover ? 1 : 0)))
            }
        }
        // Shares are scaled by their sum (which validation keeps within 0.001 of
        // 1), so the parts always add up to the amount, never more or less.
        let sum = states.reduce(Decimal(0)) { $0 + ($1.share ?? 0) }
        guard sum > 0 else { return states.map { ($0.state, Money(cents: 0)) } }
        var floors: [Int64] = []
        var remainders: [(index: Int, remainder: Decimal)] = []
        for (index, entry) in states.enumerated() {
            let exact = Decimal(total) * (entry.share ?? 0) / sum
            let floored = exact.rounded(.down)
            floors.append(exact.roundedInt64(.down))
            remainders.append((index, exact - floored))
        }
        // Flooring leaves fewer than one cent per state to hand out.
        var leftover = total - floors.reduce(0, +)
        let order = remainders.sorted { $0.remainder != $1.remainder ? $0.remainder > $1.remainder : $0.index < $1.index }
        for entry in order where leftover > 0 {
            floors[entry.index] += 1
            leftover -= 1
        }
        return states.enumerated().map { index, entry in (entry.state, Money(cents: floors[index])) }
    }
}
