/// A numbered source note: a citation and a live link.
public struct SourceNote: Sendable, Hashable {
    /// The citation text (plain text).
    public var text: String
    /// The address, drawn as a live link in PDFs.
    public var url: String?

    /// Creates a source note.
    public init(text: String, url: String? = nil) {
        self.text = text
        self.url = url
    }
}
