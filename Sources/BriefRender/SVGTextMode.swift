/// How text is written in an SVG.
public enum SVGTextMode: String, CaseIterable, Hashable, Sendable {
    /// Real `<text>` elements (the default): selectable, searchable,
    /// translatable and read by screen readers; small files. The reader's
    /// copy of the font draws the glyphs, held to Pango's measured widths.
    case text
    /// Glyph outlines from Cairo's SVG surface: pixel-exact type without the
    /// fonts installed, but larger files and no selectable text.
    case paths
}
