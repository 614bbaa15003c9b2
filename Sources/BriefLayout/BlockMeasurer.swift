import BriefRender
import BriefText

/// The first step of layout: measures every block with Pango and turns it
/// into flow units, each as wide as a column, or as the whole text area
/// when it spans the columns (the title, wide figures and tables, and the
/// headings just before them); a column figure or a short paragraph
/// between two things that span also gets a form across the columns, for
/// the flow to use where it would leave a gap or a band of a line or two.
struct BlockMeasurer {
    /// The page geometry, fonts and colours.
    let style: LayoutStyle
    /// Measures text.
    let typesetter: Typesetter
    /// The fewest lines of a paragraph allowed alone at a column's top or
    /// bottom: paragraphs between two things that span, with at most twice
    /// this many lines in a column, get a form across the columns.
    var minimumLines = 2
    /// Text whose markup Pango could not read, set as plain text instead: each a warning.
    private let unreadable = MarkupProblems()

    /// Creates a measurer for pages of `style`, measuring with `typesetter`.
    init(style: LayoutStyle, typesetter: Typesetter) {
        self.style = style
        self.typesetter = typesetter
    }

    /// The measured document: its units and, for each table, its header row.
    struct Result {
        var units: [FlowUnit] = []
        var tableHeaders: [Int: FlowUnit.Box] = [:]
        var warnings: [String] = []
    }

    /// A table's chosen form: the columns it keeps, their widths, whether it spans.
    private struct TablePlan {
        let table: TableBlock
        let widths: [Double]
        let spans: Bool
    }

    private let padding = 4.0
    private var cellFont: Font { Font(family: style.bodyFamily, size: style.smallSize + 0.4) }
    private var headerFont: Font { Font(family: style.bodyFamily, size: style.smallSize + 0.4, weight: .bold) }

    /// Measures `blocks` in order.
    func measure(_ blocks: [Block]) -> Result {
        var result = Result()
        var tablePlans: [Int: TablePlan] = [:]
        var spans = [Bool](repeating: false, count: blocks.count)
        if style.columns > 1 {
            for (index, block) in blocks.enumerated() {
                switch block {
                case .title: spans[index] = true
                case .figure(let content, _), .describedFigure(let content, _):
                    spans[index] = content.minimumWidth(typesetter: typesetter) > style.columnWidth + 0.5
                case .table(let table):
                    let plan = planTable(table, block: index, warnings: &result.warnings)
                    tablePlans[index] = plan
                    spans[index] = plan.spans
                default: break
                }
            }
            // A heading goes with what follows it: across the columns when that does. A figure
            // just before something spanning spans too, rather than end a band alone beside a gap.
            for index in blocks.indices.reversed() where index + 1 < blocks.count && spans[index + 1] {
                switch blocks[index] {
                case .heading, .figure, .describedFigure: spans[index] = true
                default: break
                }
            }
        }
        var unitRanges: [Range<Int>] = []
        for (index, block) in blocks.enumerated() {
            let width = spans[index] ? style.textArea.width : style.columnWidth
            var units: [FlowUnit]
            if case .table(let table) = block {
                let plan = tablePlans[index] ?? planTable(table, block: index, warnings: &result.warnings)
                var noteFollows = false
                if index + 1 < blocks.count, case .note = blocks[index + 1] { noteFollows = true }
                units = tableUnits(plan, block: index, noteFollows: noteFollows, headers: &result.tableHeaders)
            } else {
                let next = index + 1 < blocks.count ? blocks[index + 1] : nil
                units = measure(block, next: next, index: index, width: width)
            }
            for position in units.indices { units[position].spans = spans[index] }
            if style.spacingScale != 1 {
                for position in units.indices {
                    units[position].spaceBefore *= style.spacingScale
                    units[position].spaceAfter *= style.spacingScale
                }
            }
            if style.columns > 1, !spans[index], units.count == 1, units[0].isFigure,
               case .box(let wide) = measure(block, next: nil, index: index, width: style.textArea.width).first?.kind {
                units[0].wide = wide
            }
            unitRanges.append(result.units.count..<(result.units.count + units.count))
            result.units += units
        }
        if style.columns > 1 { addWideText(to: &result.units, blocks: blocks, spans: spans, unitRanges: unitRanges) }
        result.warnings += unreadable.warnings
        return result
    }

    /// Gives a form across the columns (``FlowUnit/wideText``) to each
    /// paragraph of a run between two blocks that span, when the run's lines
    /// in a column, all together, number at most twice ``minimumLines``: the
    /// flow sets it across the columns when it finds the run alone between
    /// them. Balanced, such a band is a line or two a column, read down one
    /// short column and up into the next, often broken at a hyphen; across
    /// the columns it is a line or two read straight. `unitRanges` are the
    /// units measured for each block.
    private func addWideText(to units: inout [FlowUnit], blocks: [Block], spans: [Bool], unitRanges: [Range<Int>]) {
        var start = 1
        while start < blocks.count {
            guard spans[start - 1], !spans[start] else { start += 1; continue }
            var end = start
            while end < blocks.count, !spans[end], Self.isParagraph(blocks[end]) { end += 1 }
            defer { start = end + 1 }
            guard end < blocks.count, end > start, spans[end],
                  (start..<end).allSatisfy({ unitRanges[$0].count == 1 }) else { continue }
            let lines = (start..<end).reduce(0) { total, index in
                guard case .text(let text) = units[unitRanges[index].lowerBound].kind else { return total }
                return total + text.lines.count
            }
            guard lines <= 2 * minimumLines else { continue }
            for index in start..<end {
                if case .text(let wide)? = measure(blocks[index], next: blocks[index + 1], index: index, width: style.textArea.width).first?.kind {
                    units[unitRanges[index].lowerBound].wideText = wide
                }
            }
        }
    }

    /// Whether `block` is a paragraph of running text.
    private static func isParagraph(_ block: Block) -> Bool {
        switch block {
        case .paragraph, .richParagraph: true
        default: false
        }
    }

    /// Lays out `markup` with its amounts kept whole and, when `hyphenate`,
    /// its long common words hyphenated. Justified text in a measure under
    /// ``raggedMeasure`` ems is set ragged-right instead.
    private func textLayout(_ markup: String, _ font: Font, width: Double, alignment: TextAlignment = .left,
                            spacing: Double = 1, hyphenate: Bool = false) -> TextLayout {
        let prepared = typesetter.preparedMarkup(markup, hyphenated: hyphenate) {
            LineBreaks(hyphenator: hyphenate ? typesetter.hyphenator : nil).prepare($0, hyphenate: hyphenate)
        }
        // Ragged right in a narrow measure, and wherever the style sets paragraphs ragged (the Korean edition).
        let alignment = alignment == .justify && (width < Self.raggedMeasure * font.size || !style.justifiesParagraphs) ? .left : alignment
        if let layout = (try? typesetter.layout(markup: prepared, font: font, width: width, alignment: alignment, lineSpacing: spacing))
            ?? (try? typesetter.layout(markup: markup, font: font, width: width, alignment: alignment, lineSpacing: spacing)) {
            return layout
        }
        unreadable.add(markup)
        return typesetter.layout(markup, font: font, width: width, alignment: alignment, lineSpacing: spacing)
    }

    /// Justified text narrower than this many ems (about 40 characters) is set ragged-right.
    static let raggedMeasure = 20.0

    /// A layout's text as a reader sees it: without the soft hyphens that mark break points.
    private func plain(_ layout: TextLayout) -> String { Self.withoutSoftHyphens(layout.text) }

    /// `text` without its soft hyphens (U+00AD), as `text.filter { $0 != "\u{AD}" }` gives it, on bytes:
    /// a soft hyphen is a grapheme cluster of its own (Grapheme_Cluster_Break=Control, UAX #29
    /// GB4/GB5), so the Characters that filter drops are exactly the byte pairs C2 AD (0xC2
    /// always leads a two-byte sequence). The Character filter was 0.7% of the one-pagers' CPU.
    static func withoutSoftHyphens(_ text: String) -> String {
        guard text.containsBytes(0xC2, 0xAD) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingLead = false
        for byte in text.utf8 {
            if pendingLead {
                pendingLead = false
                if byte == 0xAD { continue }
                bytes.append(0xC2)
            }
            if byte == 0xC2 { pendingLead = true } else { bytes.append(byte) }
        }
        if pendingLead { bytes.append(0xC2) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether a paragraph introduces what follows it ("… are:"), so that it must not end a column alone.
    private func isLeadIn(_ markup: String, before next: Block?) -> Bool {
        guard let next else { return false }
        switch next {
        case .bulletList, .list, .table, .figure, .describedFigure: break
        default: return false
        }
        return Self.endsWithColon(markup)
    }

    /// Whether `markup` ends with a colon, closing tags after it ("…:</b>") and spaces aside.
    static func endsWithColon(_ markup: String) -> Bool {
        var text = markup
        while text.last?.isWhitespace == true { text.removeLast() }
        while text.hasSuffix(">"), let open = text.lastIndex(of: "<") { text = String(text[..<open]) }
        return text.hasSuffix(":")
    }

    private func measure(_ block: Block, next: Block?, index: Int, width: Double) -> [FlowUnit] {
        switch block {
        case .title(let title, let subtitle, let dateline):
            let titleLayout = textLayout(title, Font(family: style.headingFamily, size: style.titleSize, weight: style.titleWeight),
                                         width: width, spacing: 1.05)
            let subtitleLayout = subtitle.map {
                textLayout($0, Font(family: style.headingFamily, size: style.bodySize * 1.3), width: width)
            }
            let datelineLayout = dateline.map { textLayout($0, style.smallFont, width: width) }
            let height = titleLayout.size.height + (subtitleLayout.map { 4 + $0.size.height } ?? 0)
                + (datelineLayout.map { 8 + $0.size.height } ?? 0) + 12
            let box = FlowUnit.Box(height: height, role: .title,
                                   content: .title(title: titleLayout, subtitle: subtitleLayout, dateline: datelineLayout),
                                   text: titleLayout.text, scalable: false, tableID: nil)
            return [FlowUnit(kind: .box(box), spaceBefore: 0, spaceAfter: 14, keepWithNext: true, block: index)]

        case .heading(let text, let level):
            let clamped = max(1, min(level, 3))
            let layout = textLayout(text, style.headingFont(clamped), width: width)
            let unit = FlowUnit.Text(layout: layout, lines: layout.lines, role: .heading(clamped),
                                     color: clamped == 1 ? style.accent : style.text, splittable: false, plain: layout.text)
            return [FlowUnit(kind: .text(unit), spaceBefore: [18.0, 12, 9][clamped - 1], spaceAfter: [7.0, 5, 3][clamped - 1],
                             keepWithNext: true, block: index)]

        case .paragraph(let markup, let alignment):
            let layout = textLayout(markup, style.bodyFont, width: width, alignment: alignment, spacing: style.lineSpacing,
                                    hyphenate: true)
            let unit = FlowUnit.Text(layout: layout, lines: layout.lines, role: .paragraph, color: style.text, splittable: true,
                                     plain: plain(layout))
            return [FlowUnit(kind: .text(unit), spaceBefore: 0, spaceAfter: style.paragraphSpacing,
                             keepWithNext: isLeadIn(markup, before: next), block: index)]

        case .richParagraph(let text, let alignment):
            let layout = textLayout(text.markup, style.bodyFont, width: width, alignment: alignment, spacing: style.lineSpacing,
                                    hyphenate: true)
            var unit = FlowUnit.Text(layout: layout, lines: layout.lines, role: .paragraph, color: style.text, splittable: true,
                                     plain: plain(layout))
            unit.links = LinkRanges.remap(text.links, from: text.plain, to: layout.text)
            return [FlowUnit(kind: .text(unit), spaceBefore: 0, spaceAfter: style.paragraphSpacing,
                             keepWithNext: isLeadIn(text.markup, before: next), block: index)]

        case .quote(let text):
            let indent = style.bodySize * 1.6
            let layout = textLayout(text.markup, style.bodyFont, width: width - indent, spacing: style.lineSpacing, hyphenate: true)
            var unit = FlowUnit.Text(layout: layout, lines: layout.lines, role: .quote, color: style.muted, splittable: true,
                                     plain: plain(layout))
            unit.links = LinkRanges.remap(text.links, from: text.plain, to: layout.text)
            unit.indent = indent
            unit.rule = style.accent
            return [FlowUnit(kind: .text(unit), spaceBefore: 2, spaceAfter: style.paragraphSpacing + 2, keepWithNext: false, block: index)]

        case .code(let text):
            let indent = style.bodySize
            let layout = typesetter.layout(text, font: Font(family: "monospace", size: style.smallSize + 0.2), width: width - indent,
                                           lineSpacing: 1.1)
            var unit = FlowUnit.Text(layout: layout, lines: layout.lines, role: .code, color: style.text, splittable: true, plain: layout.text)
            unit.indent = indent
            unit.rule = style.rule
            return [FlowUnit(kind: .text(unit), spaceBefore: 2, spaceAfter: style.paragraphSpacing + 2, keepWithNext: false, block: index)]

        case .list(let list):
            let step = style.bodySize * 1.4
            return list.items.enumerated().map { position, item in
                let bulleted = item.marker.count <= 1
                let markerFont = Font(family: style.bodyFamily, size: style.bodySize, weight: bulleted ? .bold : .regular)
                let marker = typesetter.layout(item.marker, font: markerFont)
                let indent = step * Double(item.level + 1) + (bulleted ? 0 : max(0, marker.size.width + 4 - step))
                let body = textLayout(item.text.markup, style.bodyFont, width: width - indent, spacing: style.lineSpacing, hyphenate: true)
                let markerX = step * Double(item.level) + (bulleted ? step * 0.25 : 0)
                let links = LinkRanges.remap(item.text.links, from: item.text.plain, to: body.text)
                let box = FlowUnit.Box(height: body.size.height, role: .listItem,
                                       content: .listItem(bullet: marker, body: body, indent: indent, markerX: markerX, links: links),
                                       text: plain(body), scalable: false, tableID: nil)
                let last = position == list.items.count - 1
                // An item that introduces the deeper items under it ("… commitments on:") never ends a column.
                let leadsIn = !last && list.items[position + 1].level > item.level && Self.endsWithColon(item.text.markup)
                return FlowUnit(kind: .box(box), spaceBefore: 0, spaceAfter: last ? style.paragraphSpacing + 2 : 4,
                                keepWithNext: leadsIn, block: index)
            }

        case .note(let markup):
            let layout = textLayout(markup, style.smallFont, width: width, spacing: 1.2, hyphenate: true)
            let unit = FlowUnit.Text(layout: layout, lines: layout.lines, role: .note, color: style.muted, splittable: true,
                                     plain: plain(layout))
            return [FlowUnit(kind: .text(unit), spaceBefore: 2, spaceAfter: style.paragraphSpacing,
                             keepWithNext: isLeadIn(markup, before: next), block: index)]

        case .bulletList(let items):
            let indent = style.bodySize * 1.4
            let bullet = typesetter.layout("•", font: Font(family: style.bodyFamily, size: style.bodySize, weight: .bold))
            // The last item never stands alone at a column's top.
            return items.enumerated().map { position, markup in
                let body = textLayout(markup, style.bodyFont, width: width - indent, spacing: style.lineSpacing, hyphenate: true)
                let box = FlowUnit.Box(height: body.size.height, role: .listItem,
                                       content: .listItem(bullet: bullet, body: body, indent: indent), text: plain(body),
                                       scalable: false, tableID: nil)
                let last = position == items.count - 1
                return FlowUnit(kind: .box(box), spaceBefore: 0, spaceAfter: last ? style.paragraphSpacing + 2 : 4,
                                keepWithNext: position == items.count - 2, block: index)
            }

        case .figure(let content, let caption):
            let captionLayout = caption.map {
                textLayout("<b>\($0)</b>", Font(family: style.headingFamily, size: style.bodySize), width: width)
            }
            let chartHeight = content.preferredHeight(width: width, typesetter: typesetter)
            let captionHeight = captionLayout.map { $0.size.height + 6 } ?? 0
            let box = FlowUnit.Box(height: captionHeight + chartHeight, role: .figure,
                                   content: .figure(content, caption: captionLayout, naturalSize: Size(width: width, height: chartHeight)),
                                   text: captionLayout?.text ?? "figure", scalable: true, tableID: nil,
                                   minimumHeight: captionHeight + min(chartHeight, content.minimumHeight(width: width, typesetter: typesetter)))
            return [FlowUnit(kind: .box(box), spaceBefore: 6, spaceAfter: 14, keepWithNext: false, block: index)]

        case .describedFigure(let content, let caption):
            let captionLayout = textLayout(caption, Font(family: style.bodyFamily, size: style.smallSize + 0.4, weight: style.captionWeight, italic: true), width: width,
                                           spacing: 1.1)
            let chartHeight = content.preferredHeight(width: width, typesetter: typesetter)
            let box = FlowUnit.Box(height: chartHeight + 5 + captionLayout.size.height, role: .figure,
                                   content: .figure(content, caption: captionLayout, naturalSize: Size(width: width, height: chartHeight),
                                                    captionBelow: true),
                                   text: plain(captionLayout), scalable: true, tableID: nil,
                                   minimumHeight: 5 + captionLayout.size.height
                                       + min(chartHeight, content.minimumHeight(width: width, typesetter: typesetter)))
            return [FlowUnit(kind: .box(box), spaceBefore: 6, spaceAfter: 14, keepWithNext: false, block: index)]

        case .table:
            return []

        case .sourceNotes(let notes):
            // Numbers count the numbered notes only (a line about the entries above takes none).
            var count = 0
            let numbers = notes.map { note -> Int? in
                guard note.numbered else { return nil }
                count += 1
                return count
            }
            // Room for "99." and a space; a list of 100 or more widens it, so "100." never touches its text.
            let widest = typesetter.layout("\(max(1, count)).", font: style.smallFont).size.width
            let indent = max(style.smallSize * 2.4, widest + style.smallSize * 0.6)
            return notes.enumerated().map { number, note in
                let label = typesetter.layout(numbers[number].map { "\($0)." } ?? "", font: style.smallFont)
                var markup = Typesetter.escapeMarkup(note.text)
                if let url = note.url, !url.isEmpty {
                    // A very long address is shown cut (the link keeps all of it), so a note stays a few lines.
                    let longest = LayoutEngine.longestURLShown
                    let shown = url.count > longest ? url.prefix(longest - 1) + "…" : Substring(url)
                    markup += " <span foreground=\"\(style.accent.hex)\">\(Typesetter.escapeMarkup(String(shown)))</span>"
                }
                let body = textLayout(markup, style.smallFont, width: width - indent, spacing: 1.15, hyphenate: true)
                let box = FlowUnit.Box(height: body.size.height, role: .sourceNote,
                                       content: .sourceNote(number: label, body: body, url: note.url, indent: indent, anchor: note.anchor),
                                       text: plain(body), scalable: false, tableID: nil)
                // The last note never stands alone at a page's top.
                return FlowUnit(kind: .box(box), spaceBefore: 0, spaceAfter: 5, keepWithNext: number == notes.count - 2, block: index)
            }

        case .pageBreak:
            return [FlowUnit(kind: .pageBreak, spaceBefore: 0, spaceAfter: 0, keepWithNext: false, block: index)]
        case .spacer(let height):
            return [FlowUnit(kind: .spacer(max(0, height)), spaceBefore: 0, spaceAfter: 0, keepWithNext: false, block: index)]
        }
    }

    // MARK: Tables

    /// The table with its cells prepared for line breaking (amounts and, `keepingKoreanWordsWhole`,
    /// Korean words kept whole; no hyphenation).
    private func prepared(_ table: TableBlock, keepingKoreanWordsWhole: Bool = true) -> TableBlock {
        var breaks = LineBreaks(hyphenator: nil)
        breaks.keepsKoreanWordsWhole = keepingKoreanWordsWhole
        func prepare(_ cell: String) -> String {
            // The typesetter's cache keeps the keep-all form; the retry's form is made afresh.
            guard keepingKoreanWordsWhole else { return breaks.prepare(cell, hyphenate: false) }
            return typesetter.preparedMarkup(cell, hyphenated: false) { breaks.prepare($0, hyphenate: false) }
        }
        var table = table
        table.rows = table.rows.map { $0.map(prepare) }
        table.fallbacks = table.fallbacks.map { fallback in
            var fallback = fallback
            fallback.cells = fallback.cells.map(prepare)
            return fallback
        }
        return table
    }

    /// Chooses a table's form: in one column when it fits there without
    /// breaking a word and is not much taller than across the page; across
    /// the columns otherwise; with as few fallbacks as make it fit.
    private func planTable(_ original: TableBlock, block: Int, warnings: inout [String]) -> TablePlan {
        // Korean words kept whole (keep-all) when the table fits so; else they may break between syllables.
        let keepAll = prepared(original)
        if let plan = fittingPlan(keepAll) { return plan }
        let hasHangul = (original.rows.joined() + original.fallbacks.flatMap(\.cells)).contains { cell in
            cell.unicodeScalars.contains(where: LineBreaks.isHangul)
        }
        let table = hasHangul ? prepared(original, keepingKoreanWordsWhole: false) : keepAll
        if hasHangul, let plan = fittingPlan(table) { return plan }
        let form = table.applying(fallbacks: table.fallbacks.count)
        let widths = TableWidths(form, cellFont: cellFont, headerFont: headerFont, padding: padding, typesetter: typesetter)
        warnings.append("a table of \(form.columns.count) columns is too wide for the page even in its narrowest form; words in it may break")
        return TablePlan(table: form, widths: scaled(widths.minimum, to: style.columns > 1 ? style.textArea.width : style.columnWidth),
                         spans: style.columns > 1)
    }

    /// The first form of `table` (as given, then with more and more fallbacks) whose words fit
    /// unbroken in a column or across the page; nil when none does.
    private func fittingPlan(_ table: TableBlock) -> TablePlan? {
        let column = style.columnWidth
        let full = style.textArea.width
        let multiColumn = style.columns > 1
        for count in 0...table.fallbacks.count {
            let form = count == 0 ? table : table.applying(fallbacks: count)
            let widths = TableWidths(form, cellFont: cellFont, headerFont: headerFont, padding: padding, typesetter: typesetter)
            if widths.fit(in: column) {
                guard multiColumn else { return TablePlan(table: form, widths: widths.widths(for: column), spans: false) }
                // Across the page the rows are shorter; one column is worth it only when not much taller.
                let narrow = widths.widths(for: column), wide = widths.widths(for: full)
                let spans = height(of: form, widths: narrow) > 1.6 * height(of: form, widths: wide)
                return TablePlan(table: form, widths: spans ? wide : narrow, spans: spans)
            }
            if multiColumn, widths.fit(in: full) {
                return TablePlan(table: form, widths: widths.widths(for: full), spans: true)
            }
        }
        return nil
    }

    private func scaled(_ widths: [Double], to total: Double) -> [Double] {
        let sum = widths.reduce(0, +)
        guard sum > 0 else { return widths }
        return widths.map { $0 * total / sum }
    }

    /// The height of a table's rows at `widths`.
    private func height(of table: TableBlock, widths: [Double]) -> Double {
        table.rows.reduce(0) { total, row in
            total + zip(row, widths).map { cell, width in
                textLayout(cell, cellFont, width: width - 2 * padding).size.height
            }.reduce(0, max) + 2 * padding
        }
    }

    /// A table's rows as flow units, under its header. With `noteFollows`,
    /// its last row keeps with the note after it (what its marks mean,
    /// "* Amounts are Georgia's part of each project"), so that the note
    /// never starts the page after the table's last rows.
    private func tableUnits(_ plan: TablePlan, block index: Int, noteFollows: Bool, headers: inout [Int: FlowUnit.Box]) -> [FlowUnit] {
        let table = plan.table
        guard !table.columns.isEmpty else { return [] }
        let widths = plan.widths
        var offsets: [Double] = []
        var x = 0.0
        for width in widths { offsets.append(x); x += width }
        let alignments = table.columns.map(\.alignment)
        // Amount columns line up on their decimal points: each cell set in from the right.
        var insets: [[Double]] = Array(repeating: [], count: widths.count)
        for (column, spec) in table.columns.enumerated() where spec.decimalAligned && column < widths.count {
            insets[column] = DecimalAlignment.insets(table.rows.map { column < $0.count ? $0[column] : "" }, font: cellFont,
                                                     available: widths[column] - 2 * padding, typesetter: typesetter)
        }
        func row(_ cells: [String], header: Bool, shaded: Bool, number: Int = 0) -> FlowUnit.Box {
            let padded = cells + Array(repeating: "", count: max(0, widths.count - cells.count))
            let layouts = zip(padded, zip(widths, alignments)).enumerated().map { column, cell in
                let inset = header || number >= insets[column].count ? 0 : insets[column][number]
                return textLayout(cell.0, header ? headerFont : cellFont, width: cell.1.0 - 2 * padding - inset, alignment: cell.1.1)
            }
            let height = (layouts.map(\.size.height).max() ?? 0) + 2 * padding
            return FlowUnit.Box(height: height, role: header ? .tableHeader : .tableRow,
                                content: .tableRow(cells: layouts, offsets: offsets, header: header, shaded: shaded, padding: padding),
                                text: layouts.map(\.text).joined(separator: " | "), scalable: false, tableID: index)
        }
        let header = row(table.columns.map { Typesetter.escapeMarkup($0.title) }, header: true, shaded: false)
        headers[index] = header
        var units = [FlowUnit(kind: .box(header), spaceBefore: 6, spaceAfter: 0, keepWithNext: true, block: index)]
        for (number, cells) in table.rows.enumerated() {
            let last = number == table.rows.count - 1
            if number > 0, number == table.breakBeforeRow {
                units.append(FlowUnit(kind: .pageBreak, spaceBefore: 0, spaceAfter: 0, keepWithNext: false, block: index))
            }
            units.append(FlowUnit(kind: .box(row(cells, header: false, shaded: table.zebra && number % 2 == 1, number: number)),
                                  spaceBefore: 0, spaceAfter: last ? 12 : 0,
                                  keepWithNext: Self.rowKeepsWithNext(number, of: table.rows.count) || (last && noteFollows), block: index))
        }
        return units
    }

    /// The fewest body rows a table starts a page (or column) with, under its header.
    static let leastRowsToStart = 2
    /// The fewest body rows a table's continuation ends with on a page (or column) of its own.
    static let leastRowsToEnd = 2

    /// Whether row `number` (0-based) of a table of `count` rows must share
    /// its column with the next row: the first rows, so that the table
    /// starts with at least ``leastRowsToStart`` under its header (no
    /// orphan), and the rows before the last, so that its end never leaves
    /// fewer than ``leastRowsToEnd`` alone under a repeated header (no widow).
    /// A table too short for both keeps all its rows together.
    static func rowKeepsWithNext(_ number: Int, of count: Int) -> Bool {
        (number < leastRowsToStart - 1 || number >= count - leastRowsToEnd) && number < count - 1
    }
}
