extension LaidOutDocument {
    /// The share (0–1) of page `page`'s text area left empty: in each
    /// column, the height not covered by a placed item, where the usual
    /// space between two items (up to `spacing` points) counts as covered.
    /// An item spanning the columns covers all of them. A gap beside a
    /// figure or above a page's foot counts; the margins do not.
    public func emptiness(ofPage page: Int, spacing: Double = 36) -> Double {
        Self.emptiness(of: items(onPage: page), style: style, spacing: spacing)
    }

    /// The share (0–1) of a page's text area left empty with `onPage` placed
    /// on it (see ``emptiness(ofPage:spacing:)``).
    static func emptiness(of onPage: [PlacedItem], style: LayoutStyle, spacing: Double = 36) -> Double {
        let area = style.textArea
        guard area.height > 0 else { return 0 }
        var empty = 0.0
        for column in 0..<style.columns {
            let lane = style.columnFrame(column)
            let spans = onPage.filter { $0.frame.minX < lane.maxX - 0.5 && $0.frame.maxX > lane.minX + 0.5 }
                .map { (top: $0.frame.minY, bottom: $0.frame.maxY) }
                .sorted { $0.top < $1.top }
            var covered = 0.0
            var reach = area.minY
            for span in spans {
                let top = span.top - reach <= spacing ? min(reach, span.top) : span.top
                let bottom = max(span.bottom, top)
                if bottom > reach {
                    covered += bottom - max(top, reach)
                    reach = bottom
                }
            }
            // Space below the last item, up to the usual spacing, is not a gap.
            if area.maxY - reach <= spacing { covered += area.maxY - reach }
            empty += max(0, area.height - covered)
        }
        return empty / (area.height * Double(style.columns))
    }
}
