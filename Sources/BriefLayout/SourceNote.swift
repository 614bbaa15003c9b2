/// A source note, numbered in its list: a citation and a live link; or an
/// unnumbered line about the entries above it.
public struct SourceNote: Sendable, Hashable {
    /// The citation text (plain text).
    public var text: String
    /// The address, drawn as a live link in PDFs.
    public var url: String?
    /// A named destination placed at the note, so that text can link to it
    /// (e.g. `source-1` for a citation's number).
    public var anchor: String?
    /// Whether the note takes the list's next number (a source does; a line
    /// about the entries above it does not).
    public var numbered: Bool

    /// Creates a source note.
    public init(text: String, url: String? = nil, anchor: String? = nil, numbered: Bool = true) {
        self.text = text
        self.url = url
        self.anchor = anchor
        self.numbered = numbered
    }
}
