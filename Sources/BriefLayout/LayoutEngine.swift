import BriefRender

/// Composes pages from blocks: measures every block with Pango first, then
/// flows them down columns and across pages.
///
/// Rules: a heading is never the last thing in a column (keep-with-next); a
/// paragraph never leaves a single line alone at a column's top or bottom
/// (widows and orphans); a figure or table row that does not fit moves on; a
/// figure taller than a whole column is scaled down with a warning; a table's
/// header repeats after every break.
public struct LayoutEngine {
    /// The page geometry, fonts and colours.
    public var style: LayoutStyle
    /// The fewest lines of a paragraph allowed alone at a column's top or bottom.
    public var minimumLines = 2
    /// Whether a figure that does not fit may wait for the next column's top
    /// while the paragraphs after it fill the space left (no gap at a page's foot).
    public var floatFigures = true

    /// Creates an engine for `style`.
    public init(style: LayoutStyle = LayoutStyle()) { self.style = style }

    // MARK: Measured units

    private struct TextUnit {
        let layout: TextLayout
        let lines: [LineMetrics]
        let role: PlacedItem.Role
        let color: Color
        let splittable: Bool
        let plain: String
    }

    private struct BoxUnit {
        let height: Double
        let role: PlacedItem.Role
        let content: PlacedContent
        let text: String
        let scalable: Bool
        let tableID: Int?
    }

    private enum Kind {
        case text(TextUnit)
        case box(BoxUnit)
        case pageBreak
        case spacer(Double)
    }

    private struct Unit {
        let kind: Kind
        let spaceBefore: Double
        let spaceAfter: Double
        let keepWithNext: Bool
        let block: Int
    }

    /// Lays out `blocks` and returns the placed pages.
    public func layout(_ blocks: [Block], typesetter: Typesetter) -> LaidOutDocument {
        var units: [Unit] = []
        var tableHeaders: [Int: BoxUnit] = [:]
        for (index, block) in blocks.enumerated() {
            units += measure(block, index: index, typesetter: typesetter, tableHeaders: &tableHeaders)
        }
        return flow(units, tableHeaders: tableHeaders)
    }

    private func textLayout(_ markup: String, _ font: Font, width: Double, alignment: TextAlignment = .left,
                            spacing: Double = 1, typesetter: Typesetter) -> TextLayout {
        (try? typesetter.layout(markup: markup, font: font, width: width, alignment: alignment, lineSpacing: spacing))
            ?? typesetter.layout(markup, font: font, width: width, alignment: alignment, lineSpacing: spacing)
    }

    private func measure(_ block: Block, index: Int, typesetter: Typesetter, tableHeaders: inout [Int: BoxUnit]) -> [Unit] {
        let width = style.columnWidth
        switch block {
        case .title(let title, let subtitle, let dateline):
            let titleLayout = textLayout(title, Font(family: style.headingFamily, size: style.titleSize, weight: style.titleWeight),
                                         width: width, spacing: 1.05, typesetter: typesetter)
            let subtitleLayout = subtitle.map {
                textLayout($0, Font(family: style.headingFamily, size: style.bodySize * 1.3), width: width, typesetter: typesetter)
            }
            let datelineLayout = dateline.map { textLayout($0, style.smallFont, width: width, typesetter: typesetter) }
            let height = titleLayout.size.height + (subtitleLayout.map { 4 + $0.size.height } ?? 0)
                + (datelineLayout.map { 8 + $0.size.height } ?? 0) + 12
            let box = BoxUnit(height: height, role: .title,
                              content: .title(title: titleLayout, subtitle: subtitleLayout, dateline: datelineLayout),
                              text: titleLayout.text, scalable: false, tableID: nil)
            return [Unit(kind: .box(box), spaceBefore: 0, spaceAfter: 14, keepWithNext: true, block: index)]

        case .heading(let text, let level):
            let clamped = max(1, min(level, 3))
            let layout = textLayout(text, style.headingFont(clamped), width: width, typesetter: typesetter)
            let unit = TextUnit(layout: layout, lines: layout.lines, role: .heading(clamped), color: clamped == 1 ? style.accent : style.text,
                                splittable: false, plain: layout.text)
            let before = [18.0, 12, 9][clamped - 1]
            return [Unit(kind: .text(unit), spaceBefore: before, spaceAfter: [7.0, 5, 3][clamped - 1], keepWithNext: true, block: index)]

        case .paragraph(let markup, let alignment):
            let layout = textLayout(markup, style.bodyFont, width: width, alignment: alignment, spacing: style.lineSpacing, typesetter: typesetter)
            let unit = TextUnit(layout: layout, lines: layout.lines, role: .paragraph, color: style.text, splittable: true, plain: layout.text)
            return [Unit(kind: .text(unit), spaceBefore: 0, spaceAfter: style.paragraphSpacing, keepWithNext: false, block: index)]

        case .note(let markup):
            let layout = textLayout(markup, style.smallFont, width: width, spacing: 1.2, typesetter: typesetter)
            let unit = TextUnit(layout: layout, lines: layout.lines, role: .note, color: style.muted, splittable: true, plain: layout.text)
            return [Unit(kind: .text(unit), spaceBefore: 2, spaceAfter: style.paragraphSpacing, keepWithNext: false, block: index)]

        case .bulletList(let items):
            let indent = style.bodySize * 1.4
            return items.enumerated().map { position, markup in
                let bullet = typesetter.layout("•", font: Font(family: style.bodyFamily, size: style.bodySize, weight: .bold))
                let body = textLayout(markup, style.bodyFont, width: width - indent, spacing: style.lineSpacing, typesetter: typesetter)
                let box = BoxUnit(height: body.size.height, role: .listItem,
                                  content: .listItem(bullet: bullet, body: body, indent: indent), text: body.text, scalable: false, tableID: nil)
                let last = position == items.count - 1
                return Unit(kind: .box(box), spaceBefore: position == 0 ? 0 : 0, spaceAfter: last ? style.paragraphSpacing + 2 : 4,
                            keepWithNext: false, block: index)
            }

        case .figure(let content, let caption):
            let captionLayout = caption.map {
                textLayout("<b>\($0)</b>", Font(family: style.headingFamily, size: style.bodySize), width: width, typesetter: typesetter)
            }
            let chartHeight = content.preferredHeight(width: width, typesetter: typesetter)
            let captionHeight = captionLayout.map { $0.size.height + 6 } ?? 0
            let box = BoxUnit(height: captionHeight + chartHeight, role: .figure,
                              content: .figure(content, caption: captionLayout, naturalSize: Size(width: width, height: chartHeight)),
                              text: captionLayout?.text ?? "figure", scalable: true, tableID: nil)
            return [Unit(kind: .box(box), spaceBefore: 6, spaceAfter: 14, keepWithNext: false, block: index)]

        case .table(let table):
            guard !table.columns.isEmpty else { return [] }
            let padding = 4.0
            let total = table.columns.map(\.weight).reduce(0, +)
            var widths = table.columns.map { width * $0.weight / max(total, 0.0001) }
            if widths.contains(where: { !$0.isFinite || $0 <= 2 * padding }) { widths = table.columns.map { _ in width / Double(table.columns.count) } }
            var offsets: [Double] = []
            var x = 0.0
            for w in widths { offsets.append(x); x += w }
            let alignments = table.columns.map(\.alignment)
            let smallBold = Font(family: style.bodyFamily, size: style.smallSize + 0.4, weight: .bold)
            let cellFont = Font(family: style.bodyFamily, size: style.smallSize + 0.4)
            func row(_ cells: [String], header: Bool, shaded: Bool) -> BoxUnit {
                let layouts = zip(cells + Array(repeating: "", count: max(0, widths.count - cells.count)), zip(widths, alignments)).map {
                    textLayout($0, header ? smallBold : cellFont, width: $1.0 - 2 * padding, alignment: $1.1, typesetter: typesetter)
                }
                let height = (layouts.map(\.size.height).max() ?? 0) + 2 * padding
                return BoxUnit(height: height, role: header ? .tableHeader : .tableRow,
                               content: .tableRow(cells: layouts, offsets: offsets, header: header, shaded: shaded, padding: padding),
                               text: layouts.map(\.text).joined(separator: " | "), scalable: false, tableID: index)
            }
            let header = row(table.columns.map { Typesetter.escapeMarkup($0.title) }, header: true, shaded: false)
            tableHeaders[index] = header
            var units = [Unit(kind: .box(header), spaceBefore: 6, spaceAfter: 0, keepWithNext: true, block: index)]
            for (number, cells) in table.rows.enumerated() {
                let last = number == table.rows.count - 1
                units.append(Unit(kind: .box(row(cells, header: false, shaded: table.zebra && number % 2 == 1)),
                                  spaceBefore: 0, spaceAfter: last ? 12 : 0, keepWithNext: false, block: index))
            }
            return units

        case .sourceNotes(let notes):
            let indent = style.smallSize * 2.4
            return notes.enumerated().map { number, note in
                let label = typesetter.layout("\(number + 1).", font: style.smallFont)
                var markup = Typesetter.escapeMarkup(note.text)
                if let url = note.url, !url.isEmpty {
                    markup += " <span foreground=\"\(style.accent.hex)\">\(Typesetter.escapeMarkup(url))</span>"
                }
                let body = textLayout(markup, style.smallFont, width: width - indent, spacing: 1.15, typesetter: typesetter)
                let box = BoxUnit(height: body.size.height, role: .sourceNote,
                                  content: .sourceNote(number: label, body: body, url: note.url, indent: indent),
                                  text: body.text, scalable: false, tableID: nil)
                return Unit(kind: .box(box), spaceBefore: 0, spaceAfter: 5, keepWithNext: false, block: index)
            }

        case .pageBreak:
            return [Unit(kind: .pageBreak, spaceBefore: 0, spaceAfter: 0, keepWithNext: false, block: index)]
        case .spacer(let height):
            return [Unit(kind: .spacer(max(0, height)), spaceBefore: 0, spaceAfter: 0, keepWithNext: false, block: index)]
        }
    }

    // MARK: Flow

    /// The least height that must follow a keep-with-next unit in the same column.
    private func minimumFollowing(_ units: [Unit], from index: Int, depth: Int = 0) -> Double {
        guard index < units.count, depth < 4 else { return 0 }
        let unit = units[index]
        let columnHeight = style.textArea.height
        switch unit.kind {
        case .text(let text):
            let count = min(text.lines.count, text.splittable ? minimumLines : text.lines.count)
            guard count > 0 else { return 0 }
            let bottom = text.lines[count - 1].top + text.lines[count - 1].height
            let own = unit.spaceBefore + bottom
            return unit.keepWithNext ? own + minimumFollowing(units, from: index + 1, depth: depth + 1) : own
        case .box(let box):
            let own = unit.spaceBefore + min(box.height, columnHeight)
            return unit.keepWithNext ? own + minimumFollowing(units, from: index + 1, depth: depth + 1) : own
        case .pageBreak, .spacer:
            return 0
        }
    }

    private func flow(_ units: [Unit], tableHeaders: [Int: BoxUnit]) -> LaidOutDocument {
        var items: [PlacedItem] = []
        var warnings: [String] = []
        var outline: [OutlineEntry] = []
        var page = 0
        var column = 0
        var frame = style.columnFrame(0)
        var y = frame.minY
        var atTop = true
        var lastTableID: Int?

        // Figures that did not fit where they came, waiting for the next column's top
        // while the paragraphs after them fill the space (top floats).
        var pending: [(box: BoxUnit, unit: Unit)] = []

        func place(_ box: BoxUnit, at top: Double, height: Double, scale: Double, block: Int) {
            let width = scale < 1 ? frame.width * scale : frame.width
            let x = scale < 1 ? frame.minX + (frame.width - width) / 2 : frame.minX
            items.append(PlacedItem(role: box.role, page: page, frame: Rect(x: x, y: top, width: width, height: height),
                                    lines: 0..<0, totalLines: 0, scale: scale, text: box.text, blockIndex: block, content: box.content))
        }

        func newColumn() {
            column += 1
            if column >= style.columns {
                column = 0
                page += 1
            }
            frame = style.columnFrame(column)
            y = frame.minY
            atTop = true
        }

        func advance() {
            newColumn()
            let waiting = pending
            pending = []
            for item in waiting { placeBox(item.box, unit: item.unit, follow: 0) }
        }

        func placeBox(_ box: BoxUnit, unit: Unit, follow: Double) {
            var before = atTop ? 0 : unit.spaceBefore
            if !atTop, y + before + min(box.height, frame.height) + follow > frame.maxY + 0.01 {
                advance()
                before = atTop ? 0 : unit.spaceBefore
            }
            // A table row that starts a column after a break gets the header again.
            if box.role == .tableRow, atTop, let table = box.tableID, lastTableID == table, let header = tableHeaders[table] {
                place(header, at: y, height: header.height, scale: 1, block: unit.block)
                y += header.height
                atTop = false
            }
            var height = box.height
            var scale = 1.0
            if box.height > frame.maxY - (y + before) {
                let available = frame.maxY - (y + before)
                if box.scalable && box.height > 0 {
                    scale = max(0.05, available / box.height)
                    height = available
                    warnings.append("\(box.text) is taller than a page (\(Int(box.height.rounded())) pt); scaled to \(Int((scale * 100).rounded()))%")
                } else {
                    warnings.append("\(box.text.prefix(60)) is taller than a page and runs into the bottom margin")
                }
            }
            place(box, at: y + before, height: height, scale: scale, block: unit.block)
            y += before + height + unit.spaceAfter
            atTop = false
            lastTableID = box.tableID
        }

        func flushPending() {
            let waiting = pending
            pending = []
            for item in waiting { placeBox(item.box, unit: item.unit, follow: 0) }
        }

        for (index, unit) in units.enumerated() {
            if !pending.isEmpty {
                // Only paragraphs may pass a waiting figure; anything else places it first.
                // Figures queue behind a waiting figure, keeping their order.
                var passes = false
                if case .text(let text) = unit.kind, text.role == .paragraph { passes = true }
                if case .box(let box) = unit.kind, box.role == .figure, floatFigures { passes = true }
                if !passes { flushPending() }
            }
            switch unit.kind {
            case .pageBreak:
                if !(atTop && column == 0) {
                    column = style.columns - 1
                    advance()
                }
            case .spacer(let height):
                if !atTop {
                    y += height
                    if y > frame.maxY { advance() }
                }
            case .box(let box):
                let before = atTop ? 0 : unit.spaceBefore
                let doesNotFit = y + before + box.height > frame.maxY + 0.01
                var nextIsParagraph = false
                if index + 1 < units.count, case .text(let next) = units[index + 1].kind, next.role == .paragraph { nextIsParagraph = true }
                let queueing = !pending.isEmpty && box.role == .figure && floatFigures
                if queueing || (box.role == .figure && floatFigures && !atTop && doesNotFit && nextIsParagraph
                                && frame.maxY - y > 72 && box.height <= frame.height) {
                    pending.append((box, unit))
                    continue
                }
                placeBox(box, unit: unit, follow: unit.keepWithNext ? minimumFollowing(units, from: index + 1) : 0)
            case .text(let text):
                var before = atTop ? 0 : unit.spaceBefore
                var start = 0
                let lines = text.lines
                guard !lines.isEmpty else { continue }
                while start < lines.count {
                    let origin = lines[start].top
                    let available = frame.maxY - (y + before)
                    var fit = 0
                    while start + fit < lines.count {
                        let line = lines[start + fit]
                        if line.top + line.height - origin > available + 0.01 { break }
                        fit += 1
                    }
                    let remaining = lines.count - start
                    var take = fit
                    if fit >= remaining {
                        take = remaining
                        if unit.keepWithNext, !atTop {
                            let height = lines[lines.count - 1].top + lines[lines.count - 1].height - origin
                            if y + before + height + minimumFollowing(units, from: index + 1) > frame.maxY + 0.01 {
                                advance()
                                before = 0
                                continue
                            }
                        }
                    } else if !text.splittable {
                        if !atTop {
                            advance()
                            before = 0
                            continue
                        }
                        take = remaining
                    } else {
                        // Widows: leave at least `minimumLines` for the next column.
                        if remaining - take < minimumLines { take = remaining - minimumLines }
                        // Orphans: do not start a paragraph with fewer than `minimumLines` here.
                        if take < min(minimumLines, remaining) {
                            if !atTop {
                                advance()
                                before = 0
                                continue
                            }
                            take = max(fit, 1)
                        }
                    }
                    let last = lines[start + take - 1]
                    let height = last.top + last.height - origin
                    items.append(PlacedItem(role: text.role, page: page,
                                            frame: Rect(x: frame.minX, y: y + before, width: frame.width, height: height),
                                            lines: start..<(start + take), totalLines: lines.count, scale: 1,
                                            text: text.plain, blockIndex: unit.block, content: .text(text.layout, color: text.color)))
                    if case .heading(let level) = text.role {
                        outline.append(OutlineEntry(level: level, title: text.plain, page: page, y: y + before))
                    }
                    y += before + height
                    atTop = false
                    start += take
                    if start < lines.count {
                        advance()
                        before = 0
                    }
                }
                y += unit.spaceAfter
                lastTableID = nil
            }
        }
        flushPending()
        let pageCount = (items.map(\.page).max() ?? 0) + 1
        return LaidOutDocument(items: items, pageCount: pageCount, outline: outline, warnings: warnings, style: style)
    }
}
