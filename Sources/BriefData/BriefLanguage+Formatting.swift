import FoundationEssentials

extension BriefLanguage {
    /// A count of things in running text and labels, with a thousands comma
    /// from 1,000 on (`5,000 projects`, `5,000건`), as the amounts beside it have.
    public func count(_ number: Int) -> String { CSVParser.grouped(number) }

    /// An amount for charts, cards and tables: `$3.87B` (with the currency
    /// `symbol`, `$` by default) or `39억 달러` (see ``KoreanNumberFormat``;
    /// Korean always writes 달러). Not `abbreviated` (a style's
    /// `numbers.abbreviate: false`): the whole amount, `$3,870,000,000`, or in
    /// Korean the long form, `38억 7,000만 달러`.
    public func shortAmount(_ amount: Money, symbol: String = "$", abbreviated: Bool = true) -> String {
        switch (self, abbreviated) {
        case (.english, true): MoneyFormat.short(amount, symbol: symbol)
        case (.english, false): MoneyFormat.full(amount, symbol: symbol)
        case (.korean, true): KoreanNumberFormat.short(amount)
        case (.korean, false): KoreanNumberFormat.long(amount)
        }
    }

    /// Amounts shown together (a chart's value labels, its axis, a map's
    /// tiles), with one rule for decimals: in each unit as many decimals as
    /// the most any of them has alone, `$8.0B` beside `$8.6B` (see
    /// `MoneyFormat.short(_:symbol:)` for a set); in Korean the same dollars,
    /// `80억 달러`, `86억 달러`. Not `abbreviated`: each amount's whole form.
    public func shortAmounts(_ amounts: [Money], symbol: String = "$", abbreviated: Bool = true) -> [String] {
        switch (self, abbreviated) {
        case (.english, true): MoneyFormat.short(amounts, symbol: symbol)
        case (.korean, true): KoreanNumberFormat.short(amounts)
        case (_, false): amounts.map { shortAmount($0, symbol: symbol, abbreviated: false) }
        }
    }

    /// An amount tradebrief computes, in a sentence: the one rule (three
    /// significant digits) in words, `$268 billion` or `2,680억 달러`, so
    /// that it agrees with the cards and charts beside it.
    public func computedAmount(_ amount: Money, symbol: String = "$") -> String {
        switch self {
        case .english: MoneyFormat.words(amount, symbol: symbol)
        case .korean: KoreanNumberFormat.short(amount)
        }
    }

    /// An amount for prose: `$3.87 billion` or `38억 7,000만 달러`.
    public func longAmount(_ amount: Money, symbol: String = "$") -> String {
        switch self {
        case .english: MoneyFormat.long(amount, symbol: symbol)
        case .korean: KoreanNumberFormat.long(amount)
        }
    }

    /// A percentage as published: `2.3%` in both languages (Korean writes
    /// the sign after the number, without a space, as English does).
    public func percent(_ value: Decimal) -> String {
        "\(value.description)%"
    }

    /// A whole percentage of `part` in `whole`, rounded: `34%`; `0%` when `whole` is zero.
    public func percent(_ part: Money, of whole: Money) -> String {
        guard whole.cents > 0 else { return "0%" }
        return "\(Int((Double(part.cents) / Double(whole.cents) * 100).rounded()))%"
    }

    /// A date in words: `23 April 2025` or `2025년 4월 23일` for `2025-04-23`;
    /// `April 2025` or `2025년 4월` for `2025-04`; the text itself when it is not an ISO date.
    public func date(_ iso: String) -> String {
        let parts = iso.split(separator: "-").map(String.init)
        guard parts.count >= 2, let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month) else { return iso }
        let day = parts.count >= 3 ? Int(parts[2].prefix(2)) : nil
        switch self {
        case .english:
            return DateText.long(iso)
        case .korean:
            return "\(year)년 \(month)월" + (day.map { " \($0)일" } ?? "")
        }
    }

    /// The month and year of an ISO date: `April 2025` or `2025년 4월`; nil when it does not parse.
    public func monthAndYear(_ iso: String) -> String? {
        let parts = iso.split(separator: "-")
        guard parts.count >= 2, let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month) else { return nil }
        return self == .english ? "\(DateText.months[month - 1]) \(year)" : "\(year)년 \(month)월"
    }

    /// A year as a phrase's time: `2024` or `2024년`; the words for "year not stated" without one.
    public func year(_ year: Int?) -> String {
        switch self {
        case .english: year.map(String.init) ?? "year not stated"
        case .korean: year.map { "\($0)년" } ?? "연도 미상"
        }
    }

    /// A rank: `1st`, `2nd`, `11th` or `1위`, `2위`.
    public func ordinal(_ number: Int) -> String {
        guard self == .english else { return "\(number)위" }
        let lastTwo = abs(number) % 100
        let suffix: String
        if (11...13).contains(lastTwo) {
            suffix = "th"
        } else {
            switch abs(number) % 10 {
            case 1: suffix = "st"
            case 2: suffix = "nd"
            case 3: suffix = "rd"
            default: suffix = "th"
            }
        }
        return "\(number)\(suffix)"
    }

    /// A list in running text: `A, B and C` in English; `A, B, C` in Korean,
    /// which lists names with commas (a conjunction such as 와/과 would have
    /// to agree with the last syllable of the name before it).
    public func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        switch self {
        case .english: return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
        case .korean: return items.joined(separator: ", ")
        }
    }
}
