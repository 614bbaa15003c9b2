import BriefRender

/// One column of a ``TableBlock``.
public struct TableColumn: Sendable {
    /// The header text.
    public var title: String
    /// Relative width (the columns share the available width by weight).
    public var weight: Double
    /// Right for numbers, left for text.
    public var alignment: TextAlignment

    /// Creates a column.
    public init(_ title: String, weight: Double = 1, alignment: TextAlignment = .left) {
        self.title = title
        self.weight = weight
        self.alignment = alignment
    }
}
