import BriefData
import Foundation
import StressData
import Testing
import TestSupport
@testable import TradeBrief

/// The page of a state without tracked investment is one page: it lists the
/// source of every investment of the dataset while that list fits the page,
/// and otherwise says where they are listed (the full brief's Sources; a count
/// here would disagree with the dateline's and the map's, which count credits),
/// rather than run to three or four pages of them.
@Suite("A state without investment gets one page, in English and Korean")
struct EmptyStatePageTests {
    static let datasets: [(String, @Sendable () throws -> Dataset)] = [
        ("embedded", { try Dataset.embedded() }),
        ("stress-43", { try Brief(.investmentsCSV(StressDataset.standard.csv(), name: StressDataset.standard.fileName)).dataset }),
        ("stress-100", { try Brief(.investmentsCSV(StressDataset.large.csv(), name: StressDataset.large.fileName)).dataset }),
    ]

    @Test("Alaska and Wyoming: one page; every source listed where they fit, else where they are listed",
          arguments: [BriefLanguage.english, .korean])
    func onePage(language: BriefLanguage) async throws {
        for (name, load) in Self.datasets {
            let dataset = try load()
            let sources = NationalPicture(dataset: dataset, language: language).allSourceIDs.count
            let pages = StatePages(dataset: dataset, creationDate: Date(timeIntervalSince1970: 1_745_366_400), language: language)
            for artifact in try await pages.render(states: ["AK", "WY"], workers: 1) {
                let context = "\(name) \(language) \(artifact.relativePath) (\(sources) sources)"
                #expect(artifact.pageCount == 1, "\(context): \(artifact.pageCount ?? 0) pages")
                let text = try TemporaryItems.withFile(artifact.data, suffix: ".pdf") { try Checker.output("pdftotext", [$0, "-"]) }
                let pointer = language == .korean ? "이 투자들의 출처는 전체 브리프의 출처 목록에 있다" : "The sources of these investments are listed in the full brief’s Sources"
                let flat = text.replacingOccurrences(of: "\n", with: " ")
                let lines = Set(text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
                if name == "embedded" {
                    // Its few sources fit: each is listed, numbered, before the note on how totals are computed.
                    #expect(!flat.contains(pointer), "\(context)")
                    #expect(lines.contains("\(sources + 1)."), "\(context): not every source listed")
                } else {
                    #expect(flat.contains(pointer), "\(context): \(flat.suffix(400))")
                    #expect(!lines.contains("2."), "\(context): sources listed")
                }
            }
        }
    }
}
