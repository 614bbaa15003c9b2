import BriefData
import BriefRender

/// One bar: a label, an exact amount, an optional colour and project count.
public struct BarItem: Hashable, Sendable {
    /// The category's label, e.g. `Georgia`.
    public var label: String
    /// The amount the bar shows.
    public var amount: Money
    /// The bar's colour; nil uses the theme's accent.
    public var color: Color?
    /// How many investments the bar sums, for its tooltip (`Georgia: $7.9B,
    /// 2 projects`); nil when it is not a count of investments.
    public var projects: Int?

    /// Creates a bar.
    public init(label: String, amount: Money, color: Color? = nil, projects: Int? = nil) {
        self.label = label
        self.amount = amount
        self.color = color
        self.projects = projects
    }
}
