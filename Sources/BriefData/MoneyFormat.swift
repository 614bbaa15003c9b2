import BriefText
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Formats dollar amounts, with one rule for every amount a reader sees.
///
/// **The rule** (as newsroom graphics desks print amounts):
/// - ``short(_:symbol:)->String``, for charts, cards, map tiles and tables: three
///   significant digits and at most one decimal, a suffix (K, M, B, T) and no
///   trailing zeros: `$40B`, `$15.9B`, `$3.9B`, `$877M`, `$91.7M`. One decimal
///   at most means a chart never mixes `$13.07B` with `$40B`, and the part of
///   an even split never shows more precision than the amount it divides
///   (`$275M` in three is `$91.7M`, not `$91.67M`).
/// - ``words(_:symbol:)``, the rule in words for sentences tradebrief
///   computes: `$268 billion`, `$11.4 billion`.
/// - ``long(_:symbol:)``, for prose, which states published figures as
///   published: up to four significant digits in words (`$127.8 billion`,
///   `$23.17 billion`, `$3.87 billion`).
/// - ``stated(_:symbol:)``, only to quote a source's own figure in a note:
///   its digits as published (`CSIS gives $127.8B as …`).
/// - ``full(_:symbol:cents:)``, where exactness matters (`tradebrief data`, totals
///   that must add up): every dollar and cent (`$3,870,000,000`).
public enum MoneyFormat {
    /// The currency symbol the formatters use when none is passed. A style's
    /// symbol (`numbers.currency_symbol`) travels explicitly, in the chart
    /// theme and the figure format, to every call that writes an amount.
    public static let defaultSymbol = "$"

    /// The significant digits a short amount keeps.
    public static let significantDigits = 3
    /// The significant digits an amount in words keeps.
    public static let longSignificantDigits = 4

    /// The short form: three significant digits, at most one decimal, a
    /// suffix (K, M, B, T); trailing zeros dropped (`$66B`, not `$66.0B`).
    public static func short(_ amount: Money, symbol: String = defaultSymbol) -> String {
        rounded(amount, symbol: symbol, digits: significantDigits, maxDecimals: 1,
                units: [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")])
    }

    /// The long form in words, up to four significant digits and two
    /// decimals: `$127.8 billion`, `$3.87 billion`; below a million, the full amount.
    public static func long(_ amount: Money, symbol: String = defaultSymbol) -> String {
        let magnitude = abs(amount.dollars)
        guard significant(magnitude / 1e6, digits: longSignificantDigits) >= 1 else { return full(amount, symbol: symbol) }
        return rounded(amount, symbol: symbol, digits: longSignificantDigits, maxDecimals: 2, units: wordUnits)
    }

    /// The units of the forms in words (``long(_:symbol:)``, ``words(_:symbol:)``).
    private static let wordUnits: [(Double, String)] = [(1e12, " trillion"), (1e9, " billion"), (1e6, " million")]

    /// The rule in words, for sentences tradebrief computes (not a source's
    /// figure): three significant digits and at most one decimal, like
    /// ``short(_:symbol:)->String``, so a sentence agrees with the card beside it
    /// (`$268 billion` under `$268B`, `$11.4 billion`, `$642 million`);
    /// below a million, the short form (`$950K`).
    public static func words(_ amount: Money, symbol: String = defaultSymbol) -> String {
        guard significant(abs(amount.dollars) / 1e6, digits: significantDigits) >= 1 else { return short(amount, symbol: symbol) }
        return rounded(amount, symbol: symbol, digits: significantDigits, maxDecimals: 1, units: wordUnits)
    }

    /// An amount as a source states it, for quoting the source's own
    /// wording (never for a chart's values): the short form's suffix with
    /// the long form's digits, `$127.8B`.
    public static func stated(_ amount: Money, symbol: String = defaultSymbol) -> String {
        rounded(amount, symbol: symbol, digits: longSignificantDigits, maxDecimals: 2,
                units: [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")])
    }

    /// The whole amount with thousands separators: `$3,870,000,000`; with
    /// `cents`, always two decimals (`$3,870,000,000.00`), so that a column
    /// of amounts some of which have cents lines up on the decimal point.
    public static func full(_ amount: Money, symbol: String = defaultSymbol, cents alwaysCents: Bool = false) -> String {
        let dollars = amount.cents / 100
        let cents = abs(amount.cents % 100)
        var digits = String(abs(dollars))
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(digits, at: 0)
        let sign = amount.cents < 0 ? "−" : ""
        return sign + symbol + groups.joined(separator: ",") + (cents == 0 && !alwaysCents ? "" : cFormat(".%02lld", cents))
    }

    /// `amount` in the largest unit whose value, rounded to `digits`
    /// significant digits, is at least 1 (so `$999.96M` is `$1B` but `$950M`
    /// stays `$950M`), rounded once to `digits` significant digits and at
    /// most `maxDecimals` decimals.
    static func rounded(_ amount: Money, symbol: String, digits: Int, maxDecimals: Int, units: [(scale: Double, suffix: String)]) -> String {
        let magnitude = abs(amount.dollars)
        let sign = amount.cents < 0 ? "−" : ""
        for unit in units where significant(magnitude / unit.scale, digits: digits) >= 1 {
            return sign + symbol + self.digits(magnitude / unit.scale, significant: digits, maxDecimals: maxDecimals) + unit.suffix
        }
        return sign + symbol + self.digits(magnitude, significant: digits, maxDecimals: maxDecimals)
    }

    /// `value` rounded to `digits` significant digits.
    static func significant(_ value: Double, digits: Int = significantDigits) -> Double {
        guard value > 0, value.isFinite else { return value }
        let scale = pow(10, Double(digits - 1) - floor(log10(value)))
        return (value * scale).rounded() / scale
    }

    /// `value` with `significant` significant digits and at most
    /// `maxDecimals` decimals, rounded once (half away from zero), trailing
    /// zeros dropped.
    static func digits(_ value: Double, significant count: Int = significantDigits, maxDecimals: Int) -> String {
        let rounded = significant(value, digits: count)
        let integerDigits = rounded >= 1 ? Int(floor(log10(rounded))) + 1 : 1
        let places = value >= 1 ? max(0, min(maxDecimals, count - integerDigits)) : maxDecimals
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (value * scale).rounded()
        guard scaled.isFinite, scaled < 9e15 else { return String(value) }
        let units = Int64(scaled)
        let whole = units / Int64(scale)
        var fraction = units % Int64(scale)
        var shown = places
        while shown > 0, fraction % 10 == 0 {
            fraction /= 10
            shown -= 1
        }
        guard shown > 0 else { return String(whole) }
        let text = String(fraction)
        return "\(whole)." + String(repeating: "0", count: shown - text.count) + text
    }
}
