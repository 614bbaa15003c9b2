import BriefLayout
import BriefMarkdown
import BriefRender

/// GitHub tables: the header row repeats after a page break, numbers align right.
extension DocumentResolution {
    mutating func resolveTable(_ table: MarkdownTable) -> [Block] {
        let columns = max(table.header.count, table.alignments.count)
        guard columns > 0 else { return [] }
        var headerText = ProseText()
        var titles: [String] = []
        for cell in table.header {
            let (rich, text) = resolveInlines(cell.inlines)
            titles.append(rich.plain)
            headerText.append(text)
            headerText.append(mark: ProseText.breakMark)
        }
        prose.append(ProvenanceCheck.Unit(text: headerText, kind: .tableRow(headerCited: false)))
        var rows: [[String]] = []
        var plainRows: [[String]] = []
        for row in table.rows {
            if let first = row.first, let problem = TableLookalike.rowProblem(line: first.position.line, columns: columns, lines: lines) {
                warning(SourcePosition(line: first.position.line, column: 1), problem)
            }
            var rowText = ProseText()
            var cells: [String] = []
            var plain: [String] = []
            for cell in row {
                let (rich, text) = resolveInlines(cell.inlines)
                cells.append(rich.markup)
                plain.append(rich.plain)
                rowText.append(text)
                rowText.append(mark: ProseText.breakMark)
            }
            prose.append(ProvenanceCheck.Unit(text: rowText, kind: .tableRow(headerCited: headerText.hasCitation)))
            rows.append(cells + Array(repeating: "", count: max(0, columns - cells.count)))
            plainRows.append(plain)
        }
        let tableColumns = (0..<columns).map { index -> TableColumn in
            let title = index < titles.count ? titles[index] : ""
            let values = plainRows.compactMap { index < $0.count ? $0[index] : nil }.filter { !$0.trimmingSpaces().isEmpty }
            let alignment: TextAlignment
            switch index < table.alignments.count ? table.alignments[index] : .none {
            case .left: alignment = .left
            case .right: alignment = .right
            case .center: alignment = .center
            case .none: alignment = !values.isEmpty && values.allSatisfy(Self.looksNumeric) ? .right : .left
            }
            let longest = ([title] + values).map { $0.count }.max() ?? 1
            return TableColumn(title, weight: Double(min(max(longest, 4), 40)), alignment: alignment)
        }
        return [.table(TableBlock(columns: tableColumns, rows: rows))]
    }

    /// Whether a cell holds a number: `12`, `1,234.5`, `$7.9B`, `2.3%`, `−4`, `3.87 billion`.
    static func looksNumeric(_ cell: String) -> Bool {
        var text = Substring(cell.trimmingSpaces())
        for sign in ["−", "-", "+"] where text.hasPrefix(sign) { text = text.dropFirst(sign.count); break }
        for currency in ["US$", "$", "₩", "€", "£"] where text.hasPrefix(currency) { text = text.dropFirst(currency.count); break }
        for unit in [" billion", " million", " trillion", " thousand", "%", "B", "M", "K", "T"] where text.hasSuffix(unit) {
            text = text.dropLast(unit.count)
            break
        }
        guard let first = text.first, first.isNumber else { return false }
        return text.allSatisfy { $0.isNumber || $0 == "," || $0 == "." }
    }
}
