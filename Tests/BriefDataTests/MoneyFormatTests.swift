import BriefData
import Foundation
import Testing

@Suite("Amounts print like a newsroom prints them")
struct MoneyFormatTests {
    /// One rule: three significant digits, at most one decimal.
    @Test("Short forms: three significant digits, at most one decimal", arguments: [
        (7_900_000_000 as Int64, "$7.9B"), (3_870_000_000, "$3.9B"), (11_400_000_000, "$11.4B"),
        (66_000_000_000, "$66B"), (127_800_000_000, "$128B"), (850_000_000, "$850M"),
        (23_170_000_000, "$23.2B"), (13_070_000_000, "$13.1B"), (15_900_000_000, "$15.9B"), (40_000_000_000, "$40B"),
        (12_000, "$12K"), (999, "$999"), (999_950_000, "$1B"), (999_400_000, "$999M"), (950_000_000, "$950M"),
        (876_500_000, "$877M"), (4_770_000_000, "$4.8B"), (1_000_000_000_000, "$1T"), (3_849_000_000, "$3.8B"),
        (70_000_000, "$70M"), (5_050_000_000, "$5.1B"),
    ])
    func short(dollars: Int64, expected: String) {
        #expect(MoneyFormat.short(Money(wholeDollars: dollars)) == expected)
    }

    @Test("Even splits show no more precision than the amount they divide", arguments: [
        (275_000_000 as Int64, 3, "$91.7M"), (11_400_000_000, 2, "$5.7B"), (3_870_000_000, 3, "$1.3B"),
        (70_000_000, 3, "$23.3M"), (1_430_000_000, 3, "$477M"),
    ])
    func evenSplits(whole: Int64, parts: Int, expected: String) {
        let investment = Investment(
            id: "x", company: "C", project: "P", sector: "S", amountUSD: Decimal(whole),
            states: ["GA", "KY", "TN"].prefix(parts).map { StateShare(state: $0) }, split: .even, source: "s")
        let part = investment.allocations[0].amount
        #expect(MoneyFormat.short(part) == expected)
        // No more significant digits than the whole's short form shows.
        let digits = { (text: String) in text.filter(\.isNumber).drop { $0 == "0" }.count }
        #expect(digits(MoneyFormat.short(part)) <= MoneyFormat.significantDigits)
    }

    @Test("No short amount has more than one decimal or three significant digits")
    func noFalsePrecision() {
        var value: Int64 = 70_000_000
        while value < 50_000_000_000 {
            let text = MoneyFormat.short(Money(wholeDollars: value))
            let number = text.drop { !$0.isNumber }.prefix { $0.isNumber || $0 == "." }
            let decimals = number.split(separator: ".").dropFirst().first?.count ?? 0
            #expect(decimals <= 1, "\(value) → \(text)")
            #expect(number.filter(\.isNumber).drop { $0 == "0" }.count <= 3, "\(value) → \(text)")
            value = value * 1013 / 1000 + 1_234_567
        }
    }

    @Test("The rule in words, for computed sentences: three significant digits, at most one decimal", arguments: [
        (268_400_000_000, "$268 billion"), (23_170_000_000, "$23.2 billion"), (11_400_000_000, "$11.4 billion"), (642_000_000, "$642 million"),
        (999_960_000, "$1 billion"), (1_234_000_000_000, "$1.2 trillion"), (950_000, "$950K"), (40_000_000_000, "$40 billion"),
    ] as [(Int64, String)])
    func words(dollars: Int64, expected: String) {
        #expect(MoneyFormat.words(Money(wholeDollars: dollars)) == expected)
        #expect(BriefLanguage.english.computedAmount(Money(wholeDollars: dollars)) == expected)
        #expect(BriefLanguage.korean.computedAmount(Money(wholeDollars: dollars)) == KoreanNumberFormat.short(Money(wholeDollars: dollars)))
    }

    @Test("Long forms and full forms")
    func longAndFull() {
        #expect(MoneyFormat.long(Money(wholeDollars: 3_870_000_000)) == "$3.87 billion")
        #expect(MoneyFormat.long(Money(wholeDollars: 23_170_000_000)) == "$23.17 billion")
        #expect(MoneyFormat.long(Money(wholeDollars: 127_800_000_000)) == "$127.8 billion")
        #expect(MoneyFormat.long(Money(wholeDollars: 46_631_166_667)) == "$46.63 billion")
        #expect(MoneyFormat.long(Money(wholeDollars: 850_000_000)) == "$850 million")
        #expect(MoneyFormat.long(Money(wholeDollars: 999_999)) == "$1 million")
        #expect(MoneyFormat.long(Money(wholeDollars: 999_940_000)) == "$999.9 million")
        #expect(MoneyFormat.long(Money(wholeDollars: 654_321)) == "$654,321")
        #expect(MoneyFormat.stated(Money(wholeDollars: 127_800_000_000)) == "$127.8B")
        #expect(MoneyFormat.stated(Money(wholeDollars: 3_870_000_000)) == "$3.87B")
        #expect(MoneyFormat.full(Money(wholeDollars: 3_870_000_000)) == "$3,870,000,000")
        #expect(MoneyFormat.full(Money(cents: 123_456)) == "$1,234.56")
    }

    @Test("States are found by code or name, in any case")
    func stateLookup() {
        #expect(USState.named("ga")?.name == "Georgia")
        #expect(USState.named(" Georgia ")?.code == "GA")
        #expect(USState.named("district of columbia")?.code == "DC")
        #expect(USState.named("XX") == nil)
        #expect(USState.all.count == 51)
        #expect(Set(USState.all.map { "\($0.tileColumn),\($0.tileRow)" }).count == 51)
    }

    @Test("Amounts shown together keep the zero the short form drops where the set shows a decimal: $8.0B beside $8.6B", arguments: [
        ([8_000_000_000, 8_600_000_000] as [Int64], ["$8.0B", "$8.6B"]),
        ([66_000_000_000, 65_500_000_000, 131_500_000_000], ["$66.0B", "$65.5B", "$132B"]),
        ([127_840_000_000, 3_900_000_000, 8_000_000_000], ["$128B", "$3.9B", "$8.0B"]),
        ([877_000_000, 8_600_000_000], ["$877M", "$8.6B"]),
        ([0, 2_500_000_000, 5_000_000_000], ["$0", "$2.5B", "$5.0B"]),
        ([40_000_000_000], ["$40B"]),
        ([40_000_000_000, 10_000_000_000], ["$40B", "$10B"]),
        ([1_000_000_000, 1_100_000_000, 500_000_000], ["$1.0B", "$1.1B", "$500M"]),
    ])
    func sets(dollars: [Int64], expected: [String]) {
        let amounts = dollars.map { Money(wholeDollars: $0) }
        #expect(MoneyFormat.short(amounts) == expected)
        // Korean writes the same dollars.
        #expect(KoreanNumberFormat.short(amounts) == expected.indices.map { index in
            dollars[index] == 0 ? "0달러" : KoreanNumberFormat.full(Money(wholeDollars: Self.shown(expected[index])))
        })
    }

    /// The dollars a short form stands for: `$8.0B` → 8,000,000,000.
    private static func shown(_ text: String) -> Int64 {
        var body = text.dropFirst()
        let scale: Double = switch body.last { case "T": 1e12; case "B": 1e9; case "M": 1e6; case "K": 1e3; default: 1 }
        if scale != 1 { body = body.dropLast() }
        return Int64(((Double(body) ?? 0) * scale).rounded())
    }

    @Test("A set of one amount is its short form, in both languages")
    func setOfOne() {
        for dollars: Int64 in [7_900_000_000, 66_000_000_000, 127_800_000_000, 850_000_000, 999_950_000, 12_000, 999, 5_050_000_000] {
            let amount = Money(wholeDollars: dollars)
            #expect(MoneyFormat.short([amount]) == [MoneyFormat.short(amount)])
            #expect(KoreanNumberFormat.short([amount]) == [KoreanNumberFormat.short(amount)])
        }
    }
}
