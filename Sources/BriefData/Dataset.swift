import BriefText
import FoundationEssentials

/// Everything a brief is made from: sourced indicators, investments,
/// cooperation areas and challenges, with the sources they cite.
public struct Dataset: Codable, Hashable, Sendable {
    /// The brief's title.
    public var title: String
    /// A one-line subtitle.
    public var subtitle: String
    /// The date the figures are current to, ISO 8601.
    public var asOf: String
    /// The id of the main source (the article the brief is built on).
    public var primarySource: String
    /// Every source cited.
    public var sources: [Source]
    /// Single figures: trade, FDI share, ranks.
    public var indicators: [Indicator]
    /// The tracked investments.
    public var investments: [Investment]
    /// Areas of cooperation.
    public var cooperationAreas: [CooperationArea]
    /// Obstacles named by the source.
    public var challenges: [Challenge]
    /// The base name of the CSV file the investments were read from, when they
    /// come from the user rather than from the primary source (never a path).
    public var investmentsFile: String?

    /// Whether the investments come from a user's CSV file rather than from the dataset's own sources.
    public var investmentsFromUser: Bool { investmentsFile != nil }

    /// Creates a dataset from values in code; check it with ``validationProblems(file:)``.
    public init(
        title: String, subtitle: String, asOf: String, primarySource: String, sources: [Source],
        indicators: [Indicator] = [], investments: [Investment] = [], cooperationAreas: [CooperationArea] = [],
        challenges: [Challenge] = []
    ) {
        self.title = title
        self.subtitle = subtitle
        self.asOf = asOf
        self.primarySource = primarySource
        self.sources = sources
        self.indicators = indicators
        self.investments = investments
        self.cooperationAreas = cooperationAreas
        self.challenges = challenges
    }

    /// The name of the embedded dataset file.
    public static let embeddedFileName = "dataset.json"

    /// The text of the embedded dataset file, for hashing and for users who
    /// want a copy to edit.
    public static var embeddedJSON: String? { EmbeddedResources.text(named: embeddedFileName) }

    /// The dataset that ships inside the package: the figures of the CSIS article.
    /// (Users call `Dataset.embeddedDataset()` from `TradeBrief`, which throws `TradeBriefError`.)
    /// - Throws: ``DataError`` if the embedded file is broken (a build defect).
    package static func embeddedDataset() throws(DataError) -> Dataset {
        try decodedEmbedded.get()
    }

    /// The embedded dataset, decoded once per process: a build reads it for
    /// its data and again as the reference that live figures fall back on,
    /// and decoding its JSON is about 6 M instructions each time (issue 20).
    private static let decodedEmbedded: Result<Dataset, DataError> = {
        guard let text = EmbeddedResources.text(named: embeddedFileName) else {
            return .failure(DataError(problems: [DataProblem(file: embeddedFileName, message: "the embedded dataset is missing from this build")]))
        }
        return Result { () throws(DataError) -> Dataset in try decodeDataset(Data(text.utf8), file: "(embedded) " + embeddedFileName) }
    }()

    /// Reads and checks a dataset JSON file.
    /// (Users call `Dataset.load(from:displayName:)` from `TradeBrief`, which throws `TradeBriefError`.)
    /// - Throws: ``DataError`` with every problem found.
    package static func loadDataset(from url: URL, displayName: String? = nil) throws(DataError) -> Dataset {
        let name = displayName ?? url.path
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw DataError(problems: [DataProblem(file: name, message: "cannot read the file (\(systemErrorReason(error))); check the path")])
        }
        return try decodeDataset(data, file: name)
    }

    /// Decodes and checks a dataset from JSON bytes; `file` names it in errors.
    /// (Users call `Dataset.decode(_:file:)` from `TradeBrief`, which throws `TradeBriefError`.)
    /// - Throws: ``DataError`` with every problem found.
    package static func decodeDataset(_ data: Data, file: String) throws(DataError) -> Dataset {
        let dataset: Dataset
        do {
            dataset = try JSONDecoder().decode(Dataset.self, from: data)
        } catch let error as DecodingError {
            throw DataError(problems: [DataProblem(file: file, message: Self.describe(error))])
        } catch {
            // JSONDecoder throws only DecodingError; anything else is named as it describes itself.
            throw DataError(problems: [DataProblem(file: file, message: "not valid JSON: \(error)")])
        }
        let problems = dataset.validationProblems(file: file)
        guard problems.isEmpty else { throw DataError(problems: problems) }
        return dataset
    }

    /// The source with `id`, if cited.
    public func source(_ id: String) -> Source? { sources.first { $0.id == id } }

    /// The indicator with `id`, if present.
    public func indicator(_ id: String) -> Indicator? { indicators.first { $0.id == id } }

    /// The primary source, or the first one.
    public var mainSource: Source? { source(primarySource) ?? sources.first }

    /// Totals of the investments by `key`.
    public func aggregate(by key: AggregationKey) -> Aggregation { Aggregation(investments, by: key) }

    /// Every problem that makes this dataset unusable: unknown sources and
    /// states, bad amounts, years and shares, repeated ids, source addresses
    /// that may not be links (see ``LinkPolicy``).
    public func validationProblems(file: String) -> [DataProblem] {
        var problems: [DataProblem] = []
        func report(_ field: String, _ message: String) {
            problems.append(DataProblem(file: file, field: field, message: message))
        }
        let sourceIDs = Set(sources.map(\.id))
        for source in sources where !source.url.isEmpty {
            if case .failure(let problem) = LinkPolicy.liveURL(source.url) {
                report("sources[\(source.id)].url", "\(AmountParser.quoted(source.url)) cannot be a link: \(problem)")
            }
        }
        if !sourceIDs.contains(primarySource) { report("primarySource", "'\(primarySource)' is not the id of any source") }
        var seen = Set<String>()
        seen.reserveCapacity(investments.count)
        for investment in investments {
            // The location is only spelled out when something is wrong.
            var place: String { "investments[\(investment.id)]" }
            if !seen.insert(investment.id).inserted { report(place, "the id '\(investment.id)' is used twice") }
            if !sourceIDs.contains(investment.source) { report(place + ".source", "'\(investment.source)' is not the id of any source") }
            for (field, id) in [("locationSource", investment.locationSource), ("splitSource", investment.splitSource),
                                ("companyKoreanSource", investment.companyKoreanSource), ("joint.source", investment.joint?.source)] {
                if let id, !sourceIDs.contains(id) { report(place + "." + field, "'\(id)' is not the id of any source") }
            }
            if let joint = investment.joint, joint.partnerShareUSD <= 0 || joint.partnerShareUSD > investment.amountUSD {
                report(place + ".joint.partnerShareUSD", "\(joint.partnerShareUSD) is not a part of the amount \(investment.amountUSD)")
            }
            if investment.amountUSD <= 0 || investment.amountUSD >= 10_000_000_000_000 {
                report(place + ".amountUSD", "\(investment.amountUSD) is outside the allowed range (more than 0, less than 10^13)")
            }
            if let year = investment.year, !(1950...2100).contains(year) {
                report(place + ".year", "\(year) is not a year from 1950 to 2100")
            }
            if investment.states.isEmpty { report(place + ".states", "no state given") }
            for entry in investment.states where USState.named(entry.state)?.code != entry.state {
                report(place + ".states", "'\(entry.state)' is not a USPS state code (use e.g. GA, KY, DC)")
            }
            switch investment.split {
            case .single where investment.states.count != 1:
                report(place + ".split", "'single' needs exactly one state, found \(investment.states.count)")
            case .shares:
                if let message = Self.sharesProblem(investment.states) { report(place + ".\(message.field)", message.message) }
            case .amounts:
                if investment.states.contains(where: { ($0.amountUSD ?? 0) <= 0 }) {
                    report(place + ".states", "'amounts' needs an amountUSD above 0 on every state")
                } else if investment.publishedAllocations == nil {
                    report(place + ".states", "the states' amounts do not add up to \(investment.amountUSD)")
                }
            default: break
            }
        }
        for indicator in indicators where !sourceIDs.contains(indicator.source) {
            report("indicators[\(indicator.id)].source", "'\(indicator.source)' is not the id of any source")
        }
        for area in cooperationAreas where !sourceIDs.contains(area.source) {
            report("cooperationAreas[\(area.id)].source", "'\(area.source)' is not the id of any source")
        }
        for challenge in challenges where !sourceIDs.contains(challenge.source) {
            report("challenges[\(challenge.id)].source", "'\(challenge.source)' is not the id of any source")
        }
        return problems
    }

    /// What ``validationProblems(file:)`` says about the states of an
    /// investment split by ``SplitMethod/shares``: a share missing, or shares
    /// whose sum (as a `Double`) is more than 0.001 from 1.
    static func sharesProblem(_ states: [StateShare]) -> (field: String, message: String)? {
        let shares = states.compactMap(\.share)
        if shares.count != states.count {
            return ("split", "'shares' needs a share on every state")
        } else if abs(shares.reduce(0, +).doubleValue - 1) > 0.001 {
            return ("states", "shares add up to \(shares.reduce(0, +)), not 1")
        }
        return nil
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return keys.isEmpty ? "at the top level" : "at \(keys.hasPrefix(".") ? String(keys.dropFirst()) : keys)"
        }
        switch error {
        case .typeMismatch(let type, let context): return "\(path(context)): expected \(type)"
        case .valueNotFound(let type, let context): return "\(path(context)): missing \(type) value"
        case .keyNotFound(let key, let context): return "\(path(context)): missing key '\(key.stringValue)'"
        case .dataCorrupted(let context): return "\(path(context)): \(context.debugDescription)"
        @unknown default: return "cannot decode the dataset"
        }
    }
}
