import BriefData
import BriefRender

/// One bar: a label, an exact amount and an optional colour.
public struct BarItem: Hashable, Sendable {
    /// The category's label, e.g. `Georgia`.
    public var label: String
    /// The amount the bar shows.
    public var amount: Money
    /// The bar's colour; nil uses the theme's accent.
    public var color: Color?

    /// Creates a bar.
    public init(label: String, amount: Money, color: Color? = nil) {
        self.label = label
        self.amount = amount
        self.color = color
    }
}
