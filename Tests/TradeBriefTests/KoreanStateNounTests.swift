import BriefData
import BriefDocument
import BriefLayout
import Testing
@testable import TradeBrief

/// Korean writes 주 (“state”) after a state's name, never after 워싱턴 D.C.,
/// which is no state (finding 14 of the tenth session's review: “워싱턴 D.C.주다”).
@Suite("Korean 주 after state names, not after the District of Columbia")
struct KoreanStateNounTests {
    static let csv = "company,project,sector,states,amount_usd,source,url\nA,B,Logistics,DC,2.5B,T,https://e.com/a\nC,D,Steel,TX;OK,900M,T,https://e.com/b\n"

    /// The plain text of the Korean default brief's paragraphs and figure captions, built on `dataset`.
    static func koreanText(_ dataset: Dataset) throws -> String {
        let document = try #require(BundledBriefs.defaultBrief(for: .korean))
        return DocumentResolver(document: document, dataset: dataset).resolve().blocks.compactMap { block -> String? in
            switch block {
            case .richParagraph(let text, _): text.plain
            case .describedFigure(_, let caption): caption
            default: nil
            }
        }.joined(separator: "\n")
    }

    @Test("Every state takes 주, the District of Columbia does not")
    func nameWithNoun() throws {
        let states = USState.all.filter { $0.code != "DC" }
        #expect(states.count == 50)
        #expect(states.allSatisfy { $0.nameWithNoun(in: .korean) == $0.name(in: .korean) + "주" })
        let dc = try #require(USState.named("DC"))
        #expect(dc.nameWithNoun(in: .korean) == "워싱턴 D.C.")
        #expect(dc.nameWithNoun(in: .english) == dc.name)
        #expect(try #require(USState.named("GA")).nameWithNoun(in: .korean) == "조지아주")
    }

    @Test("The Korean brief: ‘곳은 워싱턴 D.C.다’ and ‘향한 워싱턴 D.C.는’ when DC leads; ‘조지아주다’ otherwise")
    func briefText() throws {
        let dc = try Self.koreanText(try Brief(.investmentsCSV(Self.csv, name: "two.csv")).dataset)
        #expect(!dc.contains("D.C.주"), "\(dc)")
        #expect(dc.contains("가장 많은 투자가 향한 곳은 워싱턴 D.C.다."))
        #expect(dc.contains("가장 많은 투자가 향한 워싱턴 D.C.는 "))
        let embedded = try Self.koreanText(try Dataset.embedded())
        #expect(embedded.contains("가장 많은 투자가 향한 곳은 조지아주다."))
        #expect(embedded.contains("가장 많은 투자가 향한 조지아주는 "))
    }
}
