import BriefData
import BriefMarkdown

/// Bounds the tables of a brief before cmark-gfm reads them: cmark keeps
/// about 400 bytes a cell, so a 4 MB brief that is one table of 500 columns
/// and 3,900 rows took 800 MB in cmark alone, and 2.4 GB to lay out. A cell
/// ends at a `|`, so counting them bounds the cells (a `|` in code or prose
/// counts too, which only makes the bound safer).
enum TableCellLimit {
    /// The most `|` a brief may have: 50,000 cells, hundreds of pages of table.
    static let limit = 50_000

    /// An error at the line where `text` passes the limit, or nil.
    static func check(_ text: String, file: String) -> DataProblem? {
        var line = 1
        var bars = 0
        for byte in text.utf8 {
            if byte == 0x0A {
                line += 1
            } else if byte == 0x7C {
                bars += 1
                if bars > limit {
                    return DataProblem(file: file, line: line, column: nil, message:
                        "the brief's tables have more than \(BriefLanguage.english.count(limit)) cells ('|') by this line, more than "
                            + "a brief can set; split the table or give the rows as an investments CSV")
                }
            }
        }
        return nil
    }
}
