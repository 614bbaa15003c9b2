/// A table: a header row (repeated after every break) and body rows of Pango markup.
public struct TableBlock: Sendable {
    /// The columns.
    public var columns: [TableColumn]
    /// Body rows; each row has one markup string per column.
    public var rows: [[String]]
    /// Whether alternate rows are shaded.
    public var zebra: Bool

    /// Creates a table.
    public init(columns: [TableColumn], rows: [[String]], zebra: Bool = true) {
        self.columns = columns
        self.rows = rows
        self.zebra = zebra
    }
}
