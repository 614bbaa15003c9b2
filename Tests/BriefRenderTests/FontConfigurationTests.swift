import BriefRender
import Testing

@Suite("Pinned fonts")
struct FontConfigurationTests {
    @Test("With the shipped families, generic names resolve to the installed DejaVu faces, whatever else is installed")
    func genericNames() {
        let typesetter = Typesetter(families: ["DejaVu Sans", "sans-serif"])
        #expect(typesetter.resolvedFamily(for: "sans-serif") == "DejaVu Sans")
        #expect(typesetter.resolvedFamily(for: "serif") == "DejaVu Serif")
        // The system configuration of a machine with more fonts may pick another
        // monospace face (e.g. Noto Sans Mono); the pinned one never does.
        #expect(typesetter.resolvedFamily(for: "monospace") == "DejaVu Sans Mono")
    }

    @Test("The Korean faces are in the pinned set (the brief's PDF fonts are checked with pdffonts in TradeBriefCLITests)")
    func hangul() {
        let typesetter = Typesetter(families: ["DejaVu Sans"])
        #expect(typesetter.resolvedFamily(for: "Noto Sans CJK KR") == "Noto Sans CJK KR")
        #expect(typesetter.resolvedFamily(for: "NanumGothic") == "NanumGothic")
    }

    @Test("A family outside the pinned fonts still resolves (from the system's configuration)")
    func otherFamily() {
        let typesetter = Typesetter(families: ["Some Font That Is Not Installed"])
        #expect(typesetter.resolvedFamily(for: "Some Font That Is Not Installed") != nil)
    }
}
