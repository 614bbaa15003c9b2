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

    /// Creates SVG options.
    public init(title: String = "", description: String = "", idPrefix: SVGIDPrefix = .derived("tb"), text: SVGTextMode = .text) {
        self.title = title
        self.description = description
        self.idPrefix = idPrefix
        self.text = text
    }
}
