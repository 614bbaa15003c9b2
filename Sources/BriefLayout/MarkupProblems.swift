import FoundationEssentials

/// Texts whose markup Pango could not read while a document was measured
/// (an unclosed or unknown tag), collected as warnings: such a text is set
/// as plain text, tags and all, and the user is told where.
///
/// A reference type because measuring is a tree of non-mutating calls; it
/// lives inside one measurement on one thread.
final class MarkupProblems {
    private var seen: Set<String> = []
    /// One warning per distinct text, in the order found.
    private(set) var warnings: [String] = []

    /// Records that `markup` could not be read.
    func add(_ markup: String) {
        guard seen.insert(markup).inserted else { return }
        let shown = markup.count > 60 ? String(markup.prefix(60)) + "…" : markup
        warnings.append("text with markup that cannot be read is set as plain text, tags included: \"\(shown)\"; "
                        + "close every tag and escape '<' and '&' in names from the data")
    }
}
