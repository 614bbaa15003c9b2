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
