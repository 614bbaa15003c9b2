import BriefText

extension InvestmentCSVHeader {
    /// A known column the header lacks, with the unknown column that is its likely misspelling.
    struct Misspelling {
        /// The known column's name, e.g. `amount_usd`.
        let known: String
        /// The unknown column as written, with its 1-based position.
        let unknown: (name: String, column: Int)
    }

    /// The misspellings among `unknown` of the `missing` known columns: pairs
    /// that are clearly each other's nearest (see ``distance(_:_:)``), so that
    /// `yr` (two edits from both `year` and `url`) and two columns equally
    /// near one name are no guess. Each unknown column pairs with one known
    /// column at most.
    static func misspellings(missing: [String], unknown: [(name: String, column: Int)]) -> [Misspelling] {
        guard !missing.isEmpty else { return [] }
        let wanted = missing.map(letters)
        let given = unknown.map { letters($0.name) }
        // Distances between every missing and unknown column that are near enough, by index.
        var near: [(missing: Int, unknown: Int, distance: Int)] = []
        for (u, name) in given.enumerated() where !name.isEmpty {
            for (m, known) in wanted.enumerated() {
                if let distance = distance(name, known) { near.append((m, u, distance)) }
            }
        }
        var result: [Misspelling] = []
        for m in missing.indices {
            guard let u = clearlyNearest(near.filter { $0.missing == m }.map { (value: $0.unknown, distance: $0.distance) }),
                  clearlyNearest(near.filter { $0.unknown == u }.map { (value: $0.missing, distance: $0.distance) }) == m
            else { continue }
            result.append(Misspelling(known: missing[m], unknown: unknown[u]))
        }
        return result
    }

    /// How near a header name is to a known column's name (both as
    /// ``letters(_:)`` makes them), when near enough to be its misspelling:
    /// 0 when it ``resembles(_:_:)`` it, else the edit distance (two letters
    /// swapped are one edit: `yaer` is 1 from `year`) when at most a
    /// third of the known name's length, and at least 2. Nil when farther.
    static func distance(_ given: String, _ wanted: String) -> Int? {
        if resembles(given, wanted) { return 0 }
        let limit = max(2, wanted.count / 3)
        // The distance is at least the difference in length: a 10,000-letter name is not measured.
        guard abs(given.count - wanted.count) <= limit else { return nil }
        let distance = editDistance(given, wanted, transpositions: true)
        return distance <= limit ? distance : nil
    }

    /// Whether a header name looks like a variant of a known one (both as
    /// ``letters(_:)`` makes them): `Amount (USD)`, `amount`, `state`, `Company Name`.
    static func resembles(_ given: String, _ wanted: String) -> Bool {
        guard given.count >= 4 else { return false }
        return given == wanted || given + "s" == wanted || given.hasPrefix(wanted) || wanted.hasPrefix(given)
    }

    /// A name in lower case with only its letters and digits: `Amount (USD)` is `amountusd`.
    static func letters(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter(\.isAlphanumeric))
    }
}
