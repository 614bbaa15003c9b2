/// What a chart's title says.
public enum ChartTitles: String, Sendable, Hashable, CaseIterable {
    /// What the chart shows: `Korean investment by state` (standalone charts).
    case descriptive
    /// What the data says, computed from it: `Georgia draws a third of the
    /// tracked investment`, with the descriptive title moved into the
    /// subtitle (the brief's charts; ``ChartTakeaway``). Charts without a
    /// takeaway keep their descriptive title.
    case takeaway
}
