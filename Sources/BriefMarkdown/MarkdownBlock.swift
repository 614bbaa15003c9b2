/// A block element of Markdown, with where it starts in the file.
public struct MarkdownBlock: Hashable, Sendable {
    /// What the block is.
    public indirect enum Kind: Hashable, Sendable {
        /// `# Heading` (level 1–6).
        case heading(level: Int, [MarkdownInline])
        /// A paragraph.
        case paragraph([MarkdownInline])
        /// A bulleted (`ordered == false`) or numbered list; each item holds blocks.
        case list(ordered: Bool, start: Int, items: [[MarkdownBlock]])
        /// `> quoted` blocks.
        case quote([MarkdownBlock])
        /// An indented or fenced code block, with its info string.
        case code(String, info: String)
        /// A raw HTML block.
        case html(String)
        /// A GitHub pipe table.
        case table(MarkdownTable)
        /// `---` between paragraphs.
        case thematicBreak
        /// `[^label]: text`: the definition of a footnote.
        case footnoteDefinition(label: String, [MarkdownBlock])
    }

    /// What the block is.
    public var kind: Kind
    /// Where it starts.
    public var position: SourcePosition

    /// Creates a block.
    public init(_ kind: Kind, at position: SourcePosition) {
        self.kind = kind
        self.position = position
    }
}
