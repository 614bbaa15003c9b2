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
            // The room is the first line's: a smaller second line (`of $11.4B`) may wrap, the amount never.
            let natural = typesetter.layout(firstLine(cell), font: font).size.width
            return max(0, min(widest - tail, available - natural))
        }
    }

    /// The width `cells` need to line up without setting any in beyond its
    /// room: the widest part before a tail plus the widest tail, over the
    /// cells' first lines.
    static func alignedWidth(_ cells: [String], font: Font, typesetter: Typesetter) -> Double {
        var heads = 0.0
        var tails = 0.0
        for cell in cells where !cell.isEmpty {
            let tail = typesetter.layout(tail(of: cell), font: font).size.width
            heads = max(heads, typesetter.layout(firstLine(cell), font: font).size.width - tail)
            tails = max(tails, tail)
        }
        return heads + tails
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
