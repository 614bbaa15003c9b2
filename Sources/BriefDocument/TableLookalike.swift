import BriefMarkdown

/// Pipe tables that cmark-gfm reads differently from what their writer
/// meant, found from the source lines: GitHub's table syntax fails quietly,
/// so without a word a table whose delimiter row has one cell too few
/// prints as a paragraph of pipes, and a row's extra cells vanish.
enum TableLookalike {
    /// What is wrong with the paragraph starting at `line` (column
    /// `column`) when it looks like a table but cmark read it as text: a
    /// delimiter row whose cells do not match the header's, or lines of
    /// pipes with no delimiter row. Nil for a paragraph that is not one.
    static func paragraphProblem(line: Int, column: Int, lines: SourceLines) -> String? {
        guard column <= 4 else { return nil }
        let header = lines.text(line: line)
        let next = lines.text(line: line + 1)
        guard pipeLine(header) else { return nil }
        if isDelimiterRow(next) {
            let (heads, delimiters) = (cells(header), cells(next))
            guard heads != delimiters else { return nil }
            return "this looks like a table, but its header row has \(heads) \(cellWord(heads)) and its delimiter row "
                + "(line \(line + 1)) \(delimiters), so it is printed as text; give the delimiter row one cell "
                + "(---, :--, --: or :-:) for each header cell"
        }
        guard pipeLine(next) else { return nil }
        return "these lines of '|' look like a table but are printed as text: a table needs a delimiter row "
            + "(|---|---|, one cell for each header cell) right under its header row"
    }

    /// What is wrong with a body row written on `line` of a table whose
    /// header has `columns` cells: more cells (cmark leaves the extra out)
    /// or fewer (cmark leaves the missing ones empty). Nil when they match.
    static func rowProblem(line: Int, columns: Int, lines: SourceLines) -> String? {
        // A table in a block quote: its lines start with '>' markers, which are not cells.
        let count = cells(String(lines.text(line: line).drop { $0 == ">" || $0 == " " || $0 == "\t" }))
        if count > columns {
            let extra = count - columns
            return "this row has \(count) cells and the header \(columns): its last \(extra == 1 ? "cell is" : "\(extra) cells are") "
                + "left out; add a column to the header and the delimiter row, or join the cells"
        }
        if count < columns {
            return "this row has \(count) \(cellWord(count)) and the header \(columns): the missing "
                + "\(columns - count == 1 ? "cell is" : "cells are") left empty; add '|  |' for an empty cell to say so"
        }
        return nil
    }

    private static func cellWord(_ count: Int) -> String { count == 1 ? "cell" : "cells" }

    /// Whether a line (after up to three spaces) starts with a pipe and has another.
    private static func pipeLine(_ line: String) -> Bool {
        let text = line.drop { $0 == " " }
        return line.count - text.count <= 3 && text.first == "|" && unescapedPipes(text.dropFirst()) >= 1
    }

    /// Whether a line is a delimiter row: cells of `-` with optional `:` at
    /// either end, between pipes (the outer ones optional), and at least one pipe or `-`.
    static func isDelimiterRow(_ line: String) -> Bool {
        guard line.prefix(while: { $0 == " " }).count <= 3 else { return false }
        var text = trimmed(line)
        guard text.contains("-"), text.contains("|") || !text.contains(" ") else { return false }
        if text.first == "|" { text = text.dropFirst() }
        if text.last == "|" { text = text.dropLast() }
        return text.split(separator: "|", omittingEmptySubsequences: false).allSatisfy { part in
            var cell = trimmed(String(part))
            if cell.first == ":" { cell = cell.dropFirst() }
            if cell.last == ":" { cell = cell.dropLast() }
            return !cell.isEmpty && cell.allSatisfy { $0 == "-" }
        }
    }

    /// The line without spaces and tabs at either end.
    private static func trimmed(_ line: String) -> Substring {
        var text = Substring(line).drop { $0 == " " || $0 == "\t" }
        while text.last == " " || text.last == "\t" { text = text.dropLast() }
        return text
    }

    /// The cells of a table row as GitHub counts them: pipes not escaped
    /// with a backslash separate cells (inside code spans too), and a
    /// leading and a trailing pipe are borders, not separators.
    static func cells(_ line: String) -> Int {
        let text = trimmed(line)
        guard !text.isEmpty else { return 0 }
        var pipes = unescapedPipes(text)
        if text.first == "|" { pipes -= 1 }
        if text.count > 1, text.last == "|", !text.dropLast().hasSuffix("\\") { pipes -= 1 }
        return max(pipes, 0) + 1
    }

    /// The pipes in `text` not escaped by a backslash.
    private static func unescapedPipes(_ text: Substring) -> Int {
        var count = 0
        var escaped = false
        for character in text {
            if escaped { escaped = false; continue }
            if character == "\\" { escaped = true } else if character == "|" { count += 1 }
        }
        return count
    }
}
