import BriefCharts
import BriefData

/// Numbers the sources a document cites, in the order of first citation,
/// and finds a source by its id or by a slug of its publisher or title
/// (`[@sk-hynix-newsroom]` for a CSV's `SK hynix Newsroom`), or else of the
/// short name its credit gives (`[@csis]` for the CSIS article, which a CSV's
/// `CSIS` rows at its address credit).
struct CitationIndex {
    private let sources: [Source]
    private var byKey: [String: Int] = [:]
    /// The cited sources' indexes in `sources`, in citation order.
    private(set) var order: [Int] = []

    /// The first row (`row-<line>`) citing each CSV source, by source index, to name it in messages.
    private var firstRow: [Int: String] = [:]
    /// The sources each name (a slug of a publisher or title) stands for, in order, where it is more than one.
    private var sharing: [String: [Int]] = [:]

    /// An index of `sources`; `rows` (each investment's id and source id, in
    /// file order) makes `[@row-12]` cite the source of the CSV row on line
    /// 12, as `{{investment:row-12}}` gives its amount.
    init(sources: [Source], rows: [(id: String, source: String)] = []) {
        self.sources = sources
        var named: [String: [Int]] = [:]
        for (index, source) in sources.enumerated() {
            let names = [Self.slug(source.publisher), Self.slug(source.title)].filter { !$0.isEmpty }
            for key in [source.id.lowercased()] + names where byKey[key] == nil { byKey[key] = index }
            for name in Set(names) { named[name, default: []].append(index) }
        }
        let ids = Set(sources.map { $0.id.lowercased() })
        sharing = named.filter { $0.value.count > 1 && !ids.contains($0.key) }
        let indexOfID = Dictionary(sources.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for row in rows where row.id.hasPrefix("row-") {
            guard let index = indexOfID[row.source] else { continue }
            if byKey[row.id] == nil { byKey[row.id] = index }
            if firstRow[index] == nil { firstRow[index] = row.id }
        }
        // Short names last: a source's own id, publisher or title comes first.
        for (index, source) in sources.enumerated() {
            let key = Self.slug(source.shortName)
            if !key.isEmpty, byKey[key] == nil { byKey[key] = index }
        }
    }

    /// `SK hynix Newsroom` → `sk-hynix-newsroom`.
    static func slug(_ text: String) -> String {
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, result.last != "-" {
                result.append("-")
            }
        }
        while result.last == "-" { result.removeLast() }
        return result
    }

    /// The source for `key`, if any.
    func source(for key: String) -> Source? { byKey[key.lowercased()].map { sources[$0] } }

    /// The closest key to `key`, for "did you mean".
    func suggestion(for key: String) -> String? { closestMatch(to: key, in: ids) }

    /// The keys a document may cite, one per source, as messages list them:
    /// a source's id, except for a CSV's sources, whose ids (`csv-1`, …) the
    /// reader makes up: those are listed by the slug of their name
    /// (`acme-news` for `Acme News`), which is what a writer knows.
    var ids: [String] {
        sources.enumerated().map { index, source in
            guard source.id.hasPrefix(InvestmentCSV.sourceIDPrefix) else { return source.id }
            let slug = Self.slug(source.publisher)
            if !slug.isEmpty, byKey[slug] == index { return slug }
            // A name an earlier source has too: the source of its first row.
            return firstRow[index] ?? source.id
        }
    }

    /// When `key` is a name (not an id or a row) that more than one source
    /// has, those sources' first rows (`row-12`) in order; `key` cites the
    /// first of them. Empty when it names one source or none.
    func sharedName(_ key: String) -> [String] {
        let key = key.lowercased()
        guard !key.hasPrefix("row-"), let indexes = sharing[key] else { return [] }
        return indexes.compactMap { firstRow[$0] }
    }

    /// The number of `key`'s source (1-based), numbering it on first use; nil if unknown.
    mutating func cite(_ key: String) -> Int? {
        guard let index = byKey[key.lowercased()] else { return nil }
        if let position = order.firstIndex(of: index) { return position + 1 }
        order.append(index)
        return order.count
    }

    /// The cited sources, in citation order.
    var cited: [Source] { order.map { sources[$0] } }
}
