import FoundationEssentials

/// A share of a whole in words, for takeaway titles: a fraction a reader
/// knows ("half", "a third", "two-fifths") only when it is true within
/// ``tolerance``, otherwise a whole percentage ("38%").
public enum ShareWords {
    /// How far a share may be from a fraction for the fraction's name: one percentage point.
    public static let tolerance = 0.01

    /// The fractions that have a name, simplest first.
    static let fractions: [(value: Double, words: String)] = [
        (1.0 / 2, "half"), (1.0 / 3, "a third"), (2.0 / 3, "two-thirds"), (1.0 / 4, "a quarter"),
        (3.0 / 4, "three-quarters"), (1.0 / 5, "a fifth"), (2.0 / 5, "two-fifths"), (3.0 / 5, "three-fifths"),
        (4.0 / 5, "four-fifths"), (1.0 / 10, "a tenth"),
    ]

    /// `share` (0 … 1) in words: `all`, a named fraction within one
    /// percentage point, `less than 1%`, `more than 99%`, or a whole percentage.
    public static func phrase(_ share: Double) -> String {
        if share >= 1 { return "all" }
        if let fraction = fractions.first(where: { abs($0.value - share) <= tolerance + 1e-9 }) { return fraction.words }
        return percent(share)
    }

    /// `share` as a whole percentage, never `0%` or `100%` for a share strictly between.
    public static func percent(_ share: Double) -> String {
        switch wholePercent(share) {
        case .underOne: "less than 1%"
        case .overNinetyNine: "more than 99%"
        case .exactly(let value): "\(value)%"
        }
    }

    /// A share rounded to a whole percentage, or the bound it must not be rounded to.
    enum WholePercent: Equatable {
        /// Above 0 but under 0.5%: not `0%`.
        case underOne
        /// Under 100% but 99.5% or more: not `100%`.
        case overNinetyNine
        /// The whole percentage.
        case exactly(Int)
    }

    /// `share` as a ``WholePercent``, for wording in any language.
    static func wholePercent(_ share: Double) -> WholePercent {
        let value = Int((share * 100).rounded())
        if share > 0, value < 1 { return .underOne }
        if share < 1, value > 99 { return .overNinetyNine }
        return .exactly(value)
    }
}
