import BriefData
import Foundation

/// A realistic list of Korean investments in U.S. states, made up from a seed,
/// for testing charts, briefs and one-pagers at the sizes users bring: tens of
/// investments across 20–30 states and up to 25 sectors, multi-state projects
/// with and without published shares, long English and Hangul names, amounts
/// from $70M to $40B written in every form the CSV accepts.
///
/// The same parameters give the same CSV, byte for byte, on every machine.
/// The companies are fictional (see ``StressVocabulary``) and every row cites
/// a "Stress data: …" publisher, so nothing generated passes for a real figure.
///
/// ```swift
/// let csv = StressDataset.standard.csv()          // 43 investments, 23 states, 19 sectors
/// let big = StressDataset(seed: 7, investments: 80, states: 28, sectors: 25).csv()
/// ```
public struct StressDataset: Sendable, Hashable {
    /// The seed every choice is drawn from.
    public var seed: UInt64
    /// How many investments (rows); at least as many as `states` and `sectors`.
    public var investments: Int
    /// How many different states the investments land in (1–35).
    public var states: Int
    /// How many different sectors (1–25).
    public var sectors: Int

    /// The smallest amount, in dollars ($70M); always present.
    public static let smallestUSD: Int64 = 70_000_000
    /// The largest amount, in dollars ($40B); always present.
    public static let largestUSD: Int64 = 40_000_000_000

    /// The review's list: 43 investments in 23 states and 19 sectors
    /// (`Examples/stress/investments-43.csv`).
    public static let standard = StressDataset(seed: 49, investments: 43, states: 23, sectors: 19)
    /// The largest size: 100 investments in 30 states and 25 sectors
    /// (`Examples/stress/investments-100.csv`).
    public static let large = StressDataset(seed: 100, investments: 100, states: 30, sectors: 25)

    /// A stress dataset; sizes outside the limits are brought inside them.
    public init(seed: UInt64, investments: Int, states: Int, sectors: Int) {
        self.seed = seed
        self.states = min(max(states, 1), StressVocabulary.states.count)
        self.sectors = min(max(sectors, 1), StressVocabulary.sectors.count)
        self.investments = max(investments, self.states, self.sectors, 2)
    }

    /// The file name the examples use: `investments-43.csv`.
    public var fileName: String { "investments-\(investments).csv" }

    /// The rows, in file order.
    public func rows() -> [StressRow] {
        var random = SeededGenerator(seed: seed)
        let stateCodes = Self.drawWithoutReplacement(StressVocabulary.states, count: states, falloff: 1.3, &random)
        let sectorIndexes = Self.drawWithoutReplacement(Array(StressVocabulary.sectors.indices), count: sectors, falloff: 2.0, &random)
        let stateWeights = stateCodes.indices.map { 1 / pow(Double($0) + 1, 1.1) }
        let sectorWeights = sectorIndexes.indices.map { 1 / pow(Double($0) + 1, 0.9) }
        let amounts = Self.amountsInMillions(count: investments, &random)

        var rows: [StressRow] = []
        var seen: Set<String> = []
        for index in 0..<investments {
            // The first rows cover every state and every sector once; the
            // largest amount goes to the most favoured state and sector.
            let sectorRank = index < sectors ? index : random.weightedIndex(sectorWeights)
            let sector = StressVocabulary.sectors[sectorIndexes[sectorRank]]
            // Small sectors do not get the giant projects (a cosmetics plant is not $8B).
            let millions = min(amounts[index], max(Self.smallestUSD / 1_000_000 * 4, Int64(40_000 / pow(Double(sectorRank) + 1, 1.3))))
            let primary = stateCodes[index < states ? index : random.weightedIndex(stateWeights)]
            let multiState = index > 1 && stateCodes.count > 1 && random.chance(0.22)
            let cell = multiState
                ? Self.multiStateCell(primary: primary, among: stateCodes, weights: stateWeights, &random)
                : Self.stateToken(primary, &random)
            let company = StressVocabulary.companies[random.pick(sector.companies)]
            var project = random.pick(StressVocabulary.projectPrefixes) + random.pick(sector.products) + random.pick(StressVocabulary.phases)
            project = project.prefix(1).uppercased() + project.dropFirst()
            var key = "\(company.english)|\(project)|\(cell)"
            var site = 2
            while seen.contains(key) {
                project += " (site \(site))"
                site += 1
                key = "\(company.english)|\(project)|\(cell)"
            }
            seen.insert(key)
            let sourced = random.unit()
            rows.append(StressRow(
                company: Self.companyName(company, &random),
                project: project,
                sector: sector.name,
                states: cell,
                amountUSD: millions * 1_000_000,
                amountText: Self.amountText(millions: millions, &random),
                year: random.chance(0.15) ? nil : random.int(in: 2017...2025),
                source: sourced < 0.95 ? Self.publisher(sourced / 0.95) : nil,
                url: sourced < 0.9 ? "https://example.com/tradebrief-stress/\(seed)/\(index + 1)" : nil))
        }
        return random.shuffled(rows)
    }

    /// The CSV text (header and rows, `\n` line ends), as `--investments` reads it.
    public func csv() -> String {
        var text = "company,project,sector,states,amount_usd,year,source,url\n"
        for row in rows() {
            let fields = [row.company, row.project, row.sector, row.states, row.amountText,
                          row.year.map(String.init) ?? "", row.source ?? "", row.url ?? ""]
            text += fields.map(Self.quoted).joined(separator: ",") + "\n"
        }
        return text
    }

    // MARK: - Steps

    /// `count` items drawn from the front of `items` with weights falling as `1/(i+1)^falloff`.
    static func drawWithoutReplacement<T>(_ items: [T], count: Int, falloff: Double, _ random: inout SeededGenerator) -> [T] {
        var pool = Array(items.enumerated())
        var result: [T] = []
        while result.count < count, !pool.isEmpty {
            let index = random.weightedIndex(pool.map { 1 / pow(Double($0.offset) + 1, falloff) })
            result.append(pool.remove(at: index).element)
        }
        return result
    }

    /// Amounts in whole millions, skewed as real lists are (many below $1B, a
    /// few above $10B): the first is the largest, the second the smallest.
    static func amountsInMillions(count: Int, _ random: inout SeededGenerator) -> [Int64] {
        let low = log(Double(smallestUSD / 1_000_000)), high = log(Double(largestUSD / 1_000_000))
        var result: [Int64] = [largestUSD / 1_000_000, smallestUSD / 1_000_000]
        while result.count < count {
            let raw = exp(low + (high - low) * pow(random.unit(), 1.7))
            // Three significant digits, as announcements give them.
            let step = pow(10, max(0, floor(log10(raw)) - 2))
            result.append(min(max(Int64((raw / step).rounded() * step), result[1] + 1), result[0] - 1))
        }
        return Array(result.prefix(count))
    }

    /// A state as a user writes it: mostly the code, sometimes the name, any case.
    static func stateToken(_ code: String, _ random: inout SeededGenerator) -> String {
        let name = USState.all.first { $0.code == code }?.name ?? code
        switch random.int(in: 0...9) {
        case 0...6: return code
        case 7, 8: return name
        default: return random.chance(0.5) ? code.lowercased() : name.lowercased()
        }
    }

    /// Two or three states, half the time with published shares (as decimals or percentages).
    static func multiStateCell(
        primary: String, among codes: [String], weights: [Double], _ random: inout SeededGenerator
    ) -> String {
        var chosen = [primary]
        let wanted = random.chance(0.7) ? 2 : 3
        while chosen.count < min(wanted, codes.count) {
            let code = codes[random.weightedIndex(weights)]
            if !chosen.contains(code) { chosen.append(code) }
        }
        let tokens = chosen.map { stateToken($0, &random) }
        guard random.chance(0.5) else { return tokens.joined(separator: ";") }
        let shares: [Int] = chosen.count == 2
            ? random.pick([[50, 50], [60, 40], [70, 30], [75, 25], [55, 45]])
            : random.pick([[50, 30, 20], [40, 30, 30], [60, 25, 15]])
        let percent = random.chance(0.5)
        return zip(tokens, shares).map { token, share in
            percent ? "\(token)=\(share)%" : "\(token)=\(Self.decimal(share, places: 2))"
        }.joined(separator: ";")
    }

    /// The publisher at `position` (0 ..< 1) along ``StressVocabulary/publishers``.
    static func publisher(_ position: Double) -> String {
        let names = StressVocabulary.publishers
        return names[min(names.count - 1, Int(position * Double(names.count)))]
    }

    /// The company as written in a list: English, English with Hangul, or Hangul alone.
    static func companyName(_ company: StressVocabulary.Company, _ random: inout SeededGenerator) -> String {
        switch random.int(in: 0...9) {
        case 0...5: return company.english
        case 6...8: return "\(company.english) (\(company.korean))"
        default: return company.korean
        }
    }

    /// An amount of `millions` in one of the CSV's forms: `$3.87B`,
    /// `3.87 billion`, `3870M`, `850 million`, `3870000000`, `3,870,000,000`.
    static func amountText(millions: Int64, _ random: inout SeededGenerator) -> String {
        let billions = millions >= 1000
        switch random.int(in: 0...5) {
        case 0: return billions ? "$\(decimal(millions, places: 3))B" : "$\(millions)M"
        case 1: return billions ? "\(decimal(millions, places: 3)) billion" : "\(millions) million"
        case 2: return "\(millions)M"
        case 3: return "\(millions) million"
        case 4: return "\(millions)000000"
        default: return grouped(millions * 1_000_000)
        }
    }

    /// `value / 10^places` written without trailing zeros: `decimal(3870, places: 3)` is `3.87`.
    static func decimal(_ value: Int64, places: Int) -> String {
        var divisor: Int64 = 1
        for _ in 0..<places { divisor *= 10 }
        var fraction = String(value % divisor)
        fraction = String(repeating: "0", count: places - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return fraction.isEmpty ? "\(value / divisor)" : "\(value / divisor).\(fraction)"
    }

    /// `decimal` for an `Int` share in hundredths.
    static func decimal(_ value: Int, places: Int) -> String { decimal(Int64(value), places: places) }

    /// `3,870,000,000`.
    static func grouped(_ value: Int64) -> String {
        var digits = String(value)
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(digits, at: 0)
        return groups.joined(separator: ",")
    }

    /// A CSV field, quoted (RFC 4180) when it holds a comma, a quote or a line break.
    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
