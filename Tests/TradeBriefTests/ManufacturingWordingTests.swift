@testable import BriefCharts
import BriefData
import BriefRender
import Foundation
import Testing
import TestSupport
import TradeBrief

/// The embedded dataset's projects are manufacturing investment (its sources
/// say so); a user's CSV says nothing of what its rows are, so with
/// `--investments` no output calls them manufacturing: charts, the brief and
/// its PDF subject, the one-pagers and theirs, in English and Korean.
@Suite("What a CSV's amounts are called")
struct ManufacturingWordingTests {
    static let csv = """
        company,project,sector,states,amount_usd,source,url
        Hanwha Q Cells,Solar factory,Solar,GA,2500M,Desk,https://example.com/a
        Alpha,Plant,Batteries,KY;TN,900M,Desk,https://example.com/b
        """

    /// The words that call the amounts manufacturing investment, in `language`.
    static func manufacturing(_ language: BriefLanguage) -> [String] {
        language == .korean ? ["제조업 투자액", "한국 제조업 투자"] : ["manufacturing investment"]
    }

    static func brief(csv: Bool, _ language: BriefLanguage) throws -> Brief {
        var brief = try csv ? Brief(.investmentsCSV(Self.csv, name: "mine.csv")) : Brief()
        brief.language = language
        return brief
    }

    /// The PDF's text, words joined by single spaces, and its document subject.
    static func text(_ pdf: Data) throws -> (text: String, subject: String) {
        try TemporaryItems.withFile(pdf, suffix: ".pdf") { path in
            let text = try Checker.output("pdftotext", [path, "-"]).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let subject = try Checker.output("pdfinfo", ["-enc", "UTF-8", path]).split(separator: "\n")
                .first { $0.hasPrefix("Subject:") }.map { $0.dropFirst("Subject:".count).trimmingCharacters(in: .whitespaces) } ?? ""
            return (text, subject)
        }
    }

    @Test("Chart subtitles: 'Announced investment' with a CSV, 'Announced manufacturing investment' with the embedded data",
          arguments: [BriefLanguage.english, .korean])
    func charts(_ language: BriefLanguage) throws {
        func subtitle(_ brief: Brief, _ name: String) throws -> String {
            try #require((try brief.chart(name, language: language).chart as? any TitledChart)?.subtitle)
        }
        for name in ["state-bars", "sector-bars", "state-sector", "state-map"] {
            let mine = try subtitle(try Self.brief(csv: true, language), name)
            for words in Self.manufacturing(language) { #expect(!mine.contains(words), "\(name): \(mine)") }
            #expect(mine.contains(language == .korean ? " 투자액(미국 달러)" : "Announced investment"), "\(name): \(mine)")
            let embedded = try subtitle(try Self.brief(csv: false, language), name)
            #expect(embedded.contains(language == .korean ? " 제조업 투자액(미국 달러)" : "Announced manufacturing investment"), "\(name): \(embedded)")
        }
    }

    @Test("The brief and its PDF subject", arguments: [BriefLanguage.english, .korean])
    func brief(_ language: BriefLanguage) throws {
        let mine = try Self.text(try Self.brief(csv: true, language).render())
        for words in Self.manufacturing(language) {
            #expect(!mine.text.contains(words), "\(words)")
            #expect(!mine.subject.contains(words), "\(mine.subject)")
        }
        #expect(mine.subject == (language == .korean ? "미국 각 주의 한국 투자, 교역 수지, 그리고 협력의 다음 단계"
                                 : "Korean investment in U.S. states, the trade balance, and where cooperation goes next"))
        let embedded = try Self.text(try Self.brief(csv: false, language).render())
        #expect(embedded.subject == (language == .korean ? "미국 각 주의 한국 제조업 투자, 교역 수지, 그리고 협력의 다음 단계"
                                     : "Korean manufacturing investment in U.S. states, the trade balance, and where cooperation goes next"))
        #expect(embedded.text.contains(Self.manufacturing(language)[0]))
    }

    @Test("One-pagers: title line, sentences and PDF subject, for a state with and without investment",
          arguments: [BriefLanguage.english, .korean])
    func onePagers(_ language: BriefLanguage) throws {
        let words = language == .korean ? "한국 제조업 투자" : "Korean manufacturing investment"
        for csv in [true, false] {
            let pages = StatePages(dataset: try Self.brief(csv: csv, language).dataset, language: language)
            for state in ["GA", "WY"] {
                let page = try Self.text(try pages.render(state: state, typesetter: Typesetter()).data)
                #expect(page.text.contains(words) == !csv, "\(state), csv \(csv): \(page.text)")
                #expect(page.subject.contains(words) == !csv, "\(state), csv \(csv): \(page.subject)")
            }
        }
    }
}
