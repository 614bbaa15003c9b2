/// One figure card: a big number, a one-line label and a small source credit.
public struct KeyFigure: Hashable, Sendable {
    /// The figure as printed, e.g. `$128B`, `2.3%` or `#1`.
    public var value: String
    /// What the figure is, and when: `U.S. exports to Korea, 2024`.
    public var label: String
    /// The source credit, e.g. `Source: CSIS (2025)`.
    public var credit: String

    /// Creates a card.
    public init(value: String, label: String, credit: String) {
        self.value = value
        self.label = label
        self.credit = credit
    }
}
