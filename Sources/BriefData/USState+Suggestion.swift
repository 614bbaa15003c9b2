extension USState {
    /// The state that `text`, which names none, was most likely meant to name,
    /// for "did you mean": nil unless one state is clearly the nearest.
    ///
    /// The text is compared in lower case, with only its letters and single
    /// spaces (`G.A.` is `ga`, `Washington, D.C.` is `washington dc`), by
    /// ``editDistance(_:_:transpositions:)`` with two letters swapped as one edit:
    /// - Two letters or fewer: only a USPS code spelt exactly (`G.A.`). The 51
    ///   codes fill so much of the two-letter space that nearly every pair of
    ///   letters is one edit from one code or more (`XX` from `TX`, `GX` from
    ///   `GA` and `TX`): any guess would be a wild one.
    /// - Three letters: names and codes, one edit away (`Tex` → TX, `GAA` → GA).
    /// - Four or more: full names, up to a third of the length away, at least
    ///   two (`Indianna` → Indiana, `Utha` → Utah, `Pensylvania` → Pennsylvania).
    ///   Codes are left out: `Guam` is two edits from `ga` only by deleting half of it.
    ///
    /// A tie between two states is no suggestion (`Carolina`, `Dakota`, `Cal`).
    static func suggestion(for text: String) -> USState? {
        let key = suggestionKey(text)
        let length = key.count
        guard length > 2 else {
            return length == 2 ? all.first { $0.code.lowercased() == key } : nil
        }
        let limit = length == 3 ? 1 : max(2, length / 3)
        var scored: [(value: USState, distance: Int)] = []
        for (candidate, state) in suggestionCandidates where length == 3 || candidate.count > 2 {
            // The distance is at least the difference in length: skip the far ones unmeasured.
            guard abs(candidate.count - length) <= limit else { continue }
            let distance = editDistance(key, candidate, transpositions: true)
            if distance <= limit { scored.append((state, distance)) }
        }
        return clearlyNearest(scored)
    }

    /// Every state's code, name and other accepted names, as ``suggestionKey(_:)`` makes them.
    private static let suggestionCandidates: [(key: String, state: USState)] = {
        var list = all.flatMap { [(suggestionKey($0.code), $0), (suggestionKey($0.name), $0)] }
        if let dc = all.first(where: { $0.code == "DC" }) { list.append(("washington dc", dc)) }
        return list
    }()

    /// `text` in lower case with only letters and single spaces between words.
    private static func suggestionKey(_ text: String) -> String {
        text.lowercased().split { !$0.isLetter && $0 != " " }.joined()
            .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}
