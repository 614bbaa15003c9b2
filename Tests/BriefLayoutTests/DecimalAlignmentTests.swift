@testable import BriefLayout
import BriefRender
import Foundation
import Testing

/// Issue 17, point 6: amount columns line up on the decimal point.
@Suite("Decimal-aligned amount columns")
struct DecimalAlignmentTests {
    let typesetter = Typesetter()
    let font = Font(family: "DejaVu Sans", size: 7.8)

    @Test("Tails: from the decimal point, or after the number, to the end of the first line", arguments: [
        ("$11.4B", ".4B"), ("$40B", "B"), ("$877M *", "M *"), ("$5.8B ‡\n<span size=\"smaller\">of $11.4B</span>", ".8B ‡"),
        ("$1,234.5K", ".5K"), ("US$3.9B", ".9B"), ("&lt;$1M", "M"), ("", ""),
        ("10억 달러", "억 달러"), ("8억 7,000만 달러", "만 달러"), ("25억 달러 *", "억 달러 *"),
        ("29억 달러\n<span size=\"smaller\">전체 96억 달러</span>", "억 달러"), ("1조 2,000억 달러", "억 달러"), ("5,000달러", "달러"),
    ])
    func tails(cell: String, expected: String) {
        #expect(DecimalAlignment.tail(of: cell) == expected)
    }

    @Test("Plain text: tags dropped and entities read, as the five replacing passes did", arguments: [
        "&lt;$1M", "A &amp; B", "&amp;lt;", "&&lt;", "&#39;quoted&#39; &quot;x&quot; &apos;y&apos;", "<b>$11.4</b>B &gt; 2",
        "no entity &", "&am", "&amp;amp;", "8억 7,000만 달러 &amp; 더", "$5.8B ‡\n<span size=\"smaller\">of $11.4B</span>", "",
    ])
    func plainText(markup: String) {
        var expected = ""
        var inTag = false
        for character in markup {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { expected.append(character) }
        }
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'"), ("&amp;", "&")] {
            expected = expected.replacingOccurrences(of: entity, with: character)
        }
        #expect(DecimalAlignment.plainText(markup) == expected)
    }

    @Test("Right-aligned cells set in by their insets put every decimal point at one x")
    func decimalPointsLineUp() {
        let cells = ["$40B", "$11.4B", "$5.8B ‡", "$877M", "$91.7M", "$3.9B"]
        let available = 60.0
        let insets = DecimalAlignment.insets(cells, font: font, available: available, typesetter: typesetter)
        let points = zip(cells, insets).map { cell, inset in
            available - inset - typesetter.layout(DecimalAlignment.tail(of: cell), font: font).size.width
        }
        for point in points { #expect(abs(point - points[0]) < 0.01, "\(points)") }
        #expect(insets[1] < insets[0], "$40B is set in more than $11.4B")
    }

    @Test("Korean amounts (no decimals) are flush right on their last digit and unit, not pushed left by the longest")
    func koreanFlushRight() {
        let typesetter = Typesetter(language: "ko")
        let cells = ["10억 달러", "8억 7,000만 달러", "400억 달러", "3억 9,900만 달러", "2억 800만 달러"]
        let available = 80.0
        let insets = DecimalAlignment.insets(cells, font: font, available: available, typesetter: typesetter)
        for (cell, inset) in zip(cells, insets) { #expect(inset < 0.5, "\(cell) set in \(inset) from the right: \(insets)") }
    }

    @Test("A one-pager's whole-amount line (`of $790M`, `전체 7억 9,000만 달러`) fits beside its cell's inset in a column of the aligned width",
          arguments: ["en", "ko"])
    func laterLinesFit(language: String) {
        let typesetter = Typesetter(language: language)
        func whole(_ text: String) -> String { "\n<span size=\"smaller\" allow_breaks=\"false\">\(text)</span>" }
        let cells = language == "en"
            ? ["$1.1B *" + whole("of $2.3B"), "$237M" + whole("of $790M"), "$707M", "$62.7M" + whole("of $114M")]
            : ["11억 달러 *" + whole("전체 23억 달러"), "2억 3,700만 달러" + whole("전체 7억 9,000만 달러"), "7억 700만 달러"]
        let available = DecimalAlignment.alignedWidth(cells, font: font, typesetter: typesetter)
        let insets = DecimalAlignment.insets(cells, font: font, available: available, typesetter: typesetter)
        for (cell, inset) in zip(cells, insets) {
            let layout = (try? typesetter.layout(markup: cell, font: font)) ?? typesetter.layout(cell, font: font)
            for line in layout.lines {
                #expect(line.width + inset <= available + 0.001, "\(cell): a line \(line.width) wide set in \(inset) in \(available)")
            }
        }
        // Set in its column, the cell keeps its two lines.
        for (cell, inset) in zip(cells, insets) {
            let layout = try? typesetter.layout(markup: cell, font: font, width: available - inset, alignment: .right)
            #expect(layout?.lineCount == cell.split(separator: "\n").count, "\(cell): \(layout?.lineTexts ?? [])")
        }
    }

    @Test("A cell is never set in beyond its room: a narrow column keeps every amount whole")
    func neverBreaks() {
        let cells = ["$40B", "$11.4B", "$999M"]
        let natural = cells.map { typesetter.layout($0, font: font).size.width }
        let available = natural.max() ?? 0
        let insets = DecimalAlignment.insets(cells, font: font, available: available, typesetter: typesetter)
        for (inset, width) in zip(insets, natural) { #expect(width + inset <= available + 0.001) }
    }
}
