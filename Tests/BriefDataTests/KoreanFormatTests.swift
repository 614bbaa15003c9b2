import BriefData
import Foundation
import Testing

@Suite("Korean amounts, percentages, dates and names, value by value")
struct KoreanFormatTests {
    /// The locale table: dollars, the English short form, the Korean short
    /// form (charts, cards) and the Korean long form (prose).
    static let amounts: [(Int64, String, String, String)] = [
        (11_400_000_000, "$11.4B", "114억 달러", "114억 달러"),
        (127_800_000_000, "$128B", "1,280억 달러", "1,278억 달러"),
        (3_870_000_000, "$3.9B", "39억 달러", "38억 7,000만 달러"),
        (1_200_000_000_000, "$1.2T", "1조 2,000억 달러", "1조 2,000억 달러"),
        (65_500_000_000, "$65.5B", "655억 달러", "655억 달러"),
        (131_500_000_000, "$132B", "1,320억 달러", "1,315억 달러"),
        (66_000_000_000, "$66B", "660억 달러", "660억 달러"),
        (133_000_000_000, "$133B", "1,330억 달러", "1,330억 달러"),
        (23_170_000_000, "$23.2B", "232억 달러", "231억 7,000만 달러"),
        (5_400_000_000, "$5.4B", "54억 달러", "54억 달러"),
        (5_800_000_000, "$5.8B", "58억 달러", "58억 달러"),
        (5_600_000_000, "$5.6B", "56억 달러", "56억 달러"),
        (2_500_000_000, "$2.5B", "25억 달러", "25억 달러"),
        (7_000_000_000, "$7B", "70억 달러", "70억 달러"),
        (850_000_000, "$850M", "8억 5,000만 달러", "8억 5,000만 달러"),
        (100_000_000, "$100M", "1억 달러", "1억 달러"),
        (12_500_000, "$12.5M", "1,250만 달러", "1,250만 달러"),
        (5_000, "$5K", "5,000달러", "5,000달러"),
        // Rounded as the English edition rounds: the same figure in both.
        (1_234_567_890, "$1.2B", "12억 달러", "12억 3,000만 달러"),
        (999_950_000, "$1B", "10억 달러", "10억 달러"),
        (10_000_000_000_000, "$10T", "10조 달러", "10조 달러"),
        (1_050_000_000_000, "$1.1T", "1조 1,000억 달러", "1조 500억 달러"),
        (91_666_667, "$91.7M", "9,170만 달러", "9,167만 달러"),
        // Below 10억 the short form keeps the English digits in 억 and 만, never `8.77억`.
        (877_000_000, "$877M", "8억 7,700만 달러", "8억 7,700만 달러"),
        (870_000_000, "$870M", "8억 7,000만 달러", "8억 7,000만 달러"),
    ]

    /// The English long forms of the same amounts, for the prose check.
    static let englishLong: [Int64: String] = [
        3_870_000_000: "$3.87 billion", 23_170_000_000: "$23.17 billion", 127_800_000_000: "$127.8 billion",
        1_234_567_890: "$1.23 billion", 91_666_667: "$91.67 million",
    ]

    @Test("Amounts in 억 and 조 달러, as the English edition rounds them")
    func amounts() {
        for (dollars, english, short, long) in Self.amounts {
            let money = Money(wholeDollars: dollars)
            #expect(BriefLanguage.english.shortAmount(money, symbol: "$") == english, "\(dollars)")
            #expect(BriefLanguage.korean.shortAmount(money) == short, "\(dollars)")
            #expect(BriefLanguage.korean.longAmount(money) == long, "\(dollars)")
            if let english = Self.englishLong[dollars] { #expect(MoneyFormat.long(money, symbol: "$") == english) }
        }
    }

    @Test("English forms are unchanged")
    func englishUnchanged() {
        let money = Money(wholeDollars: 3_870_000_000)
        #expect(BriefLanguage.english.shortAmount(money) == MoneyFormat.short(money))
        #expect(BriefLanguage.english.longAmount(money, symbol: "$") == "$3.87 billion")
        #expect(BriefLanguage.english.date("2025-04-23") == "23 April 2025")
        #expect(BriefLanguage.english.ordinal(2) == "2nd")
        #expect(BriefLanguage.english.ordinal(13) == "13th")
    }

    @Test("Negative amounts keep their sign")
    func negative() {
        #expect(KoreanNumberFormat.short(Money(wholeDollars: -66_000_000_000)) == "−660억 달러")
        #expect(KoreanNumberFormat.short(.zero) == "0달러")
        #expect(KoreanNumberFormat.long(Money(wholeDollars: -3_870_000_000)) == "−38억 7,000만 달러")
    }

    @Test("Percentages, dates, years, ranks and lists")
    func otherForms() {
        #expect(BriefLanguage.korean.percent(Decimal(string: "2.3") ?? 0) == "2.3%")
        #expect(BriefLanguage.korean.percent(Money(wholeDollars: 54), of: Money(wholeDollars: 231)) == "23%")
        #expect(BriefLanguage.korean.date("2025-04-23") == "2025년 4월 23일")
        #expect(BriefLanguage.korean.date("2025-01-01") == "2025년 1월 1일")
        #expect(BriefLanguage.korean.date("2025-04") == "2025년 4월")
        #expect(BriefLanguage.korean.monthAndYear("2025-04-23") == "2025년 4월")
        #expect(BriefLanguage.korean.year(2024) == "2024년")
        #expect(BriefLanguage.korean.ordinal(1) == "1위")
        #expect(BriefLanguage.korean.list(["조지아", "켄터키", "테네시"]) == "조지아, 켄터키, 테네시")
        #expect(BriefLanguage.english.list(["Georgia", "Kentucky", "Tennessee"]) == "Georgia, Kentucky and Tennessee")
    }

    @Test("Every state and DC has a Korean name, each different")
    func stateNames() {
        #expect(KoreanStateNames.byCode.count == 51)
        #expect(Set(KoreanStateNames.byCode.keys) == Set(USState.all.map(\.code)))
        #expect(Set(KoreanStateNames.byCode.values).count == 51)
        for state in USState.all {
            let name = state.name(in: .korean)
            #expect(name != state.name, "\(state.code) has no Korean name")
            #expect(name.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) }, "\(state.code): \(name)")
        }
        let expected = ["GA": "조지아", "KY": "켄터키", "TN": "테네시", "IN": "인디애나", "DC": "워싱턴 D.C.",
                        "AL": "앨라배마", "AR": "아칸소", "MA": "매사추세츠", "WV": "웨스트버지니아"]
        for (code, name) in expected { #expect(USState.name(of: code, in: .korean) == name) }
        #expect(USState.name(of: "GA", in: .english) == "Georgia")
    }

    @Test("Sectors, projects and companies in Korean; unknown terms stay")
    func terms() {
        #expect(BriefLanguage.korean.sector("Semiconductors") == "반도체")
        #expect(BriefLanguage.korean.sector("Electric vehicles") == "전기차")
        #expect(BriefLanguage.korean.sector("Batteries") == "배터리")
        #expect(BriefLanguage.korean.sector("Solar") == "태양광")
        #expect(BriefLanguage.korean.sector("Underwater basket weaving") == "Underwater basket weaving")
        #expect(BriefLanguage.english.sector("Solar") == "Solar")
    }

    @Test("BriefLanguage tags and lists", arguments: [
        ("en,ko", [BriefLanguage.english, .korean], [String]()), ("ko", [.korean], []), ("KO-kr, en", [.korean, .english], []),
        ("en,fr", [.english], ["fr"]), ("ko,ko", [.korean], []),
    ])
    func tags(text: String, languages: [BriefLanguage], unknown: [String]) {
        let parsed = BriefLanguage.list(text)
        #expect(parsed.languages == languages)
        #expect(parsed.unknown == unknown)
    }

    @Test("File names carry the language")
    func fileNames() {
        #expect(BriefLanguage.korean.fileName("brief.pdf") == "brief.ko.pdf")
        #expect(BriefLanguage.korean.fileName("states/GA.pdf") == "states/GA.ko.pdf")
        #expect(BriefLanguage.english.fileName("brief.pdf") == "brief.pdf")
    }

    @Test("Counts in text have a thousands comma from 1,000 on, in both languages (a 5,000-row file once read '5000 investments')")
    func counts() {
        for language in [BriefLanguage.english, .korean] {
            #expect(language.count(4) == "4")
            #expect(language.count(999) == "999")
            #expect(language.count(5000) == "5,000")
            #expect(language.count(1_000_000) == "1,000,000")
        }
    }
}
