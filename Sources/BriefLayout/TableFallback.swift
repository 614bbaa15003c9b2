/// A way for a table to give up width when its columns cannot all fit
/// without breaking words: one column replaced by a narrower form (a
/// source as a numbered reference to the source notes, a name by its
/// code) or left out. A ``TableBlock`` lists them in the order they may
/// be applied; the layout engine applies as few as it needs.
public struct TableFallback: Sendable {
    /// The column, by its index in the table's full form.
    public var column: Int
    /// The narrower column, or nil to leave the column out.
    public var replacement: TableColumn?
    /// The replacement's cells, one per body row.
    public var cells: [String]

    /// Leaves column `column` out.
    public static func drop(_ column: Int) -> TableFallback {
        TableFallback(column: column, replacement: nil, cells: [])
    }

    /// Replaces column `column` by `replacement` with `cells` (Pango markup, one per body row).
    public static func replace(_ column: Int, with replacement: TableColumn, cells: [String]) -> TableFallback {
        TableFallback(column: column, replacement: replacement, cells: cells)
    }
}
