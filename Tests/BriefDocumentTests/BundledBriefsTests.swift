import BriefData
import BriefDocument
import Foundation
import Testing

@Suite("The briefs the build carries")
struct BundledBriefsTests {
    @Test("hasDefaultBrief(for:) says, without parsing, whether defaultBrief(for:) gives a brief", arguments: BriefLanguage.allCases)
    func hasDefaultBrief(language: BriefLanguage) {
        #expect(BundledBriefs.hasDefaultBrief(for: language) == (BundledBriefs.defaultBrief(for: language) != nil))
        #expect(BundledBriefs.hasDefaultBrief(for: language), "the \(language) edition is embedded")
    }

    @Test("The README's example of the starter brief is the brief 'tradebrief init' writes, byte for byte")
    func readmeShowsTheStarterBrief() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let open = try #require(text.range(of: "````markdown\n"))
        let close = try #require(text.range(of: "\n````\n", range: open.upperBound..<text.endIndex))
        let shown = String(text[open.upperBound..<close.lowerBound]) + "\n"
        let starter = try #require(BundledBriefs.starterFiles.first { $0.path == "brief.md" }?.text)
        #expect(shown == starter)
    }
}
