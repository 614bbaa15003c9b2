import BriefData

/// The candidate closest to `word` when one is close enough to be a likely
/// typo (tradebrief's one edit distance), for "did you mean" hints.
package func closestName(to word: String, in candidates: [String]) -> String? {
    closestMatch(to: word, in: candidates)
}
