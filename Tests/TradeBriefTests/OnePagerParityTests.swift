import BriefData
import Foundation
import StressData
import Testing
import TestSupport
@testable import TradeBrief

/// A state's English and Korean one-pagers say the same things. The two may
/// take different fits of the ladder (Korean type is taller: a page that fits
/// in its fullest form in English may need the compact one in Korean), so
/// every fit shows the same facts: the compact form keeps the sector chart's
/// subtitle, which says what its amounts are.
@Suite("English and Korean one-pagers show the same facts")
struct OnePagerParityTests {
    /// The text of each one-pager of `dataset` in `language`, by state code (pdftotext).
    static func texts(_ dataset: Dataset, language: BriefLanguage) async throws -> [String: String] {
        let pages = StatePages(dataset: dataset, creationDate: Date(timeIntervalSince1970: 1_745_366_400), language: language)
        var texts: [String: String] = [:]
        for artifact in try await pages.render(states: pages.investedStates, workers: 1) {
            let code = String(artifact.relativePath.dropFirst(StatePages.folder.count + 1).prefix(2))
            texts[code] = try TemporaryItems.withFile(artifact.data, suffix: ".pdf") { try Checker.output("pdftotext", [$0, "-"]) }
        }
        return texts
    }

    @Test("Every state's sector chart says what its amounts are, in English and in Korean, whatever fit the page takes")
    func sectorSubtitleInBothLanguages() async throws {
        let dataset = try Brief(.investmentsCSV(StressDataset.standard.csv(), name: StressDataset.standard.fileName)).dataset
        let english = try await Self.texts(dataset, language: .english), korean = try await Self.texts(dataset, language: .korean)
        #expect(english.count == korean.count && english.count > 20)
        let national = NationalPicture(dataset: dataset)
        for (code, text) in english.sorted(by: { $0.key < $1.key }) {
            let state = try #require(USState.named(code))
            let split = (national.projects[code] ?? []).contains { $0.investment.states.count > 1 }
            let words = (StatePageWording(language: .english), StatePageWording(language: .korean))
            let subtitles = split ? (words.0.partOfEachProject(state), words.1.partOfEachProject(state)) : (words.0.dollars, words.1.dollars)
            let lines = (Set(text.split(separator: "\n").map(String.init)), Set((korean[code] ?? "").split(separator: "\n").map(String.init)))
            #expect(lines.0.contains(subtitles.0), "\(code) English: no '\(subtitles.0)'")
            #expect(lines.1.contains(subtitles.1), "\(code) Korean: no '\(subtitles.1)'")
        }
    }
}
