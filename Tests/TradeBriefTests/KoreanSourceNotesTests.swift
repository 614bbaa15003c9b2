import BriefData
import BriefDocument
import BriefLayout
import BriefRender
import Foundation
import Testing
@testable import TradeBrief

/// The Korean edition gives every source's note (its corrections and caveats)
/// as the English one does: the embedded sources' notes in Korean, a note
/// without a Korean text as written (finding 3 of the tenth session's review).
@Suite("Source notes in the Korean edition")
struct KoreanSourceNotesTests {
    /// The texts of the list under the heading `heading` in `blocks`.
    static func notes(_ blocks: [Block], after heading: String) -> [String] {
        var seen = false
        for block in blocks {
            if case .heading(let text, _) = block { seen = text == heading }
            if seen, case .sourceNotes(let notes) = block { return notes.map(\.text) }
        }
        return []
    }

    /// The Korean default brief's Sources list for `dataset`.
    static func koreanSources(_ dataset: Dataset) throws -> [String] {
        let document = try #require(BundledBriefs.defaultBrief(for: .korean))
        return notes(DocumentResolver(document: document, dataset: dataset).resolve().blocks, after: "출처")
    }

    /// Every match of `regex` in `text`, as the value ``KoreanBriefTests/value(_:)`` reads.
    static func values(_ text: String, _ regex: Regex<Substring>) -> [String] {
        text.matches(of: regex).map { KoreanBriefTests.value(String($0.output)) }.sorted()
    }

    @Test("Every embedded source note has a Korean text with the same amounts, years, acronyms and web names")
    func embeddedNotesTranslated() throws {
        let sources = try Dataset.embedded().sources.filter { $0.note != nil }
        #expect(sources.count == 9)
        for source in sources {
            let english = try #require(source.note), korean = try #require(source.noteKorean, "\(source.id) has no Korean note")
            #expect(HangulWords.containsHangul(korean), "\(source.id)")
            #expect(Self.values(english, #/\$[0-9.,]+ billion/#) == Self.values(korean, #/[0-9,]+억(?: [0-9,]+만)? 달러/#),
                    "\(source.id): amounts differ")
            let kept: [Regex<Substring>] = [#/\b(?:19|20)[0-9]{2}\b/#, #/\b[A-Z]{3,}\b/#, #/[a-z]+\.com\b/#]
            for pattern in kept {
                for match in english.matches(of: pattern) {
                    #expect(korean.contains(match.output), "\(source.id): \(match.output) is missing from \(korean)")
                }
            }
            #expect(source.note(in: .korean) == korean)
            #expect(source.note(in: .english) == english)
        }
    }

    @Test("The Korean brief's Sources list gives each cited source's Korean note, and the CSIS publisher in Korean")
    func briefSources() throws {
        let dataset = try Dataset.embedded()
        let notes = try Self.koreanSources(dataset)
        // Nine sources, the line naming the four only the charts and tables draw on (6–9), and the computed note.
        #expect(notes.count == 11)
        #expect(notes.contains("6–9번 출처는 본문에 인용되지 않았으며 차트와 표에 사용되었다."), "\(notes)")
        for id in ["csis-2025", "skhynix-2024", "motie-2025", "census-2024", "ford-2021", "skhynix-site"] {
            let korean = try #require(dataset.source(id)?.noteKorean)
            #expect(notes.contains { $0.contains(korean) }, "the Korean Sources list lacks the note of \(id)")
        }
        #expect(notes.first?.hasPrefix("Philip Luck, Erin L. Murphy, “U.S.-ROK Negotiations") == true, "\(notes.first ?? "")")
        #expect(notes.first?.contains("미국 전략국제문제연구소(CSIS), 2025-04-23.") == true)
        #expect(!notes.contains { $0.contains("Authors and publication date") || $0.contains("reporting the annual") })
    }

    @Test("A note without a Korean text is shown in the Korean edition as written, not dropped")
    func untranslatedNoteKept() throws {
        var dataset = try Dataset.embedded()
        let index = try #require(dataset.sources.firstIndex { $0.id == "census-2024" })
        dataset.sources[index].noteKorean = nil
        let english = try #require(dataset.sources[index].note)
        #expect(try Self.koreanSources(dataset).contains { $0.contains(english) })
    }

    @Test("A CSV's rows without a source: the Korean brief and one-pager name them and warn in Korean")
    func unsourcedCSVRows() throws {
        let csv = "company,sector,states,amount_usd,source,url\nAcme Korea,Batteries,OH,1.2B,,\nBeta,Steel,OH,900M,Reuters,https://e.com/b\n"
        let dataset = try Brief(.investmentsCSV(csv, name: "mine.csv")).dataset
        let warning = "“CSV 파일에 출처가 없음”, mine.csv. 이 항목에 해당하는 행들은 파일에 출처도 URL도 없으니, 확인한 뒤에 근거로 삼아야 한다."
        let brief = try Self.koreanSources(dataset)
        #expect(brief.contains { $0.hasPrefix(warning) }, "\(brief)")
        let state = try #require(USState.named("OH"))
        let page = StatePageComposer(dataset: dataset, state: state, theme: .standard,
                                     national: NationalPicture(dataset: dataset, language: .korean), language: .korean).sourceNotes().map(\.text)
        #expect(page.contains(warning), "\(page)")
        for text in brief + page { #expect(!text.contains("Not stated") && !text.contains("check them"), "\(text)") }
        let english = StatePageComposer(dataset: dataset, state: state, theme: .standard, national: NationalPicture(dataset: dataset)).sourceNotes()
        #expect(english.contains { $0.text.hasPrefix("“Not stated in the CSV file”, mine.csv. The rows that cite this source") })
    }

    @Test("A Korean one-pager lists its sources with their Korean notes")
    func statePageSources() throws {
        let dataset = try Dataset.embedded()
        let state = try #require(USState.named("IN"))
        let notes = StatePageComposer(dataset: dataset, state: state, theme: .standard,
                                      national: NationalPicture(dataset: dataset, language: .korean), language: .korean).sourceNotes().map(\.text)
        let location = try #require(dataset.source("skhynix-2024")?.noteKorean)
        #expect(notes.contains { $0.hasSuffix(location) }, "\(notes)")
        #expect(notes.contains { $0.contains("저자와 발행일은") })
    }
}
