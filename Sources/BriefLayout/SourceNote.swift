/// A numbered source note: a citation and a live link.
public struct SourceNote: Sendable, Hashable {
    /// The citation text (plain text).
    public var text: String
    /// The address, drawn as a live link in PDFs.
    public var url: String?
    /// A named destination placed at the note, so that text can link to it
    /// (e.g. `source-1` for a citation's number).
    public var anchor: String?

    /// Creates a source note.
    public init(text: String, url: String? = nil, anchor: String? = nil) {
        self.text = text
        self.url = url
        self.anchor = anchor
    }
}
