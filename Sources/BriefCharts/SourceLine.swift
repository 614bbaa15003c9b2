import BriefData

/// Writes the line under a chart: which sources its figures come from, and
/// the caveats a reader must see (locations from elsewhere, even splits),
/// in the chart's language.
public enum SourceLine {
    /// The source line for a chart built from `investments` of `dataset`.
    /// With `locationNotes` false, only the credit is given (for charts that
    /// do not show where the money goes).
    public static func forInvestments(
        _ investments: [Investment], in dataset: Dataset, locationNotes: Bool = true, language: BriefLanguage = .english,
        currencySymbol: String = "$",
        abbreviatesAmounts: Bool = true
    ) -> String {
        let words = ChartWording(language, currencySymbol: currencySymbol, abbreviatesAmounts: abbreviatesAmounts)
        var ids: [String] = []
        var seen = Set<String>()
        for investment in investments where seen.insert(investment.source).inserted { ids.append(investment.source) }
        var text = credit(ids, in: dataset, language: language)
        guard locationNotes else { return text + jointNote(investments, in: dataset, language: language, currencySymbol: currencySymbol,
                                                    abbreviatesAmounts: abbreviatesAmounts) }
        // Indices, not copies: a CSV can hold a million investments.
        let elsewhere = investments.indices.filter { investments[$0].locationFromOtherSource }
        for index in elsewhere.prefix(3) {
            let investment = investments[index]
            let states = investment.states.map { words.state($0.state) }.joined(separator: ", ")
            let other = investment.locationSource.flatMap { dataset.source($0)?.shortCredit } ?? words.anotherSource
            text += words.locationNote(company: language.company(investment), states: states, from: other)
        }
        if elsewhere.count > 3 { text += words.moreLocated(elsewhere.count - 3) }
        let even = investments.indices.filter { investments[$0].split == .even }
        if !even.isEmpty {
            let listed = Array(even.prefix(3))
            var names = zip(listed, words.amounts(listed.map { investments[$0].amount }))
                .map { "\(language.company(investments[$0])) (\($1))" }.joined(separator: ", ")
            if even.count > 3 { names += words.andMore(even.count - 3) }
            text += words.evenSplit(names)
        }
        let published = investments.indices.filter { investments[$0].isMultiState && investments[$0].splitFromOtherSource }
        for index in published.prefix(3) {
            let investment = investments[index]
            let parts = zip(investment.allocations, words.amounts(investment.allocations.map(\.amount)))
                .map { "\(words.state($0.state)) \($1)" }
            let other = investment.splitSource.flatMap { dataset.source($0)?.shortCredit } ?? words.anotherSource
            text += words.publishedSplit(company: language.company(investment), parts: parts.joined(separator: ", "), from: other)
        }
        return text + jointNote(investments, in: dataset, language: language, currencySymbol: currencySymbol,
                                                    abbreviatesAmounts: abbreviatesAmounts)
    }

    /// ` SK Innovation & Ford's $11.4B is a joint commitment; Ford's share is about $7B (Ford (2021)).`
    /// for the investments that are joint commitments with a non-Korean partner (empty when none are).
    public static func jointNote(_ investments: [Investment], in dataset: Dataset, language: BriefLanguage = .english,
                                 currencySymbol: String = "$", abbreviatesAmounts: Bool = true) -> String {
        let words = ChartWording(language, currencySymbol: currencySymbol, abbreviatesAmounts: abbreviatesAmounts)
        let joint = investments.indices.filter { investments[$0].joint != nil }
        var text = ""
        for index in joint.prefix(3) {
            let investment = investments[index]
            guard let partner = investment.joint else { continue }
            let credit = dataset.source(partner.source)?.shortCredit ?? partner.source
            text += words.jointNote(company: language.company(investment), amount: investment.amount, partner: partner.partner(in: language),
                                    share: partner.partnerShareText(in: language, symbol: currencySymbol, abbreviated: abbreviatesAmounts), credit: credit)
        }
        if joint.count > 3 { text += words.moreJoint(joint.count - 3) }
        return text
    }

    /// The non-Korean partners of the joint commitments among `investments`,
    /// each named once in order (`["Ford"]`): the labels of a tracked total
    /// say that it includes their shares.
    public static func jointPartners(_ investments: [Investment], language: BriefLanguage = .english) -> [String] {
        var names: [String] = []
        for partner in investments.compactMap(\.joint) {
            let name = partner.partner(in: language)
            if !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// `Source: CSIS (2025).` or `Sources: CSIS (2025); SK hynix Newsroom (2024).` (`출처: …`).
    public static func credit(_ sourceIDs: [String], in dataset: Dataset, language: BriefLanguage = .english) -> String {
        let words = ChartWording(language)
        let names = self.names(sourceIDs, in: dataset, language: language)
        guard !names.isEmpty else { return words.sourceNotStated }
        return words.sourcePrefix(count: names.count) + names.joined(separator: "; ") + "."
    }

    /// The sources' short credits, each named once, at most `limit` of them
    /// and then `N sources in all` (a CSV can cite hundreds). N counts every
    /// source, the named ones included, not their distinct credits: a CSV's
    /// hundred sources may share a dozen credits ("Stress data: trade
    /// press"), and a count of those left unnamed would differ with how
    /// many are named (the cover names two, a chart three).
    public static func names(_ sourceIDs: [String], in dataset: Dataset, limit: Int = 3, language: BriefLanguage = .english) -> [String] {
        var names: [String] = []
        var sourcesByName: [String: Set<String>] = [:]
        // Each credit found in one pass over the sources (the first of an id, as
        // `Dataset.source(_:)` finds it): a CSV's hundred sources, each looked up in a list of
        // a hundred, were 2% of the 51 one-pagers' CPU.
        let wanted = Set(sourceIDs)
        var credits: [String: String] = [:]
        for index in dataset.sources.indices where wanted.contains(dataset.sources[index].id) {
            let id = dataset.sources[index].id
            if credits[id] == nil { credits[id] = dataset.sources[index].shortCredit }
        }
        for id in sourceIDs {
            let name = credits[id] ?? id
            if sourcesByName[name] == nil { names.append(name) }
            sourcesByName[name, default: []].insert(id)
        }
        guard names.count - 1 > limit else { return names }
        let all = sourcesByName.values.reduce(0) { $0 + $1.count }
        return Array(names.prefix(limit)) + [ChartWording(language).sourcesInAll(all)]
    }
}
