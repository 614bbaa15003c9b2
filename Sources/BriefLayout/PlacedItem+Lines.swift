import BriefRender

extension PlacedItem {
    /// The text of the lines this item shows, as laid out, one list per text
    /// layout in it (a paragraph's lines on this page; a list item's or
    /// source note's body; a title's title, subtitle and dateline; each cell
    /// of a table row); empty for a figure. For checking where lines break.
    public var shownLineGroups: [[String]] {
        switch content {
        case .text(let layout, _, _, _, _):
            let all = layout.lineTexts
            return [Array(all[max(0, min(lines.lowerBound, all.count))..<max(0, min(lines.upperBound, all.count))])]
        case .title(let title, let subtitle, let dateline):
            return [title, subtitle, dateline].compactMap { $0?.lineTexts }
        case .listItem(_, let body, _, _, _):
            return [body.lineTexts]
        case .sourceNote(_, let body, _, _, _):
            return [body.lineTexts]
        case .tableRow(let cells, _, _, _, _):
            return cells.map(\.lineTexts)
        case .figure:
            return []
        }
    }
}
