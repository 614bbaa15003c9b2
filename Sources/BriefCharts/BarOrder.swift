/// The order in which a bar chart draws its bars, top to bottom.
public enum BarOrder: String, Hashable, Sendable, CaseIterable {
    /// Largest amount first, ties by label: for categories whose order means nothing.
    case largestFirst
    /// The order the bars were given in: for rows whose order means something.
    case given
}
