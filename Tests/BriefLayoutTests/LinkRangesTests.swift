@testable import BriefLayout
import Testing

@Suite struct LinkRangesTests {
    @Test func rangesFollowSoftHyphensAndNoBreakSpaces() {
        var text = RichText("See the ")
        text.appendLink(to: .uri("https://example.org"), RichText("announcement"))
        text.append(" of $5 billion [")
        text.appendLink(to: .destination("source-1"), RichText("1"))
        text.append("]")
        // As line breaking prepares it: a soft hyphen in a long word, the amount bound with a no-break space.
        let laidOut = "See the an\u{AD}nounce\u{AD}ment of $5\u{A0}billion [1]"
        let links = LinkRanges.remap(text.links, from: text.plain, to: laidOut)
        let bytes = Array(laidOut.utf8)
        #expect(String(decoding: bytes[links[0].range], as: UTF8.self) == "an\u{AD}nounce\u{AD}ment")
        #expect(String(decoding: bytes[links[1].range], as: UTF8.self) == "1")
        #expect(links.map(\.target) == [.uri("https://example.org"), .destination("source-1")])
    }

    @Test func unchangedTextKeepsItsRanges() {
        var text = RichText("a ")
        text.appendLink(to: .destination("x"), RichText("b"))
        #expect(LinkRanges.remap(text.links, from: text.plain, to: text.plain) == text.links)
    }
}
