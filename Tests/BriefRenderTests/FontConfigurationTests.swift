import BriefRender
import Testing
import TestSupport

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

    @Test("The Korean edition's serif and monospace faces are pinned too")
    func koreanFaces() {
        let typesetter = Typesetter(families: ["Noto Serif CJK KR, DejaVu Serif", "Noto Sans Mono CJK KR, DejaVu Sans Mono"])
        #expect(typesetter.resolvedFamily(for: "Noto Serif CJK KR") == "Noto Serif CJK KR")
        #expect(typesetter.resolvedFamily(for: "Noto Sans Mono CJK KR") == "Noto Sans Mono CJK KR")
    }

    @Test("Faces no style names are left out of the pinned set, yet a style that names one gets it", arguments: [
        "NanumSquare", "NanumBarunGothic", "Noto Sans CJK JP", "Noto Serif CJK SC", "Noto Sans Mono CJK TC",
    ])
    func leftOutFaces(family: String) throws {
        try Self.skipUnlessInstalled(family)
        // In the pinned set, asking for it gives another face ...
        #expect(Typesetter(families: ["DejaVu Sans"]).resolvedFamily(for: family) != family)
        // ... and a typesetter whose style names it draws from the system configuration, which has it.
        #expect(Typesetter(families: [family]).resolvedFamily(for: family) == family)
    }

    @Test("A style that names DejaVu Sans Condensed (left out of the pinned set) still sets condensed text")
    func condensedFace() throws {
        try Self.skipUnlessInstalled("DejaVu Sans Condensed")
        let text = "Korean investment in U.S. states"
        let condensed = Typesetter(families: ["DejaVu Sans Condensed"])
            .layout(text, font: Font(family: "DejaVu Sans Condensed", size: 10)).size.width
        let regular = Typesetter(families: ["DejaVu Sans"]).layout(text, font: Font(family: "DejaVu Sans", size: 10)).size.width
        // DejaVu Sans Condensed is about 10% narrower than DejaVu Sans.
        #expect(condensed < regular * 0.95, "condensed \(condensed) pt, regular \(regular) pt")
    }

    /// Cancels the test when fontconfig lists no face whose family names include `family`.
    private static func skipUnlessInstalled(_ family: String) throws {
        let listing = try Checker.output("fc-list", ["--format", "%{family}\n"])
        guard listing.split(separator: "\n").contains(where: { $0.split(separator: ",").contains { $0 == family } }) else {
            try Test.cancel("skipped: \(family) is not installed here")
        }
    }

    @Test("A family that is not installed falls back to an installed face, never to the name asked for")
    func missingFamily() {
        let typesetter = Typesetter(families: ["Some Font That Is Not Installed"])
        let resolved = typesetter.resolvedFamily(for: "Some Font That Is Not Installed")
        #expect(resolved != nil)
        #expect(resolved != "Some Font That Is Not Installed")
    }

    @Test("A family installed outside the pinned folders resolves to itself (the system configuration is used)")
    func systemFamily() throws {
        // An installed family whose files lie outside the pinned folders, as fc-list sees them.
        let listing = try Checker.output("fc-list", ["--format", "%{family[0]}\t%{file}\n"])
        let pinned = ["/usr/share/fonts/truetype/dejavu/", "/usr/share/fonts/opentype/noto/"]
        let outside = listing.split(separator: "\n").compactMap { line -> String? in
            let fields = line.split(separator: "\t", maxSplits: 1)
            guard fields.count == 2, !pinned.contains(where: { fields[1].hasPrefix($0) }) else { return nil }
            return String(fields[0])
        }.sorted().first
        guard let family = outside else {
            try Test.cancel("skipped: every installed font lies in the pinned folders; install another (e.g. fonts-liberation)")
        }
        #expect(Typesetter(families: [family]).resolvedFamily(for: family) == family)
    }
}
