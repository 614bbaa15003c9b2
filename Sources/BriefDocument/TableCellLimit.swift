import BriefData

/// Bounds the tables of a brief before cmark-gfm reads them. cmark keeps
/// about 400 bytes a cell and fills every row up to the header's number of
/// columns, and any line after a table's delimiter row is one of its rows
/// until a blank line: a 12 KB brief of a 200-column header and 5,000 lines
/// of `x` took 900 MB. So each table counts as its columns (the delimiter
/// row's cells) times its lines (the header, and every line after the
/// delimiter row up to a blank line); a line that only looks like a
/// delimiter row (in a code block, say) counts too, which makes the bound
/// safer, never looser.
enum TableCellLimit {
    /// The most cells the brief's tables may have together: hundreds of pages of table.
    static let limit = 50_000

    /// An error at the delimiter row of the table that passes the limit, or nil.
    static func check(_ text: String, file: String) -> DataProblem? {
        let lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
        var cells = 0
        var index = 1
        while index < lines.count {
            guard let columns = delimiterColumns(lines[index]), !isBlank(lines[index - 1]) else {
                index += 1
                continue
            }
            var rows = 1  // the header
            var next = index + 1
            while next < lines.count, !isBlank(lines[next]) {
                rows += 1
                next += 1
            }
            cells += columns * rows
            if cells > limit {
                return DataProblem(file: file, line: index + 1, column: 1, message:
                    "the brief's tables have more than \(BriefLanguage.english.count(limit)) cells (columns times rows) with this one, "
                        + "more than a brief can set; split the table or give the rows as an investments CSV")
            }
            index = next
        }
        return nil
    }

    /// The number of cells of a GitHub table's delimiter row (`| --- | :-: |`, at least one `|`
    /// and one `-`, nothing but `|`, `-`, `:` and spaces, after any quote markers `>` that put
    /// the table in a block quote), or nil when `line` is not one.
    static func delimiterColumns(_ quoted: Substring.UTF8View.SubSequence) -> Int? {
        let line = quoted.drop { $0 == 0x3E || $0 == 0x20 || $0 == 0x09 }
        var bars = 0
        var dashes = false
        for byte in line {
            switch byte {
            case 0x7C: bars += 1
            case 0x2D: dashes = true
            case 0x3A, 0x20, 0x09, 0x0D: continue
            default: return nil
            }
        }
        guard bars > 0, dashes else { return nil }
        // `--- | ---` has one bar and two cells; `| --- | --- |`, three bars and two.
        let ink = line.filter { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }
        return bars + 1 - (ink.first == 0x7C ? 1 : 0) - (ink.last == 0x7C && bars > 1 ? 1 : 0)
    }

    private static func isBlank(_ line: Substring.UTF8View.SubSequence) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }
}
