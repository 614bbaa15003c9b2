import BriefRender

/// Lines up a right-aligned column of amounts on their decimal points, as
/// a newsroom table does (`$11.4B` over `$40B` over `$877M`): each cell is
/// set in from the right by how much narrower its *tail* (the decimal point
/// and what follows it on the first line, or what follows the number when it
/// has no decimals: `.4B`, `B`, `M *`) is than the widest tail in the
/// column. A Korean amount has no decimals (`8억 7,000만 달러`): its tail is
/// what follows its last digit (`만 달러`, `억 달러 *`), so the column is
/// flush right on the last digit and unit. A cell is never set in further
/// than its room allows, so an amount is never broken to align it.
enum DecimalAlignment {
    /// How far to set in each of `cells` (Pango markup) from the right, in
    /// points, for a column `available` points wide set in `font`.
    static func insets(_ cells: [String], font: Font, available: Double, typesetter: Typesetter) -> [Double] {
        let tails = cells.map { typesetter.layout(tail(of: $0), font: font).size.width }
        let widest = tails.max() ?? 0
        return zip(cells, tails).map { cell, tail in
            // The room is every line's: neither the amount nor a smaller line under it (`of $11.4B`) may wrap.
            let natural = typesetter.layout(firstLine(cell), font: font).size.width
            return max(0, min(widest - tail, available - natural, available - laterLinesWidth(cell, font: font, typesetter: typesetter)))
        }
    }

    /// The width `cells` need to line up without setting any in beyond its
    /// room: the widest part before a tail plus the widest tail, over the
    /// cells' first lines; and room for each cell's later lines (`of $790M`)
    /// when the cell is set in by as much as its tail is narrower than the widest.
    static func alignedWidth(_ cells: [String], font: Font, typesetter: Typesetter) -> Double {
        var heads = 0.0
        var tails = 0.0
        var later: [(tail: Double, width: Double)] = []
        for cell in cells where !cell.isEmpty {
            let tail = typesetter.layout(tail(of: cell), font: font).size.width
            heads = max(heads, typesetter.layout(firstLine(cell), font: font).size.width - tail)
            tails = max(tails, tail)
            let width = laterLinesWidth(cell, font: font, typesetter: typesetter)
            if width > 0 { later.append((tail, width)) }
        }
        return later.reduce(heads + tails) { max($0, $1.width + tails - $1.tail) }
    }

    /// The widest line of `markup` after its first (lines as its line breaks
    /// make them, in their own sizes), or 0 for a cell of one line.
    static func laterLinesWidth(_ markup: String, font: Font, typesetter: Typesetter) -> Double {
        guard markup.contains("\n") else { return 0 }
        let layout = (try? typesetter.layout(markup: markup, font: font)) ?? typesetter.layout(plainText(markup), font: font)
        return layout.lines.dropFirst().map(\.width).max() ?? 0
    }

    /// The tail of the first number on the first line of `markup`: from its
    /// decimal point, or from just after it, to the line's end; for a
    /// Korean amount in myriad groups, from just after its last digit.
    static func tail(of markup: String) -> String {
        let line = firstLine(markup)
        let characters = Array(line)
        guard let start = characters.firstIndex(where: \.isNumber) else { return "" }
        if line.split(separator: " ").contains(where: LineBreaks.isKoreanAmountGroup), let last = characters.lastIndex(where: \.isNumber) {
            return String(characters[(last + 1)...])
        }
        var index = start
        while index < characters.count {
            let character = characters[index]
            if character.isNumber || character == "," {
                index += 1
            } else if character == ".", index + 1 < characters.count, characters[index + 1].isNumber {
                return String(characters[index...])
            } else {
                break
            }
        }
        return String(characters[index...])
    }

    /// The first line of `markup`'s text.
    static func firstLine(_ markup: String) -> String {
        plainText(markup).split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
    }

    /// `markup` without its tags and with its entities read. (The entities
    /// are read in one pass: five `replacingOccurrences` passes through
    /// `NSString` were 2% of a one-pager's CPU, perf. The result is the same:
    /// `&amp;` was read last, and no other entity's character starts an entity.)
    static func plainText(_ markup: String) -> String {
        var stripped = ""
        var inTag = false
        for character in markup {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { stripped.append(character) }
        }
        guard stripped.contains("&") else { return stripped }
        var text = ""
        var rest = Substring(stripped)
        while let character = rest.first {
            rest = rest.dropFirst()
            if character == "&", let entity = entities.first(where: { rest.hasPrefix($0.name) }) {
                text.append(entity.character)
                rest = rest.dropFirst(entity.name.count)
            } else {
                text.append(character)
            }
        }
        return text
    }

    /// The entities Pango markup uses, without their leading `&`.
    private static let entities: [(name: String, character: Character)] = [
        ("lt;", "<"), ("gt;", ">"), ("quot;", "\""), ("#39;", "'"), ("apos;", "'"), ("amp;", "&"),
    ]
}
