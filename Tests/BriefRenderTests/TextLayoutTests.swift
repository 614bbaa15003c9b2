import BriefRender
import Testing

@Suite("Text is measured before it is drawn")
struct TextLayoutTests {
    let typesetter = Typesetter()

    @Test("Longer text measures wider")
    func widthGrowsWithLength() {
        let short = typesetter.layout("Georgia", font: Font(size: 10)).size.width
        let long = typesetter.layout("Georgia and Tennessee", font: Font(size: 10)).size.width
        #expect(short > 0)
        #expect(long > short * 2)
    }

    @Test("A font size is in points: 20 pt text is about twice as wide as 10 pt")
    func sizeIsPoints() {
        let small = typesetter.layout("Semiconductors", font: Font(size: 10)).size
        let large = typesetter.layout("Semiconductors", font: Font(size: 20)).size
        #expect(abs(large.width / small.width - 2) < 0.05)
        // DejaVu Sans at 10 pt has a line height of about 11.6 pt.
        #expect(small.height > 10 && small.height < 13)
    }

    @Test("Text wraps to the given width, and more lines take more height")
    func wrapping() {
        let text = String(repeating: "Korean investment in U.S. manufacturing ", count: 6)
        let layout = typesetter.layout(text, font: Font(size: 10), width: 150)
        #expect(layout.lineCount > 3)
        #expect(layout.size.width <= 150.5)
        let lines = layout.lines
        #expect(lines.count == layout.lineCount)
        #expect(zip(lines, lines.dropFirst()).allSatisfy { $0.top < $1.top })
        #expect(abs(layout.size.height - (lines.last.map { $0.top + $0.height } ?? 0)) < 0.5)
    }

    @Test("Justified lines fill the width, except the last")
    func justify() {
        let text = String(repeating: "Batteries and solar plants tie jobs to states. ", count: 5)
        let layout = typesetter.layout(text, font: Font(size: 10), width: 200, alignment: .justify)
        let lines = layout.lines
        #expect(lines.count > 2)
        for line in lines.dropLast() { #expect(line.width > 195) }
    }

    @Test("The baseline lies inside the first line")
    func baseline() {
        let layout = typesetter.layout("Hyundai", font: Font(size: 12))
        #expect(layout.baseline > 6 && layout.baseline < layout.size.height)
    }

    @Test("A maximum line count ellipsizes long text")
    func ellipsize() {
        let layout = typesetter.layout(String(repeating: "Very Long Company Name Holdings ", count: 4), font: Font(size: 9), width: 100, maxLines: 2)
        #expect(layout.lineCount == 2)
        #expect(layout.isEllipsized)
    }

    @Test("Bad markup is a render error with Pango's reason")
    func badMarkup() {
        #expect(throws: RenderError.self) { try typesetter.layout(markup: "<b>unclosed", font: Font(size: 10)) }
        #expect(throws: Never.self) { try typesetter.layout(markup: "<b>bold</b> &amp; plain", font: Font(size: 10)) }
    }

    @Test("Markup escaping survives a round trip")
    func escaping() throws {
        let raw = "AT&T <Korea> \"quoted\""
        let layout = try typesetter.layout(markup: Typesetter.escapeMarkup(raw), font: Font(size: 10))
        #expect(layout.text == raw)
    }

    @Test("Korean text is set in a font that has Hangul")
    func hangulFallback() {
        let family = typesetter.resolvedFamily(for: "Noto Sans CJK KR")
        #expect(family?.contains("CJK") == true, "fonts-noto-cjk is needed for Korean names; got \(family ?? "none")")
    }
}

@Suite("The widest unbreakable piece of text")
struct UnbreakableWidthTests {
    let typesetter = Typesetter()
    let font = Font(size: 10)

    @Test("It is the widest word, and an amount counts as one word")
    func widestWord() {
        let word = typesetter.layout("Semiconductors", font: font).size.width
        let amount = typesetter.layout("$11,400,000,000", font: font).size.width
        #expect(abs(typesetter.unbreakableWidth(markup: "in Semiconductors and", font: font) - word) < 0.5)
        #expect(abs(typesetter.unbreakableWidth(markup: "to $11,400,000,000 in", font: font) - amount) < 0.5)
    }

    @Test("Soft hyphens are break opportunities")
    func softHyphens() {
        let whole = typesetter.unbreakableWidth(markup: "manufacturing", font: font)
        let split = typesetter.unbreakableWidth(markup: "manu\u{AD}fac\u{AD}tur\u{AD}ing", font: font)
        #expect(split < whole * 0.6)
    }

    @Test("A width kept by the typesetter is the one measured for that markup and font, not another's")
    func keptPerMarkupAndFont() {
        let pieces = ["Semiconductors", "<b>Semiconductors</b>", "$11.4B"]
        let fonts = [font, Font(size: 14), Font(size: 10, weight: .bold)]
        var kept: [Double] = []
        for _ in 0..<2 {
            kept = pieces.flatMap { markup in fonts.map { typesetter.unbreakableWidth(markup: markup, font: $0) } }
        }
        let fresh = pieces.flatMap { markup in fonts.map { Typesetter().unbreakableWidth(markup: markup, font: $0) } }
        #expect(kept == fresh)
        #expect(kept[0] < kept[1] && kept[0] < kept[2], "larger and bolder type measures wider: \(kept)")
    }

    @Test("Markup prepared for line breaking is kept per markup and hyphenation, and prepared once")
    func preparedOnce() {
        var calls = 0
        func prepare(_ markup: String, _ hyphenated: Bool) -> String {
            typesetter.preparedMarkup(markup, hyphenated: hyphenated) { calls += 1; return "\($0)|\(hyphenated)" }
        }
        #expect(prepare("a", true) == "a|true")
        #expect(prepare("a", false) == "a|false")
        #expect(prepare("b", true) == "b|true")
        #expect(prepare("a", true) == "a|true")
        #expect(calls == 3)
    }
}
