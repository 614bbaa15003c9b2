import BriefData
import BriefRender

/// One part of a stacked bar (or one entry of its legend): a category such
/// as a sector, its amount and its colour.
public struct StackedSegment: Hashable, Sendable {
    /// A stable key, e.g. the sector's name.
    public var key: String
    /// The label shown in the legend and in words.
    public var label: String
    /// The segment's amount.
    public var amount: Money
    /// The segment's fill.
    public var color: Color

    /// Creates a segment.
    public init(key: String, label: String, amount: Money, color: Color) {
        self.key = key
        self.label = label
        self.amount = amount
        self.color = color
    }
}
