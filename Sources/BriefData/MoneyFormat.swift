import Foundation

/// Formats dollar amounts the way newsrooms print them: `$7.9B`, `$850M`, `$12K`.
public enum MoneyFormat {
    /// The currency symbol the formatters use when none is passed: `$` unless
    /// a caller sets another for a task, as the brief and chart builders do
    /// with their theme's symbol (`MoneyFormat.$symbol.withValue("US$") { … }`).
    @TaskLocal public static var symbol = "$"

    /// A short form with at most three or four significant digits and a suffix
    /// (K, M, B, T); trailing zeros are dropped (`$66B`, not `$66.0B`).
    public static func short(_ amount: Money, symbol: String = MoneyFormat.symbol) -> String {
        let value = amount.dollars
        let sign = value < 0 ? "−" : ""
        let magnitude = abs(value)
        let units: [(Double, String)] = [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")]
        for (scale, suffix) in units where magnitude >= scale * 0.9995 {
            return sign + symbol + trimmed(magnitude / scale) + suffix
        }
        return sign + symbol + trimmed(magnitude)
    }

    /// A long form in words: `$3.87 billion`.
    public static func long(_ amount: Money, symbol: String = MoneyFormat.symbol) -> String {
        let magnitude = abs(amount.dollars)
        let units: [(Double, String)] = [(1e12, " trillion"), (1e9, " billion"), (1e6, " million")]
        for (scale, word) in units where magnitude >= scale * 0.9995 {
            return (amount.cents < 0 ? "−" : "") + symbol + trimmed(magnitude / scale) + word
        }
        return full(amount, symbol: symbol)
    }

    /// The whole amount with thousands separators: `$3,870,000,000`.
    public static func full(_ amount: Money, symbol: String = MoneyFormat.symbol) -> String {
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
        return sign + symbol + groups.joined(separator: ",") + (cents == 0 ? "" : String(format: ".%02lld", cents))
    }

    /// Below 10: two decimals; below 100: one or two (`23.17`), at most four
    /// significant digits; 100 and up: one decimal. Trailing zeros dropped.
    static func trimmed(_ value: Double) -> String {
        let decimals = value < 100 ? 2 : 1
        let scale = decimals == 2 ? 100.0 : 10.0
        let scaled = (value * scale).rounded()
        guard scaled.isFinite, scaled < 9e15 else { return String(value) }
        let units = Int64(scaled)
        let whole = units / Int64(scale)
        var fraction = units % Int64(scale)
        var digits = decimals
        while digits > 0, fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        guard digits > 0 else { return String(whole) }
        let text = String(fraction)
        return "\(whole)." + String(repeating: "0", count: digits - text.count) + text
    }
}
