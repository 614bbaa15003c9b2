import BriefData
import BriefRender
import Testing
@testable import TradeBrief

/// A one-pager's sentences are Pango markup: a share of `<0.1%` must reach the
/// page as text, not break the markup (California's and Nevada's pages with
/// the stress data printed `<b><0.1%</b>`).
@Suite("One-pager sentences with a sliver of a share")
struct StatePageWordingTests {
    @Test("The national-share sentence escapes '<0.1%' and stays valid markup", arguments: [BriefLanguage.english, .korean])
    func sliverShare(language: BriefLanguage) throws {
        let california = try #require(USState.named("CA"))
        let line = StatePageWording(language: language)
            .nationalShareLine(california, share: "<0.1%", total: Money(wholeDollars: 268_000_000_000), states: 30)
        #expect(line.contains("<b>&lt;0.1%</b>"), "\(line)")
        let typesetter = Typesetter()
        let text = try typesetter.layout(markup: line, font: Font(family: "DejaVu Sans", size: 9), width: 400).text
        #expect(text.contains("<0.1%") && !text.contains("<b>"), "\(text)")
    }

    @Test("English names the District of Columbia with its article: 'tracked in the District of Columbia', 'The District of Columbia holds'")
    func theDistrictOfColumbia() throws {
        let dc = try #require(USState.named("DC"))
        let words = StatePageWording(language: .english)
        #expect(words.pageSubtitle(dc) == "Korean manufacturing investment tracked in the District of Columbia")
        #expect(words.title(dc) == "Korean investment in the District of Columbia")
        #expect(words.projectsHeading(dc) == "Projects in the District of Columbia")
        #expect(words.glance(dc) == "The District of Columbia at a glance")
        #expect(words.nationalShareLine(dc, share: "74%", total: Money(wholeDollars: 3_400_000_000), states: 3).hasPrefix("The District of Columbia holds "))
        #expect(words.noInvestment(dc).contains("tracked in the District of Columbia in this dataset"))
        #expect(words.outlinedNoInvestment(dc) == "The District of Columbia, outlined, has no tracked investment")
        #expect(words.sharedNote(dc).hasPrefix("Amounts are the District of Columbia’s part"))
        // A label keeps the bare name; other states have no article.
        #expect(words.pageTitle(dc) == "District of Columbia")
        let georgia = try #require(USState.named("GA"))
        #expect(words.pageSubtitle(georgia) == "Korean manufacturing investment tracked in Georgia")
    }
}
