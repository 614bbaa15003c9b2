/// An inline element of Markdown: text and what marks it up, with where it
/// starts in the file.
public struct MarkdownInline: Hashable, Sendable {
    /// What the element is.
    public indirect enum Kind: Hashable, Sendable {
        /// Plain text (entities and backslash escapes already resolved).
        case text(String)
        /// `` `code` ``.
        case code(String)
        /// `*emphasis*`.
        case emphasis([MarkdownInline])
        /// `**strong**`.
        case strong([MarkdownInline])
        /// `~~strikethrough~~`.
        case strikethrough([MarkdownInline])
        /// `[text](url "title")`, or a bare address found by the autolink extension.
        case link(url: String, title: String, [MarkdownInline])
        /// `![alt](url "title")`: the alt text as inlines.
        case image(url: String, title: String, alt: [MarkdownInline])
        /// `[^label]`.
        case footnoteReference(String)
        /// A line break inside a paragraph that is not a hard break.
        case softBreak
        /// A hard line break (two spaces or a backslash at the end of a line).
        case lineBreak
        /// Raw inline HTML.
        case html(String)
    }

    /// What the element is.
    public var kind: Kind
    /// Where it starts.
    public var position: SourcePosition

    /// Creates an inline element.
    public init(_ kind: Kind, at position: SourcePosition) {
        self.kind = kind
        self.position = position
    }
}
