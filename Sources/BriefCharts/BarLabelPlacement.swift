/// Where a bar chart puts each bar's category label.
public enum BarLabelPlacement: String, Hashable, Sendable, CaseIterable {
    /// In a column left of the bars (short labels, many bars).
    case beside
    /// On a line of its own above each bar, which then gets the full width
    /// (long labels that say what and when, few bars). The bars' direct value
    /// labels replace grid lines.
    case above
}
