import BriefRender

/// The widths of a table's columns at a given table width, worked out the
/// way browsers lay out automatic tables: every column gets at least its
/// widest unbreakable word (so no word, amount or code is ever broken),
/// then the rest of the width goes where it shortens the rows most.
struct TableWidths {
    /// The narrowest each column may be: its widest word plus padding.
    let minimum: [Double]
    /// The width each column needs to set every cell on one line.
    let natural: [Double]
    /// The columns' relative weights, for sharing width beyond the natural.
    let weights: [Double]

    /// Measures `table` set in `cellFont` (header in `headerFont`) with `padding` on each side of a cell.
    init(_ table: TableBlock, cellFont: Font, headerFont: Font, padding: Double, typesetter: Typesetter) {
        var minimum = [Double](repeating: 0, count: table.columns.count)
        var natural = minimum
        for (index, column) in table.columns.enumerated() {
            let title = Typesetter.escapeMarkup(column.title)
            minimum[index] = typesetter.unbreakableWidth(markup: title, font: headerFont)
            natural[index] = typesetter.layout(title, font: headerFont).size.width
        }
        for row in table.rows {
            for (index, cell) in row.enumerated() where index < minimum.count && !cell.isEmpty {
                minimum[index] = max(minimum[index], typesetter.unbreakableWidth(markup: cell, font: cellFont))
                let size = (try? typesetter.layout(markup: cell, font: cellFont).size.width)
                    ?? typesetter.layout(cell, font: cellFont).size.width
                natural[index] = max(natural[index], size)
            }
        }
        // An aligned column of amounts needs room for its widest head and its widest tail, or
        // an amount would be set in less than the others (or a sub-label under it wrap).
        for (index, column) in table.columns.enumerated() where column.decimalAligned {
            let aligned = DecimalAlignment.alignedWidth(table.rows.map { index < $0.count ? $0[index] : "" }, font: cellFont, typesetter: typesetter)
            minimum[index] = max(minimum[index], aligned)
            natural[index] = max(natural[index], aligned)
        }
        // A little slack, so that a word measured at the minimum still fits after rounding.
        self.minimum = minimum.map { $0 + 2 * padding + 0.5 }
        self.natural = zip(natural, self.minimum).map { max($0 + 2 * padding + 0.5, $1) }
        weights = table.columns.map { $0.weight > 0 && $0.weight.isFinite ? $0.weight : 1 }
    }

    /// The least width at which no word breaks.
    var minimumTotal: Double { minimum.reduce(0, +) }

    /// Whether the columns fit in `width` without breaking a word.
    func fit(in width: Double) -> Bool { minimumTotal <= width + 0.01 }

    /// The columns' widths for a table `width` wide (at least their minimum each).
    func widths(for width: Double) -> [Double] {
        let naturalTotal = natural.reduce(0, +)
        if naturalTotal <= width {
            // Every cell on one line; the space left is shared by weight.
            let spare = width - naturalTotal
            let total = weights.reduce(0, +)
            return zip(natural, weights).map { $0 + spare * $1 / total }
        }
        let spare = width - minimumTotal
        guard spare > 0 else { return minimum }
        // Between minimum and natural: each column gets a share of the spare
        // width in proportion to how much it would like to grow.
        let wants = zip(natural, minimum).map { $0 - $1 }
        let totalWant = wants.reduce(0, +)
        guard totalWant > 0 else { return minimum }
        return zip(minimum, wants).map { $0 + spare * $1 / totalWant }
    }
}
