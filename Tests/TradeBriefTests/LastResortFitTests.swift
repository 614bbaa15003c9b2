import BriefData
import Foundation
import StressData
import Testing
@testable import TradeBrief

/// The sector chart's subtitle is the last thing a one-pager gives up to stay
/// on one page: with the 100-row list the Korean Kentucky and Ohio pages were
/// 25 pt too tall with it in their most compact form and ran to two pages.
@Suite("A one-pager gives up its sector subtitle before it takes a second page")
struct LastResortFitTests {
    @Test("The 100-row list's Korean KY and OH pages fit one page; the ladder tries the subtitle last")
    func koreanBusyPagesFit() async throws {
        let dataset = try Brief(.investmentsCSV(StressDataset.large.csv(), name: StressDataset.large.fileName)).dataset
        let pages = StatePages(dataset: dataset, creationDate: Date(timeIntervalSince1970: 1_745_366_400), language: .korean)
        for artifact in try await pages.render(states: ["KY", "OH"], workers: 1) {
            #expect(artifact.pageCount == 1, "\(artifact.relativePath): \(artifact.pageCount ?? 0) pages")
        }
        let ladder = StatePageFit.ladder(smallSize: 8)
        let untitled = ladder.indices.filter { !ladder[$0].sectorSubtitle }
        #expect(untitled.count == 2, "the last compact form and the one that refers to the brief's sources")
        #expect(untitled.first == ladder.count - 2)
    }
}
