import BriefData
import BriefDocument
import Testing

@Suite("The briefs the build carries")
struct BundledBriefsTests {
    @Test("hasDefaultBrief(for:) says, without parsing, whether defaultBrief(for:) gives a brief", arguments: BriefLanguage.allCases)
    func hasDefaultBrief(language: BriefLanguage) {
        #expect(BundledBriefs.hasDefaultBrief(for: language) == (BundledBriefs.defaultBrief(for: language) != nil))
        #expect(BundledBriefs.hasDefaultBrief(for: language), "the \(language) edition is embedded")
    }
}
