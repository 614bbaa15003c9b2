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

    @Test("The shared patterns hyphenate alike from many threads at once")
    func sharedAcrossThreads() async throws {
        let hyphenator = try #require(Hyphenator.english)
        #expect(Typesetter().hyphenator === hyphenator, "every typesetter shares the patterns loaded once")
        let words = ["manufacturing", "semiconductors", "investment", "relationship", "cooperation", "opportunity", "unpredictable",
                     "announcement", "construction", "partnership"]
        let serial = words.map { hyphenator.softHyphenated($0) }
        let parallel = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<8 {
                group.addTask { (0..<50).flatMap { _ in words.map { hyphenator.softHyphenated($0) } } }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(parallel.count == 8)
        for results in parallel { #expect(results == Array(repeating: serial, count: 50).flatMap { $0 }) }
    }

    @Test("A missing pattern file is nil, not a crash")
    func missingPatterns() {
        #expect(Hyphenator(patterns: "/nonexistent/hyph_xx.dic") == nil)
    }
}
