import BriefData

/// One stacked bar: a category (e.g. a state) and the parts its total is made of.
public struct StackedBar: Hashable, Sendable {
    /// A stable key, e.g. the USPS code.
    public var key: String
    /// The category's label, e.g. `Georgia`.
    public var label: String
    /// The parts, drawn left to right.
    public var segments: [StackedSegment]

    /// Creates a bar.
    public init(key: String, label: String, segments: [StackedSegment]) {
        self.key = key
        self.label = label
        self.segments = segments
    }

    /// The sum of the segments, exact.
    public var total: Money { segments.reduce(Money.zero) { $0 + $1.amount } }
}
