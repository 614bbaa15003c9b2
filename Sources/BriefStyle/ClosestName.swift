import BriefCharts

/// The candidate whose `name` is closest to `word` by edit distance, ignoring
/// case, `_` and `-` (so `barThickness` finds `bar_thickness`), when it is
/// close enough to be a likely typo: at most a third of the word's length, and
/// at least `floor` (2 unless given). Ties go to the earlier candidate.
func closestName(to word: String, in candidates: [String], floor: Int = 2, name: (String) -> String) -> String? {
    func normalized(_ text: String) -> String { text.lowercased().filter { $0 != "_" && $0 != "-" } }
    let target = normalized(word)
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
        let distance = editDistance(target, normalized(name(candidate)))
        if best.map({ distance < $0.distance }) ?? true { best = (candidate, distance) }
    }
    guard let best, best.distance <= max(floor, target.count / 3) else { return nil }
    return best.candidate
}
