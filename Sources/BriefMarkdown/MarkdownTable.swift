/// A GitHub pipe table: a header row, body rows and each column's alignment.
public struct MarkdownTable: Hashable, Sendable {
    /// How a column's cells are aligned, as set in the delimiter row (`:--`, `--:`, `:-:`).
    public enum Alignment: Hashable, Sendable {
        /// No alignment given.
        case none
        /// `:--`.
        case left
        /// `:-:`.
        case center
        /// `--:`.
        case right
    }

    /// One cell: its inlines and where it starts.
    public struct Cell: Hashable, Sendable {
        /// The cell's content.
        public var inlines: [MarkdownInline]
        /// Where the cell starts.
        public var position: SourcePosition

        /// Creates a cell.
        public init(inlines: [MarkdownInline], position: SourcePosition) {
            self.inlines = inlines
            self.position = position
        }
    }

    /// The header row's cells.
    public var header: [Cell]
    /// The body rows.
    public var rows: [[Cell]]
    /// One alignment per column.
    public var alignments: [Alignment]

    /// Creates a table.
    public init(header: [Cell], rows: [[Cell]], alignments: [Alignment]) {
        self.header = header
        self.rows = rows
        self.alignments = alignments
    }
}
