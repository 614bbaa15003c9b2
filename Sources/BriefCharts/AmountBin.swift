import BriefData
import BriefRender

/// One class of a shaded map: amounts above ``lower`` and up to ``upper``,
/// drawn in ``color``.
public struct AmountBin: Hashable, Sendable {
    /// The bin's lower bound, exclusive.
    public var lower: Money
    /// The bin's upper bound, inclusive.
    public var upper: Money
    /// The fill for amounts in the bin.
    public var color: Color

    /// Creates a bin for amounts in (`lower`, `upper`].
    public init(lower: Money, upper: Money, color: Color) {
        self.lower = lower
        self.upper = upper
        self.color = color
    }

    /// Whether `amount` falls in the bin: above ``lower``, at most ``upper``.
    public func contains(_ amount: Money) -> Bool { amount > lower && amount <= upper }

    /// The legend label, e.g. `$2.5B–$5B`.
    public var label: String { MoneyFormat.short(lower) + "–" + MoneyFormat.short(upper) }

    /// Classes for the positive `amounts`, with round breaks (0, 2B, 4B …)
    /// and at most `colors.count` bins, from the bin holding the smallest
    /// amount to the one holding the largest; every positive amount falls in
    /// exactly one bin. `colors` runs light to dark; with fewer bins than
    /// colours the lightest is skipped (it is too close to "no data") and the
    /// rest are spread evenly. Empty when no amount is positive.
    public static func bins(for amounts: [Money], colors: [Color]) -> [AmountBin] {
        let positive = amounts.filter { $0 > .zero }
        guard let smallest = positive.min(), let largest = positive.max(), !colors.isEmpty else { return [] }
        let maxBins = colors.count
        var chosen: (step: Int64, first: Int64, last: Int64)?
        for target in stride(from: maxBins, through: 1, by: -1) {
            let ticks = NiceScale(maximum: largest.dollars, targetTickCount: target).ticks
            let stepDollars = ticks.count > 1 ? ticks[1] - ticks[0] : largest.dollars
            let step = max(1, Int64((stepDollars * 100).rounded()))
            // Bins are (k·step, (k+1)·step]: an amount on a break belongs to the bin below it.
            let first = (smallest.cents - 1) / step
            let last = (largest.cents - 1) / step
            chosen = (step, first, last)
            if last - first + 1 <= Int64(maxBins) { break }
        }
        guard let chosen else { return [] }
        let count = Int(chosen.last - chosen.first + 1)
        let palette = count < colors.count ? Array(colors.dropFirst()) : colors
        return (0..<count).map { index in
            let k = chosen.first + Int64(index)
            let position: Int
            if count == 1 {
                position = palette.count / 2
            } else {
                position = Int((Double(index) * Double(palette.count - 1) / Double(count - 1)).rounded())
            }
            return AmountBin(
                lower: Money(cents: k * chosen.step), upper: Money(cents: (k + 1) * chosen.step),
                color: palette[min(max(position, 0), palette.count - 1)])
        }
    }
}
