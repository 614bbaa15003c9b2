import BriefRender

/// Composes pages from blocks, in two steps: `BlockMeasurer` measures
/// every block with Pango into flow units, then `PageFlow` places them
/// down columns and across pages.
///
/// Rules: a heading, or a lead-in sentence ending in a colon, is never the
/// last thing in a column (keep-with-next); a paragraph never leaves a
/// single line alone at a column's top or bottom (widows and orphans); a
/// figure or table row that does not fit moves on; a figure taller than a
/// whole column is scaled down with a warning; a table's header repeats
/// after every break, and a table neither starts nor ends a column with
/// fewer than two body rows (its header with one row is never left at a
/// page's foot, nor its last row alone on the next page). On a page of several columns, the title and the
/// figures and tables too wide for a column span the columns, and the
/// columns above them are balanced; a short run of paragraphs found alone
/// between two such things spans them too, rather than be balanced into a
/// line or two a column.
public struct LayoutEngine {
    /// The page geometry, fonts and colours.
    public var style: LayoutStyle
    /// The fewest lines of a paragraph allowed alone at a column's top or bottom.
    public var minimumLines = 2
    /// Whether a figure that does not fit may wait for the next column's top
    /// while the paragraphs after it fill the space left (no gap at a page's foot).
    public var floatFigures = true
    /// The most characters of a source note's address shown (the link keeps all of it).
    public static let longestURLShown = 120

    /// Creates an engine for `style`.
    public init(style: LayoutStyle = LayoutStyle()) { self.style = style }

    /// Lays out `blocks` and returns the placed pages.
    public func layout(_ blocks: [Block], typesetter: Typesetter) -> LaidOutDocument {
        var measurer = BlockMeasurer(style: style, typesetter: typesetter)
        measurer.minimumLines = minimumLines
        let measured = measurer.measure(blocks)
        var flow = PageFlow(style: style, units: measured.units, tableHeaders: measured.tableHeaders,
                            options: PageFlow.Options(minimumLines: minimumLines, floatFigures: floatFigures))
        flow.run()
        let pageCount = (flow.items.map(\.page).max() ?? 0) + 1
        var document = LaidOutDocument(items: flow.items, pageCount: pageCount, outline: flow.outline,
                                       warnings: measured.warnings + flow.warnings, style: style)
        document.hasOversizedItems = flow.oversized
        return document
    }
}
