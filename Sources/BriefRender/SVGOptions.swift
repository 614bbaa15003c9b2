/// What an SVG carries besides the drawing: its title and description (for
/// screen readers and tooltips), how its ids are prefixed, and how its text
/// is written.
public struct SVGOptions: Hashable, Sendable {
    /// The `<title>`.
    public var title: String
    /// The `<desc>`: the drawing's data in words.
    public var description: String
    /// The prefix of every id inside.
    public var idPrefix: SVGIDPrefix
    /// Real `<text>` (the default) or glyph outlines.
    public var text: SVGTextMode
    /// The language of the title, description and text as a BCP 47 tag
    /// (`en`, `ko`), written as the root's `xml:lang` (and `lang`, which
    /// HTML reads when the SVG is inlined); nil writes none.
    public var language: String?

    /// Creates SVG options.
    public init(title: String = "", description: String = "", idPrefix: SVGIDPrefix = .derived("tb"), text: SVGTextMode = .text,
                language: String? = nil) {
        self.language = language.flatMap { SVGOptions.isValidLanguage($0) ? $0 : nil }
        self.title = title
        self.description = description
        self.idPrefix = idPrefix
        self.text = text
    }

    /// Whether `tag` can be a language attribute: ASCII letters, digits and `-`, at most 35 characters.
    static func isValidLanguage(_ tag: String) -> Bool { PDFLanguage.isValidTag(tag) }

    /// ` xml:lang="ko" lang="ko"`, or nothing without a language.
    var languageAttributes: String { language.map { " xml:lang=\"\($0)\" lang=\"\($0)\"" } ?? "" }
}
