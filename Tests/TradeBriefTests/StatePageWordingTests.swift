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
}
