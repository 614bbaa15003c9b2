import BriefText

/// A two-column listing for a terminal, as `chart --list` and `styles` print
/// them: each name padded to the longest name plus two spaces, then its
/// description, one per line.
package enum ListingText {
    /// The lines for `rows` (name, description), each ending in a line break.
    package static func lines(_ rows: [(name: String, description: String)]) -> String {
        let widest = rows.map(\.name.count).max() ?? 0
        return rows.map { $0.name.paddedWithSpaces(toLength: widest + 2) + $0.description + "\n" }.joined()
    }
}
