/// Where a link in the text goes.
public enum LinkTarget: Hashable, Sendable {
    /// An address outside the document (`https:`, `http:` or `mailto:`).
    case uri(String)
    /// A named place inside the document, e.g. a source note's anchor.
    case destination(String)
}
