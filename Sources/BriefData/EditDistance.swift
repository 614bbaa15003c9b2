/// The Levenshtein distance between two strings (insertions, deletions and
/// substitutions of characters), for "did you mean" suggestions. With
/// `transpositions`, two neighbouring characters swapped count as one edit
/// (the optimal string alignment distance: `yaer` is 1 from `year`, not 2).
public func editDistance(_ a: String, _ b: String, transpositions: Bool = false) -> Int {
    let target = Array(a)
    let other = Array(b)
    var beforePrevious: [Int] = []
    var previous = Array(0...other.count)
    for (i, x) in target.enumerated() {
        var current = [i + 1] + Array(repeating: 0, count: other.count)
        for (j, y) in other.enumerated() {
            current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            if transpositions, i > 0, j > 0, x == other[j - 1], target[i - 1] == y {
                current[j + 1] = min(current[j + 1], beforePrevious[j - 1] + 1)
            }
        }
        beforePrevious = previous
        previous = current
    }
    return previous[other.count]
}

/// The candidate whose `name` is closest to `word` by ``editDistance(_:_:transpositions:)``,
/// ignoring case (and, with `ignoringSeparators`, `_` and `-`, so that
/// `barThickness` finds `bar_thickness`), when it is close enough to be a
/// likely typo: at most a third of the word's length, and at least `floor`.
/// Ties go to the earlier candidate. A word that is a candidate cut short
/// or run on (`language` for `lang`, `samsung-news` for `samsung-newsroom`,
/// at least three characters in common, at most four apart) finds that
/// candidate before any nearer by edits but not by prefix (`hyosung-news`).
public func closestMatch<Candidate>(to word: String, in candidates: [Candidate], floor: Int = 2, ignoringSeparators: Bool = false,
                                    name: (Candidate) -> String) -> Candidate? {
    func normalized(_ text: String) -> String {
        ignoringSeparators ? text.lowercased().filter { $0 != "_" && $0 != "-" } : text.lowercased()
    }
    let target = normalized(word)
    var best: (candidate: Candidate, distance: Int)?
    var prefixed: (candidate: Candidate, apart: Int)?
    for candidate in candidates {
        let other = normalized(name(candidate))
        let distance = editDistance(target, other)
        if best.map({ distance < $0.distance }) ?? true { best = (candidate, distance) }
        let (short, long) = target.count <= other.count ? (target, other) : (other, target)
        let apart = long.count - short.count
        if short.count >= 3, apart > 0, apart <= 4, long.hasPrefix(short), prefixed.map({ apart < $0.apart }) ?? true {
            prefixed = (candidate, apart)
        }
    }
    if let best, best.distance == 0 { return best.candidate }
    if let prefixed { return prefixed.candidate }
    guard let best, best.distance <= max(floor, target.count / 3) else { return nil }
    return best.candidate
}

/// The closest of `candidates` to `word`, ignoring case, when it is a likely
/// typo (see ``closestMatch(to:in:floor:ignoringSeparators:name:)``).
public func closestMatch(to word: String, in candidates: [String]) -> String? {
    closestMatch(to: word, in: candidates) { $0 }
}

/// The value of the nearest of `scored` (values with their edit distances,
/// already limited to the near enough), when it is clearly the nearest: no
/// entry with a different value is as near. Nil when `scored` is empty or
/// the nearest distance is shared by two values: a tie is no suggestion.
/// Entries with equal values may repeat (a state by name and by code).
func clearlyNearest<Value: Equatable>(_ scored: [(value: Value, distance: Int)]) -> Value? {
    var best: (value: Value, distance: Int)?
    var tied = false
    for entry in scored {
        guard let current = best else {
            best = entry
            continue
        }
        if entry.distance < current.distance {
            best = entry
            tied = false
        } else if entry.distance == current.distance, entry.value != current.value {
            tied = true
        }
    }
    return tied ? nil : best?.value
}
