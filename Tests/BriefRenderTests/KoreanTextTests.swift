import BriefRender
import Foundation
import Testing

@Suite("Korean is set as Korean typesetting sets it")
struct KoreanTextTests {
    /// A paragraph of the kind the Korean brief holds.
    static let paragraph = "한국은 2024년 미국의 최대 외국인 투자국으로 올라섰으며, 미국 외국인직접투자 총액의 2.3%를 차지했다. "
        + "이 보고서가 추적하는 제조업 투자 4건은 모두 231억 7,000만 달러로, 조지아·켄터키·테네시·인디애나 4개 주에 걸쳐 있다. "
        + "SK하이닉스의 반도체 생산시설은 인디애나주 웨스트라피엣에 들어선다."

    @Test("Korean words are found whole: letters, digits and Hangul together; punctuation ends them")
    func wordRanges() {
        let text = "SK하이닉스의 2024년 투자, 조지아·켄터키 (38억 7,000만 달러로)"
        let bytes = Array(text.utf8)
        let words = HangulWords.ranges(in: text).map { String(decoding: bytes[$0], as: UTF8.self) }
        // An amount's last word and its currency stay together: no line ends between 만 and 달러.
        #expect(words == ["SK하이닉스의", "2024년", "투자", "조지아", "켄터키", "38억 7,000만 달러로"])
        #expect(HangulWords.ranges(in: "Korean investment in Georgia").isEmpty)
    }

    @Test("A Korean amount is one range from its first digit to its currency word, with or without brackets and particles",
          arguments: [("(9억 5,800만 달러)", "9억 5,800만 달러"), ("합계 1조 2,000억 달러로 늘었다", "1조 2,000억 달러로"),
                      ("8억 7,000만, 그리고", "8억 7,000만"), ("400억 달러", "400억 달러"), ("다른 주(1조 2,000억 달러 중", "1조 2,000억 달러"),
                      ("3분의 1(9억 5,800만 달러)을", "9억 5,800만 달러")])
    func amountRanges(text: String, amount: String) {
        let bytes = Array(text.utf8)
        let words = HangulWords.ranges(in: text).map { String(decoding: bytes[$0], as: UTF8.self) }
        #expect(words.contains(amount), "\(words)")
    }

    @Test("A chart note never ends a line inside a Korean amount, at widths from 100 pt (narrower, an amount wider than its line is cut)", arguments: Array(stride(from: 100.0, through: 300, by: 4)))
    func amountsWhole(width: Double) {
        let note = "출처: 주 정부 발표. 조지아는 추적된 투자의 3분의 1(9억 5,800만 달러)을 차지하며 다른 주(1조 2,000억 달러 중 8억 7,000만 달러)보다 많다."
        let layout = Typesetter(language: "ko").layout(note, font: Font(family: "Noto Sans CJK KR", size: 7), width: width)
        let lines = layout.lineTexts.map { $0.trimmingCharacters(in: .whitespaces) }
        for (line, next) in zip(lines, lines.dropFirst()) {
            let cut = line.range(of: #"[0-9,][조억만천]?$"#, options: .regularExpression) != nil
                && next.range(of: #"^([0-9,]+[조억만천]|달러)"#, options: .regularExpression) != nil
            #expect(!cut, "width \(width): an amount broken: \(line) / \(next)")
        }
    }

    @Test("No line breaks inside a Korean word, at many widths", arguments: [90.0, 120, 160, 220, 300, 420])
    func keepAll(width: Double) {
        let typesetter = Typesetter(language: "ko")
        let layout = typesetter.layout(Self.paragraph, font: Font(family: "Noto Sans CJK KR", size: 9.5), width: width)
        let lines = layout.lineTexts
        #expect(lines.count > 1)
        #expect(lines.joined() == Self.paragraph)
        // Where each line after the first starts, in bytes: never strictly inside a word.
        var starts: [Int] = []
        var offset = 0
        for line in lines.dropLast() {
            offset += line.utf8.count
            starts.append(offset)
        }
        let words = HangulWords.ranges(in: Self.paragraph)
        for start in starts {
            let inside = words.first { $0.lowerBound < start && start < $0.upperBound }
            #expect(inside == nil, "a line breaks inside a word at width \(width): \(lines)")
        }
        #expect(layout.size.width <= width + 0.5)
    }

    @Test("A long word in a narrow cell breaks between syllables; the other words stay whole")
    func fallback() {
        let typesetter = Typesetter(language: "ko")
        let text = "배터리 합작투자기업블루오벌에스케이배터리파크 켄터키"
        let layout = typesetter.layout(text, font: Font(family: "Noto Sans CJK KR", size: 9), width: 60)
        #expect(layout.size.width <= 60.5)
        let lines = layout.lineTexts.map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.first == "배터리")
        #expect(lines.last == "켄터키")
    }
}
