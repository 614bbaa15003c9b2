/// The Levenshtein distance between two strings (insertions, deletions and
/// substitutions of characters), for "did you mean" suggestions.
public func editDistance(_ a: String, _ b: String) -> Int {
    let target = Array(a)
    let other = Array(b)
    var previous = Array(0...other.count)
    for (i, x) in target.enumerated() {
        var current = [i + 1] + Array(repeating: 0, count: other.count)
        for (j, y) in other.enumerated() {
            current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
        }
        previous = current
    }
    return previous[other.count]
}

/// The closest of `candidates` to `word` by edit distance, if it is close
/// enough to be a likely typo (at most a third of the word's length, min 2).
public func closestMatch(to word: String, in candidates: [String]) -> String? {
    var best: (String, Int)?
    for candidate in candidates {
        let distance = editDistance(word.lowercased(), candidate.lowercased())
        if best.map({ distance < $0.1 }) ?? true { best = (candidate, distance) }
    }
    guard let best, best.1 <= max(2, word.count / 3) else { return nil }
    return best.0
}
