/// The result of layout: every item placed on a page, ready to be drawn to
/// PDF or PNG pages, plus the outline and any warnings.
public struct LaidOutDocument {
    /// The placed items, in reading order.
    public let items: [PlacedItem]
    /// The number of pages.
    public let pageCount: Int
    /// Headings for the PDF outline.
    public let outline: [OutlineEntry]
    /// Things the reader of the build log should know (e.g. a figure scaled down).
    public let warnings: [String]
    /// The style the layout was made with.
    public let style: LayoutStyle
    /// Whether something was too tall for a page: a figure scaled down, or
    /// a row or item running into the bottom margin (each has a warning).
    public var hasOversizedItems = false

    /// The items on page `page` (0-based).
    public func items(onPage page: Int) -> [PlacedItem] { items.filter { $0.page == page } }
}

/// A heading as a bookmark: its level, title and where it is.
public struct OutlineEntry: Hashable, Sendable {
    /// 1 for top-level headings.
    public let level: Int
    /// The heading's text.
    public let title: String
    /// The page, 0-based.
    public let page: Int
    /// Distance from the page's top, in points.
    public let y: Double
}
