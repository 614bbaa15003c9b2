import BriefRender

/// One thing placed on a page by the layout engine, with its frame in points.
public struct PlacedItem {
    /// What an item is, for drawing, tagging and testing.
    public enum Role: Equatable, Sendable {
        /// The title block.
        case title
        /// A heading of the given level.
        case heading(Int)
        /// Lines of a paragraph (all or part of it).
        case paragraph
        /// One item of a bulleted list.
        case listItem
        /// A figure with its caption.
        case figure
        /// A table's header row (first or repeated).
        case tableHeader
        /// A table's body row.
        case tableRow
        /// One source note.
        case sourceNote
        /// A small note.
        case note
        /// Lines of a quotation.
        case quote
        /// Lines of preformatted text.
        case code
    }

    /// What the item is.
    public let role: Role
    /// The page it is on, 0-based.
    public let page: Int
    /// Where it is on the page.
    public let frame: Rect
    /// For text: the lines of its layout placed here.
    public let lines: Range<Int>
    /// For text: how many lines the whole paragraph has.
    public let totalLines: Int
    /// For figures: the scale applied to fit the page (1 = natural size).
    public let scale: Double
    /// The plain text, for headings (outline) and tests.
    public let text: String
    /// Which block of the input this item comes from.
    public let blockIndex: Int

    let content: PlacedContent
}

/// What the renderer needs to draw an item.
enum PlacedContent {
    case text(TextLayout, color: Color, links: [InlineLink] = [], indent: Double = 0, rule: Color? = nil)
    case title(title: TextLayout, subtitle: TextLayout?, dateline: TextLayout?)
    case listItem(bullet: TextLayout, body: TextLayout, indent: Double, markerX: Double = 0, links: [InlineLink] = [])
    case figure(any FigureContent, caption: TextLayout?, naturalSize: Size, captionBelow: Bool = false)
    case tableRow(cells: [TextLayout], offsets: [Double], header: Bool, shaded: Bool, padding: Double)
    case sourceNote(number: TextLayout, body: TextLayout, url: String?, indent: Double, anchor: String? = nil)
}
