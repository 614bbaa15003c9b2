import BriefRender
import Testing

@Suite("Hyphenation with libhyphen's US English patterns")
struct HyphenatorTests {
    @Test("The patterns are installed and give the usual break points")
    func breakPoints() throws {
        let hyphenator = try #require(Hyphenator(), "hyphen-en-us is not installed (/usr/share/hyphen/hyph_en_US.dic)")
        #expect(hyphenator.softHyphenated("manufacturing") == "man\u{AD}u\u{AD}fac\u{AD}tur\u{AD}ing"
                || hyphenator.softHyphenated("manufacturing") == "manu\u{AD}fac\u{AD}tur\u{AD}ing")
        #expect(!hyphenator.breakPoints(in: "semiconductors").isEmpty)
        // At least three letters on each side of a break.
        for word in ["investment", "relationship", "cooperation", "opportunity", "unpredictable"] {
            for point in hyphenator.breakPoints(in: word) {
                #expect(point >= 3 && word.count - point >= 3, "\(word) breaks after \(point)")
            }
        }
    }

    @Test("Words that are not plain ASCII letters get no break points")
    func noBreaksInOtherWords() throws {
        let hyphenator = try #require(Hyphenator())
        for word in ["$11,400,000,000", "KY-TN", "2024", "현대자동차그룹", "co-operation", "short"] {
            #expect(hyphenator.breakPoints(in: word).isEmpty, "\(word)")
        }
    }

    @Test("A missing pattern file is nil, not a crash")
    func missingPatterns() {
        #expect(Hyphenator(patterns: "/nonexistent/hyph_xx.dic") == nil)
    }
}
