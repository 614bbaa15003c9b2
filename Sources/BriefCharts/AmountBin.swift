import BriefData
import BriefRender

/// One class of a shaded map: amounts from ``lower`` (inclusive) up to
/// ``upper`` (exclusive; nil for the top class), drawn in ``color``.
///
/// The classes of a map (``bins(for:colors:neutral:)``) run from above zero
/// (the bottom class reads `Under $500M`) to no end (`$10B or more`), so they
/// never overlap each other or "No tracked investment", and a legend names
/// each one without a range a reader could misread.
public struct AmountBin: Hashable, Sendable {
    /// The class's lower bound, inclusive; zero for the bottom class (which holds amounts above zero).
    public var lower: Money
    /// The class's upper bound, exclusive; nil for the top class.
    public var upper: Money?
    /// The fill for amounts in the class.
    public var color: Color

    /// Creates a class for positive amounts from `lower` up to (not including) `upper`.
    public init(lower: Money, upper: Money?, color: Color) {
        self.lower = lower
        self.upper = upper
        self.color = color
    }

    /// Whether `amount` falls in the class: positive, at least ``lower``, below ``upper``.
    public func contains(_ amount: Money) -> Bool {
        amount > .zero && amount >= lower && upper.map { amount < $0 } ?? true
    }

    /// The legend label: `Under $500M`, `$500M–$2B`, `$10B or more`, or
    /// `Any amount` for a single class.
    public var label: String { label(in: .english) }

    /// The legend label in `language`: in Korean `50억 달러 미만`,
    /// `50억–200억 달러` (one currency word for a range), `100억 달러 이상`, `전체`.
    /// With `abbreviatesAmounts` false the bounds are whole: `Under $500,000,000`.
    public func label(in language: BriefLanguage, currencySymbol: String = "$", abbreviatesAmounts: Bool = true) -> String {
        Self.labels([self], in: language, currencySymbol: currencySymbol, abbreviatesAmounts: abbreviatesAmounts)[0]
    }

    /// The legend labels of `bins` shown together: their bounds are one set,
    /// with one rule for decimals (`$2.5B–$5.0B`, not `$2.5B–$5B`).
    public static func labels(_ bins: [AmountBin], in language: BriefLanguage, currencySymbol: String = "$",
                              abbreviatesAmounts: Bool = true) -> [String] {
        let words = ChartWording(language, currencySymbol: currencySymbol, abbreviatesAmounts: abbreviatesAmounts)
        let bounds = bins.flatMap { [$0.lower, $0.upper ?? .zero] }.filter { $0 > .zero }
        let texts = Dictionary(zip(bounds, words.amounts(bounds)), uniquingKeysWith: { first, _ in first })
        let compact = Dictionary(zip(bounds, words.compactAmounts(bounds)), uniquingKeysWith: { first, _ in first })
        return bins.map { bin in
            let lower = texts[bin.lower] ?? words.amount(bin.lower)
            switch (bin.lower > .zero, bin.upper) {
            case (false, nil): return words.anyAmount
            case (false, let upper?): return words.under(texts[upper] ?? words.amount(upper))
            case (true, nil): return words.orMore(lower)
            case (true, let upper?):
                let upperText = texts[upper] ?? words.amount(upper)
                guard language == .korean else { return lower + "–" + upperText }
                return (compact[bin.lower] ?? lower) + "–" + upperText
            }
        }
    }

    /// The most classes a map shows: about as many shades as a reader tells apart.
    public static let maximumCount = 5

    /// Classes for the positive `amounts`, with breaks chosen from the data
    /// (`ClassBreaks`: rounded quantiles, so skewed data spreads over every
    /// class) and fills from the sequential `colors` (light to dark) spaced
    /// evenly in contrast from the `neutral` "no data" fill to the darkest
    /// colour (`SequentialShades`). Every positive amount falls in exactly
    /// one class; empty when no amount is positive.
    public static func bins(for amounts: [Money], colors: [Color], neutral: Color = ChartTheme.standard.neutral) -> [AmountBin] {
        let positive = amounts.filter { $0 > .zero }.sorted()
        guard !positive.isEmpty, !colors.isEmpty else { return [] }
        let breaks = ClassBreaks.breaks(for: positive, classes: min(maximumCount, max(1, colors.count)))
        let shades = SequentialShades.shades(count: breaks.count + 1, ramp: colors, neutral: neutral)
        let bounds = [Money.zero] + breaks
        return bounds.indices.map { index in
            AmountBin(lower: bounds[index], upper: index + 1 < bounds.count ? bounds[index + 1] : nil, color: shades[index])
        }
    }
}
