import Foundation
import StressData
import Testing
@testable import BriefData

/// The stress-data generator (`Tests/Support/StressData`) and the lists it
/// wrote into `Examples/stress`: what the other tests lean on.
@Suite("Stress dataset")
struct StressDatasetTests {
    /// `Examples/stress` in this checkout.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples/stress")

    private static let sizes: [StressDataset] = [
        .standard, .large, StressDataset(seed: 1, investments: 40, states: 20, sectors: 25),
        StressDataset(seed: 99, investments: 70, states: 26, sectors: 22),
    ]

    @Test("The committed lists are what the generator writes for their seeds", arguments: [StressDataset.standard, .large])
    func committedFilesAreReproducible(dataset: StressDataset) throws {
        let committed = try String(contentsOf: Self.folder.appendingPathComponent(dataset.fileName), encoding: .utf8)
        #expect(committed == dataset.csv(), "regenerate with `swift run tradebrief-stress --write Examples/stress`")
    }

    @Test("The same seed gives the same bytes; another seed another list")
    func seeded() {
        #expect(StressDataset.standard.csv() == StressDataset.standard.csv())
        var other = StressDataset.standard
        other.seed += 1
        #expect(other.csv() != StressDataset.standard.csv())
    }

    @Test("Every list reads without a problem and has the sizes asked for", arguments: sizes)
    func readsCleanly(dataset: StressDataset) throws {
        let result = try InvestmentCSV.parse(Data(dataset.csv().utf8), file: dataset.fileName)
        #expect(result.warnings.isEmpty)
        #expect(result.investments.count == dataset.investments)
        #expect(Set(result.investments.flatMap { $0.states.map(\.state) }).count == dataset.states)
        #expect(Set(result.investments.map(\.sector)).count == dataset.sectors)
        let amounts = result.investments.map(\.amount)
        #expect(amounts.min() == Money(dollars: Decimal(StressDataset.smallestUSD)))
        #expect(amounts.max() == Money(dollars: Decimal(StressDataset.largestUSD)))
        // The amounts as written in the file mean what the generator meant.
        let rows = dataset.rows()
        #expect(result.investments.map(\.amount) == rows.map { Money(dollars: Decimal($0.amountUSD)) })
    }

    @Test("The lists hold what breaks charts: multi-state rows with and without shares, Hangul, long names, every amount form")
    func coversTheHardCases() {
        for dataset in [StressDataset.standard, .large] {
            let rows = dataset.rows()
            #expect(rows.contains { $0.states.contains(";") && $0.states.contains("=") })
            #expect(rows.contains { $0.states.contains(";") && !$0.states.contains("=") })
            #expect(rows.filter { $0.company.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) } }.count >= 5)
            #expect(rows.contains { $0.company.count > 50 })
            #expect(rows.contains { $0.amountText.hasSuffix("B") && $0.amountText.hasPrefix("$") })
            #expect(rows.contains { $0.amountText.hasSuffix("billion") })
            #expect(rows.contains { $0.amountText.contains(",") })
            #expect(rows.contains { $0.year == nil })
        }
    }
}
