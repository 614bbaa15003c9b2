/// Options a document may set on a chart (`chart:state-bars?limit=10`).
public struct ChartOptions: Hashable, Sendable {
    /// The most bars to show; the rest are summed in the subtitle. Only the
    /// bar charts (``ChartName/limitable``) take it.
    public var limit: Int?
    /// What the title says: descriptive (the default) or the takeaway (``ChartTitles``).
    public var titles: ChartTitles

    /// Creates options.
    public init(limit: Int? = nil, titles: ChartTitles = .descriptive) {
        self.limit = limit
        self.titles = titles
    }
}
