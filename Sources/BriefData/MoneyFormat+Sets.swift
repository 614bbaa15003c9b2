import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Amounts shown together, with one rule for decimals.
///
/// **The rule**: a set of labels a reader sees together (a chart's value
/// labels, its axis, a map's tiles, a list in a source line) is written in
/// the short form (three significant digits, at most one decimal), and the
/// trailing zero the short form drops is kept where another label of the
/// set in the same unit shows a decimal: `$8.0B` beside `$8.6B` (not `$8B`),
/// `$66.0B` beside `$65.5B`, `$1.0B` beside `$1.1B`. A label of 100 or more
/// in its unit has its three digits before the point and keeps none (`$132B`
/// beside `$65.5B`, not a fourth digit `$131.5B`: the same total reads `$268B`
/// on a card, in a sentence and in a chart). A label in another unit keeps
/// its own (`$877M` beside `$8.6B`); zero is `$0`. A set of one is its short
/// form (`$40B`). Every label is the value of its own short form, so Korean
/// amounts (``KoreanNumberFormat/short(_:)-swift.type.method``), which have no
/// decimals of 억, are the same as alone.
extension MoneyFormat {
    /// The short form's units, largest first.
    static let shortUnits: [(scale: Double, suffix: String)] = [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")]

    /// An amount's place in a set: its unit (as ``short(_:symbol:)->String`` picks
    /// it), its value in that unit and the decimals its own short form shows.
    struct ShortParts {
        /// The unit's size in dollars (1 below a thousand).
        let scale: Double
        /// The unit's suffix (`B`; empty below a thousand).
        let suffix: String
        /// The magnitude in the unit.
        let value: Double
        /// The decimals of the amount's own short form, trailing zeros dropped.
        let decimals: Int
        /// The decimals its three significant digits allow (one below 100 of the unit, at most one).
        let allowed: Int
    }

    /// `amount`'s unit, value and own decimals.
    static func shortParts(_ amount: Money) -> ShortParts {
        let magnitude = abs(amount.dollars)
        let unit = shortUnits.first { significant(magnitude / $0.scale) >= 1 } ?? (scale: 1, suffix: "")
        let value = magnitude / unit.scale
        let text = digits(value, significant: significantDigits, maxDecimals: 1)
        let decimals = text.firstIndex(of: ".").map { text.distance(from: $0, to: text.endIndex) - 1 } ?? 0
        let rounded = significant(value)
        let integerDigits = rounded >= 1 ? Int(floor(log10(rounded))) + 1 : 1
        let allowed = value >= 1 ? max(0, min(1, significantDigits - integerDigits)) : 1
        return ShortParts(scale: unit.scale, suffix: unit.suffix, value: value, decimals: decimals, allowed: allowed)
    }

    /// The decimals each of `parts` is written with: the most any amount in
    /// its unit has in its own short form, as far as its three significant digits allow.
    static func sharedDecimals(_ parts: [ShortParts]) -> [Int] {
        var decimals: [String: Int] = [:]
        for part in parts where part.value > 0 { decimals[part.suffix] = max(decimals[part.suffix] ?? 0, part.decimals) }
        return parts.map { max($0.decimals, min($0.allowed, decimals[$0.suffix] ?? 0)) }
    }

    /// The short forms of `amounts` shown together, with one rule for
    /// decimals (see the extension's notes): `[$8.0B, $8.6B, $877M]` for
    /// 8 billion, 8.6 billion and 877 million; `$0` for zero.
    public static func short(_ amounts: [Money], symbol: String = defaultSymbol) -> [String] {
        let parts = amounts.map(shortParts)
        let decimals = sharedDecimals(parts)
        return amounts.indices.map { index in
            let part = parts[index]
            guard part.value > 0 else { return symbol + "0" }
            let sign = amounts[index].cents < 0 ? "−" : ""
            return sign + symbol + fixed(part.value, decimals: decimals[index]) + part.suffix
        }
    }

    /// The dollars each of `amounts` shows as in ``short(_:symbol:)-swift.type.method``,
    /// signed: the figures the Korean short forms write in 억 and 만.
    static func shownDollars(_ amounts: [Money]) -> [Int64] {
        let parts = amounts.map(shortParts)
        let decimals = sharedDecimals(parts)
        return amounts.indices.map { index in
            let (amount, part, places) = (amounts[index], parts[index], decimals[index])
            let factor = pow(10, Double(places))
            let units = (part.value * factor).rounded()
            guard units.isFinite, units < 9e15 else { return amount.cents / 100 }
            let dollars = Int64((units * part.scale / factor).rounded())
            return amount.cents < 0 ? -dollars : dollars
        }
    }

    /// `value` rounded once (half away from zero) to exactly `decimals` decimals: `8.0`, `66.0`, `132`.
    static func fixed(_ value: Double, decimals: Int) -> String {
        let factor = pow(10, Double(decimals))
        let scaled = (value * factor).rounded()
        guard scaled.isFinite, scaled < 9e15 else { return String(value) }
        let units = Int64(scaled)
        guard decimals > 0 else { return String(units) }
        let divisor = Int64(factor)
        let fraction = String(units % divisor)
        return "\(units / divisor)." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }
}
