import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Korean amounts of U.S. dollars the way Korean newspapers print them, with
/// the Korean myriad units 조 (10¹²), 억 (10⁸) and 만 (10⁴): `114억 달러`,
/// `1,278억 달러`, `38억 7,000만 달러`, `1조 2,000억 달러`.
///
/// The rules, and where they come from:
///
/// - **Myriad units, not thousands.** Korean counts in 만/억/조 (every four
///   digits). Yonhap writes Korea's 2024 exports to the United States as
///   “1천278억달러” (Yonhap News TV, 1 January 2025,
///   https://yonhapnewstv.co.kr/news/MYH20250101005900641) and amounts below
///   억 as a second group: “1천277억 9천100만 달러” (Yonhap News TV on
///   m.tv.zum.com/news/play/1289410), “613억8천만달러”; JTBC writes “99억
///   7000만 달러” (news.jtbc.co.kr NB12158614); 경북매일 “6838억 달러”.
/// - **Digits inside a group**: Arabic digits with a thousands comma
///   (`1,278억`, `7,000만`), as the issue asks and as many papers print
///   them, rather than Yonhap's mixed `1천278억`, which a reader of tables
///   and charts scans less easily.
/// - **Spaces between groups**: `38억 7,000만`, following 한글 맞춤법 제44항
///   (“수를 적을 적에는 ‘만(萬)’ 단위로 띄어 쓴다”: `12억 3456만 7898`); the
///   custom of writing money solid (`38억7천만`) is for cheques, against
///   tampering, which a brief does not need.
/// - **달러 as a separate word** after a Korean unit (`114억 달러`): 달러 is a
///   unit noun, spaced after a numeral (제43항; the National Institute of
///   Korean Language answers “1억 원”); after bare Arabic digits it may be
///   attached (`5,000달러`), as the same rule allows.
/// - **The same rounding as the English edition**: an amount is first
///   rounded exactly as `MoneyFormat` rounds it, then written in Korean
///   units, so every Korean figure equals the English one: the long form
///   (prose) like `MoneyFormat.long` (`$23.17 billion` = `231억 7,000만
///   달러`), the short form (charts, cards, tables) like `MoneyFormat.short`
///   (`$23.2B` = `232억 달러`), never with more or fewer digits.
/// - **The short form** is the long form's words at the short form's
///   precision (`8억 7,700만 달러` for `$877M`, `1조 2,000억 달러` for
///   `$1.2T`): no decimal fractions of 억 or 조, so one chart never mixes
///   `8.77억` with `8.7억` (one rule for decimals, issue 17), and every
///   figure reads as the newspapers print it.
public enum KoreanNumberFormat {
    /// The Korean units, largest first: the locale table the forms are built from.
    public static let units: [(value: Int64, name: String)] = [
        (1_000_000_000_000, "조"), (100_000_000, "억"), (10_000, "만"),
    ]

    /// The word for the currency, after the number.
    public static let currencyWord = "달러"

    /// The exact amount, every dollar, in Korean units: `231억 7,000만 달러`,
    /// `3억 8,712만 3,456달러`; cents, if any, after it (`… 달러 50센트`).
    public static func full(_ amount: Money) -> String {
        let sign = amount.cents < 0 ? "−" : ""
        let cents = amount.cents.magnitude % 100
        let text = words(amount.cents.magnitude / 100)
        return sign + text + (cents == 0 ? "" : " \(cents)센트")
    }

    /// Whole dollars in 조/억/만 groups with 달러: `114억 달러`, `5,000달러`.
    static func words(_ dollars: UInt64) -> String {
        var rest = dollars
        var parts: [String] = []
        for unit in units {
            let count = rest / UInt64(unit.value)
            rest %= UInt64(unit.value)
            if count > 0 { parts.append(grouped(count) + unit.name) }
        }
        if rest > 0 || parts.isEmpty { parts.append(grouped(rest)) }
        let endsInUnit = rest == 0 && dollars != 0
        return parts.joined(separator: " ") + (endsInUnit ? " " : "") + currencyWord
    }

    /// The long form for prose: `38억 7,000만 달러`, `1조 2,000억 달러`, `5,000달러`,
    /// at the precision of `MoneyFormat.long` (four significant digits).
    public static func long(_ amount: Money) -> String {
        let dollars = displayedDollars(amount, digits: MoneyFormat.longSignificantDigits, maxDecimals: 2)
        return (dollars < 0 ? "−" : "") + words(dollars.magnitude)
    }

    /// The short form for charts and cards, at the precision of
    /// `MoneyFormat.short` (three significant digits): `39억 달러`,
    /// `1,280억 달러`, `8억 7,700만 달러`, `1조 2,000억 달러`, `1,250만 달러`.
    public static func short(_ amount: Money) -> String {
        let dollars = displayedDollars(amount, digits: MoneyFormat.significantDigits, maxDecimals: 1)
        return (dollars < 0 ? "−" : "") + words(dollars.magnitude)
    }

    /// The short forms of `amounts` shown together (a chart's labels, a map's
    /// tiles): the dollars the English labels show under the one rule for
    /// decimals (`MoneyFormat.short(_:symbol:)` for a set), written as
    /// ``short(_:)-swift.type.method`` writes them: `[80억 달러, 86억 달러]`
    /// for `[$8.0B, $8.6B]`; as the rule only keeps a zero the short form
    /// drops, each is the amount's own short form.
    public static func short(_ amounts: [Money]) -> [String] {
        MoneyFormat.shownDollars(amounts).map { (($0 < 0 ? "−" : "") + words($0.magnitude)) }
    }

    /// The amount in whole dollars as the English edition shows it: in the
    /// largest of T, B, M, K whose value keeps at least 1 at `digits`
    /// significant digits, rounded once to `digits` significant digits and
    /// at most `maxDecimals` decimals, exactly as `MoneyFormat` rounds
    /// (`$3.87B` → 3,870,000,000 in the long form, 3,900,000,000 in the short).
    public static func displayedDollars(_ amount: Money, digits: Int, maxDecimals: Int) -> Int64 {
        let magnitude = abs(amount.dollars)
        let scales: [Double] = [1e12, 1e9, 1e6, 1e3]
        let scale = scales.first { MoneyFormat.significant(magnitude / $0, digits: digits) >= 1 } ?? 1
        let value = magnitude / scale
        // The decimals MoneyFormat.digits keeps for this value.
        let rounded = MoneyFormat.significant(value, digits: digits)
        let integerDigits = rounded >= 1 ? Int(floor(log10(rounded))) + 1 : 1
        let places = value >= 1 ? max(0, min(maxDecimals, digits - integerDigits)) : maxDecimals
        var factor = 1.0
        for _ in 0..<places { factor *= 10 }
        let units = (value * factor).rounded()
        guard units.isFinite, units < 9e15 else { return amount.cents / 100 }
        let dollars = Int64((units * scale / factor).rounded())
        return amount.cents < 0 ? -dollars : dollars
    }

    /// 0…9999 (or more) with a thousands comma: `1,278`, `7,000`, `12`.
    static func grouped(_ value: UInt64) -> String { CSVParser.grouped(Int(clamping: value)) }
}
