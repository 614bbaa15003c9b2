import BriefRender

/// A unit of content that the layout engine measures, places and draws.
/// Text is Pango markup: escape plain text with `Typesetter.escapeMarkup(_:)`.
public enum Block: Sendable {
    /// The brief's title block: title, subtitle and a date line.
    case title(String, subtitle: String?, dateline: String?)
    /// A heading of level 1–3; it is never the last thing on a page.
    case heading(String, level: Int)
    /// A paragraph; it breaks across columns and pages without widows or orphans.
    case paragraph(String, alignment: TextAlignment = .justify)
    /// A bulleted list.
    case bulletList([String])
    /// A paragraph with live links (inline links, citations, note references).
    case richParagraph(RichText, alignment: TextAlignment = .justify)
    /// A quotation: indented, with a rule down its left side.
    case quote(RichText)
    /// A bulleted or numbered list, possibly nested, with live links.
    case list(ListBlock)
    /// Preformatted text in a monospaced font, never justified.
    case code(String)
    /// A chart or other drawing, with an optional caption above it.
    case figure(any FigureContent, caption: String?)
    /// A chart or other drawing with a caption under it that describes it
    /// (a document's `![caption](chart:NAME)`), tagged as the figure's caption.
    case describedFigure(any FigureContent, caption: String)
    /// A table whose header repeats after every break.
    case table(TableBlock)
    /// Numbered source notes with live links.
    case sourceNotes([SourceNote])
    /// A small, muted note.
    case note(String)
    /// Starts a new page.
    case pageBreak
    /// Vertical space in points.
    case spacer(Double)
}
