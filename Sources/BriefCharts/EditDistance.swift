/// The closest of `candidates` to `word` by edit distance, if it is close
/// enough to be a likely typo (at most a third of the word's length, min 2).
public func closestMatch(to word: String, in candidates: [String]) -> String? {
    let target = Array(word.lowercased())
    var best: (String, Int)?
    for candidate in candidates {
        let other = Array(candidate.lowercased())
        var previous = Array(0...other.count)
        for (i, a) in target.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: other.count)
            for (j, b) in other.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (a == b ? 0 : 1))
            }
            previous = current
        }
        let distance = previous[other.count]
        if best.map({ distance < $0.1 }) ?? true { best = (candidate, distance) }
    }
    guard let best, best.1 <= max(2, target.count / 3) else { return nil }
    return best.0
}
