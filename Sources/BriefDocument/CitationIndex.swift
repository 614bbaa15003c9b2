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

    init(sources: [Source]) {
        self.sources = sources
        for (index, source) in sources.enumerated() {
            for key in [source.id.lowercased(), Self.slug(source.publisher), Self.slug(source.title)] where !key.isEmpty {
                if byKey[key] == nil { byKey[key] = index }
            }
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
            let slug = Self.slug(source.publisher)
            guard source.id.hasPrefix(InvestmentCSV.sourceIDPrefix), !slug.isEmpty, byKey[slug] == index else { return source.id }
            return slug
        }
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
