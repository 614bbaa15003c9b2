import BriefRender

/// One measured piece of a document, ready to be flowed onto pages: a
/// block becomes one unit (a paragraph, a figure) or several (a list's
/// items, a table's rows). Units are measured once; the flow only places them.
struct FlowUnit {
    /// Lines of text that may break between lines (paragraphs, notes, headings).
    struct Text {
        let layout: TextLayout
        let lines: [LineMetrics]
        let role: PlacedItem.Role
        let color: Color
        /// Whether the lines may be split across columns (headings may not).
        let splittable: Bool
        let plain: String
        /// Live links over parts of the text, by byte range of the laid-out text.
        var links: [InlineLink] = []
        /// How far the text is set in from the column's left edge (quotes, code).
        var indent: Double = 0
        /// The colour of a rule down the left side (quotes, code); nil for none.
        var rule: Color?
    }

    /// Something placed whole: a figure, a table row, a list item, a note.
    struct Box {
        let height: Double
        let role: PlacedItem.Role
        let content: PlacedContent
        let text: String
        /// Whether it may be scaled down when taller than a column (figures).
        let scalable: Bool
        /// For table rows: the table's block index (its header repeats after a break).
        let tableID: Int?
        /// For a figure whose drawing can be shorter with its type at full
        /// size (a map): the least height of the whole box, caption included.
        var minimumHeight: Double?

        /// How much shorter the box can be drawn without scaling its type.
        var slack: Double { max(0, height - (minimumHeight ?? height)) }

        /// The box drawn `reduction` points shorter (at most its ``slack``):
        /// a figure's drawing gets a shorter frame, its caption stays.
        func shortened(by reduction: Double) -> Box {
            let cut = min(max(0, reduction), slack)
            guard cut > 0, case .figure(let figure, let caption, let natural, let captionBelow) = content else { return self }
            return Box(height: height - cut, role: role,
                       content: .figure(figure, caption: caption, naturalSize: Size(width: natural.width, height: natural.height - cut),
                                        captionBelow: captionBelow),
                       text: text, scalable: scalable, tableID: tableID, minimumHeight: minimumHeight)
        }
    }

    /// What the unit is.
    enum Kind {
        case text(Text)
        case box(Box)
        case pageBreak
        case spacer(Double)
    }

    let kind: Kind
    /// Space above the unit, dropped at the top of a column.
    var spaceBefore: Double
    /// Space below the unit.
    var spaceAfter: Double
    /// Whether the unit must share its column with the start of the next one
    /// (headings, lead-in sentences, a table's header).
    let keepWithNext: Bool
    /// The index of the block the unit comes from.
    let block: Int
    /// Whether the unit spans every column of a multi-column page (it was
    /// measured at the full text width).
    var spans = false
    /// For a figure set in one column of several: the same figure measured
    /// across all of them, should the flow make it span (to avoid a gap beside it).
    var wide: Box?
    /// For a short paragraph between two blocks that span the columns: the
    /// same text measured across all of them, should the flow find it alone
    /// in the band between them (then it spans rather than be balanced into
    /// a line or two a column).
    var wideText: Text?

    /// Whether the unit is a figure that may wait for the next column's top
    /// while the units after it fill the space left.
    var isFigure: Bool {
        if case .box(let box) = kind, box.role == .figure { return true }
        return false
    }

    /// Whether the unit is an explicit page break.
    var isPageBreak: Bool {
        if case .pageBreak = kind { return true }
        return false
    }

    /// Whether the unit is a table's header or body row.
    var isTableRow: Bool {
        if case .box(let box) = kind, box.tableID != nil { return true }
        return false
    }
}
