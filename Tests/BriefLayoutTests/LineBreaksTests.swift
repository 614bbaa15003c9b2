@testable import BriefLayout
import BriefRender
import Testing

@Suite("Line breaks: amounts kept whole, only common words hyphenated")
struct LineBreaksTests {
    let breaks = LineBreaks(hyphenator: Hyphenator())

    @Test("An amount and its unit are kept on one line")
    func amountsBound() {
        let prepared = breaks.prepare("exports of $127.8 billion and 2.3 percent of FDI", hyphenate: true)
        #expect(prepared.contains("<span allow_breaks=\"false\">$127.8 billion</span>"))
        #expect(prepared.contains("<span allow_breaks=\"false\">2.3 percent</span>"))
        #expect(breaks.prepare("$126.5M * of $253M", hyphenate: false).hasPrefix("<span allow_breaks=\"false\">$126.5M *</span>"))
    }

    @Test("Long common words get soft hyphens; names, amounts, codes, addresses, Korean and monospace text do not")
    func onlyCommonWords() {
        let prepared = breaks.prepare(
            "Semiconductors manufacturing by Hyundai, SK Innovation &amp; LG Energy at $11,400,000,000 in KY-TN "
                + "(https://www.example.com/investment) <tt>tradebrief data</tt> <span lang=\"ko\">현대자동차그룹</span> "
                + "<b>investment</b> cooperation.", hyphenate: true)
        let words = prepared.split(separator: " ")
        func word(_ prefix: String) -> Substring? { words.first { $0.filter { $0 != "\u{AD}" }.hasPrefix(prefix) } }
        #expect(word("manufacturing")?.contains("\u{AD}") == true)
        #expect(word("cooperation")?.contains("\u{AD}") == true)
        #expect(word("<b>investment")?.contains("\u{AD}") == true, "a word inside bold is still a word")
        for name in ["Semiconductors", "Hyundai,", "Innovation", "$11,400,000,000", "KY-TN", "(https://www.example.com/investment)", "data</tt>"] {
            #expect(word(name).map { !$0.contains("\u{AD}") } == true, "\(name) must not be hyphenated")
        }
        #expect(!prepared.contains("현\u{AD}"))
    }

    @Test("A Korean amount in myriad groups stays on one line with its currency and mark; a lone group or word is left as it was")
    func koreanAmounts() {
        #expect(breaks.prepare("3억 2,400만 달러", hyphenate: false) == "<span allow_breaks=\"false\">3억 2,400만 달러</span>")
        #expect(breaks.prepare("전체 7억 9,000만 달러", hyphenate: false).hasSuffix("<span allow_breaks=\"false\">7억 9,000만 달러</span>"))
        #expect(breaks.prepare("총액 1조 2,000억 달러, 전년보다", hyphenate: false).contains("<span allow_breaks=\"false\">1조 2,000억 달러,</span>"))
        #expect(breaks.prepare("6억 4,000만 달러 *", hyphenate: false) == "<span allow_breaks=\"false\">6억 4,000만 달러 *</span>")
        #expect(breaks.prepare("만 달러", hyphenate: false) == "<span allow_breaks=\"false\">만</span> <span allow_breaks=\"false\">달러</span>")
        // In a cell narrower than the amount, the amount stays whole (the table widens the column instead).
        let typesetter = Typesetter()
        let font = Font(size: 8)
        let whole = typesetter.layout("3억 2,400만 달러", font: font).size.width
        #expect(typesetter.unbreakableWidth(markup: breaks.prepare("3억 2,400만 달러", hyphenate: false), font: font) >= whole - 0.5)
    }

    @Test("A Korean word breaks only at spaces (keep-all), so a name in Hangul is never split")
    func koreanKeepAll() {
        let prepared = breaks.prepare("Hanbit Energy Solution (한빛에너지솔루션)", hyphenate: false)
        #expect(prepared.contains("<span allow_breaks=\"false\">(한빛에너지솔루션)</span>"))
        let typesetter = Typesetter()
        let font = Font(size: 8)
        let whole = typesetter.layout("(한빛에너지솔루션)", font: font).size.width
        #expect(typesetter.unbreakableWidth(markup: prepared, font: font) >= whole - 0.5)
    }

    @Test("A Korean word too long to keep whole (a legal name written solid) may break between syllables; a table can let every Korean word break")
    func longKoreanWords() {
        let twenty = String(repeating: "한", count: LineBreaks.longestKoreanWordKeptWhole)
        #expect(breaks.prepare("(\(twenty))", hyphenate: false) == "<span allow_breaks=\"false\">(\(twenty))</span>")
        let solid = "(삼성전자아메리카반도체제조및첨단패키징유한책임회사)"
        #expect(breaks.prepare("Samsung \(solid)", hyphenate: false) == "Samsung \(solid)")
        var breakable = breaks
        breakable.keepsKoreanWordsWhole = false
        #expect(breakable.prepare("Hanbit (한빛에너지솔루션) 3억 달러", hyphenate: false)
                == "Hanbit (한빛에너지솔루션) <span allow_breaks=\"false\">3억 달러</span>", "amounts stay whole")
    }

    @Test("ASCII words are hyphenated on bytes exactly as Character by Character")
    func asciiMatchesCharacters() throws {
        let hyphenator = try #require(breaks.hyphenator)
        let marks = ["", "(", "\"", "'", "[", "((", "\"'", ".", ",", ";", ":", "!", "?", ")", "]", ".)", "\"]", "!?'"]
        let words = ["manufacturing", "cooperation", "semiconductor", "investment", "Investment", "short", "abcdefg", "abcdef",
                     "two-words", "sub_word", "co2emissions", "inter1national", "\"\"\"\"\"\"\"", "", "policy's"]
        var mismatches: [String] = []
        for lead in marks { for word in words { for trail in marks {
            let token = Substring(lead + word + trail)
            let bytes = breaks.asciiHyphenated(token, hyphenator)
            let characters = breaks.characterHyphenated(token, hyphenator)
            if bytes != characters { mismatches.append("\(token): \(bytes) vs \(characters)") }
        } } }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        #expect(breaks.asciiHyphenated("(manufacturing).", hyphenator).contains("\u{AD}"), "the corpus reaches the hyphenator")
    }

    @Test("Without hyphenation, text is unchanged but for bound amounts")
    func noHyphenation() {
        #expect(breaks.prepare("manufacturing cooperation", hyphenate: false) == "manufacturing cooperation")
        #expect(LineBreaks(hyphenator: nil).prepare("manufacturing cooperation", hyphenate: true) == "manufacturing cooperation")
    }

    @Test("Hyphenation shortens justified paragraphs in a narrow column")
    func hyphenationHelps() {
        let typesetter = Typesetter()
        let text = String(repeating: "Negotiators consider manufacturing investment, semiconductor cooperation and international "
                          + "supply-chain relationships simultaneously. ", count: 6)
        let style = LayoutStyle(columns: 2, bodySize: 9)
        let hyphenated = LayoutEngine(style: style).layout([.paragraph(text)], typesetter: typesetter)
        let plainLayout = typesetter.layout(text, font: Font(family: style.bodyFamily, size: style.bodySize), width: style.columnWidth,
                                            alignment: .justify, lineSpacing: style.lineSpacing)
        let lines = hyphenated.items.map(\.lines.count).reduce(0, +)
        #expect(lines <= plainLayout.lineCount)
        #expect(hyphenated.items.first?.text.contains("\u{AD}") == false, "placed text has no soft hyphens")
    }
}
