@testable import BriefLayout
import Testing

@Suite("A laid-out text's plain words: soft hyphens removed on bytes as by Characters")
struct SoftHyphenRemovalTests {
    @Test("The byte removal drops exactly the Characters that are a soft hyphen", arguments: [
        "", "\u{AD}", "manu\u{AD}fac\u{AD}tur\u{AD}ing", "\u{AD}start and end\u{AD}", "a\u{AD}\u{301}b", "\u{AD}\u{AD}",
        "Â and \u{80} and ¬ (C2 AC)", "한국\u{AD}어", "cr\r\n\u{AD}lf", "no hyphens at all", "e\u{301}\u{AD}",
    ])
    func sameAsCharacterFilter(text: String) {
        #expect(BlockMeasurer.withoutSoftHyphens(text) == String(text.filter { $0 != "\u{AD}" }), "\(text.debugDescription)")
        #expect(!BlockMeasurer.withoutSoftHyphens(text).unicodeScalars.contains("\u{AD}"))
    }
}
