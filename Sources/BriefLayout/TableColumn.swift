import BriefRender

/// One column of a ``TableBlock``.
public struct TableColumn: Sendable {
    /// The header text.
    public var title: String
    /// Relative width (the columns share the available width by weight).
    public var weight: Double
    /// Right for numbers, left for text.
    public var alignment: TextAlignment
    /// Whether the column's cells (amounts, right-aligned) line up on their
    /// decimal points: `$11.4B` over `$40B`.
    public var decimalAligned: Bool

    /// Creates a column.
    public init(_ title: String, weight: Double = 1, alignment: TextAlignment = .left, decimalAligned: Bool = false) {
        self.title = title
        self.weight = weight
        self.alignment = alignment
        self.decimalAligned = decimalAligned
    }
}
