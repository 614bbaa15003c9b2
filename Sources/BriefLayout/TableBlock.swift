/// A table: a header row (repeated after every break) and body rows of Pango markup.
///
/// In a multi-column page a table spans the columns when it cannot fit one
/// without breaking a word; when even the full width is too narrow, the
/// ``fallbacks`` are applied in order (a column abbreviated or left out)
/// until it fits. A word, an amount or a code is never broken inside.
public struct TableBlock: Sendable {
    /// The columns.
    public var columns: [TableColumn]
    /// Body rows; each row has one markup string per column.
    public var rows: [[String]]
    /// Whether alternate rows are shaded.
    public var zebra: Bool
    /// Narrower forms of columns, in the order they may be used.
    public var fallbacks: [TableFallback]
    /// A body row (0-based) that starts a new page, its header repeated
    /// above it, wherever the rows before it end: so that a page's table
    /// continues on the next page with what follows it. Nil (the default)
    /// breaks only where the rows run out of room.
    public var breakBeforeRow: Int?

    /// Creates a table.
    public init(columns: [TableColumn], rows: [[String]], zebra: Bool = true, fallbacks: [TableFallback] = []) {
        self.columns = columns
        self.rows = rows
        self.zebra = zebra
        self.fallbacks = fallbacks
    }

    /// The table with the first `count` fallbacks applied: replaced
    /// columns swapped in, dropped columns left out.
    public func applying(fallbacks count: Int) -> TableBlock {
        var columns = self.columns.map(Optional.some)
        let width = self.columns.count
        var rows = self.rows.map { row in (0..<width).map { Optional.some($0 < row.count ? row[$0] : "") } }
        for fallback in fallbacks.prefix(count) where columns.indices.contains(fallback.column) {
            columns[fallback.column] = fallback.replacement
            for index in rows.indices where rows[index].indices.contains(fallback.column) {
                rows[index][fallback.column] = fallback.replacement == nil
                    ? nil : (index < fallback.cells.count ? fallback.cells[index] : "")
            }
        }
        var table = TableBlock(columns: columns.compactMap { $0 }, rows: rows.map { $0.compactMap { $0 } }, zebra: zebra)
        table.breakBeforeRow = breakBeforeRow
        return table
    }
}
