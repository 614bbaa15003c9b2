import BriefCharts
import BriefData
import BriefDocument
import Foundation
import StressData
import Testing
@testable import TradeBrief

/// Amounts a reader sees together follow one rule for decimals
/// (`MoneyFormat.short(_:symbol:)` for a set): the key-figure cards, the
/// brief's investments table and a one-pager's Amount column write `$3.0B`
/// beside `$3.9B` or `$65.5B`, never `$3B`.
@Suite("Cards and Amount columns: one rule for decimals per set")
struct AmountSetTests {
    static func dataset(_ rows: [String]) throws -> Dataset {
        let csv = "company,sector,states,amount_usd\n" + rows.joined(separator: "\n") + "\n"
        return try Brief(.investmentsCSV(csv, name: "mine.csv")).dataset
    }

    /// `$15.9B` → (`B`, 15.9, 1 decimal); nil for anything else (`#1`, `2.3%`, `$0`).
    static func parts(_ text: String) -> (unit: Character, value: Double, decimals: Int)? {
        guard text.hasPrefix("$"), let unit = text.last, "KMBT".contains(unit) else { return nil }
        let digits = text.dropFirst().dropLast()
        guard let value = Double(digits) else { return nil }
        return (unit, value, digits.split(separator: ".").dropFirst().first?.count ?? 0)
    }

    /// The decimals counts of `texts`' amounts under 100 of their unit (a label of
    /// 100 or more has its three digits before the point), by unit.
    static func decimals(_ texts: [String]) -> [Character: Set<Int>] {
        var found: [Character: Set<Int>] = [:]
        for text in texts {
            guard let amount = parts(text), amount.value < 100 else { continue }
            found[amount.unit, default: []].insert(amount.decimals)
        }
        return found
    }

    @Test("The cards: the tracked $3B beside $65.5B of exports is $3.0B")
    func cards() throws {
        let dataset = try Self.dataset(["A,Solar,GA,1B", "B,Steel,TX,2B"])
        let values = try KeyFiguresChart(dataset: dataset).figures.map(\.value)
        #expect(values == ["#1", "2.3%", "$65.5B", "$3.0B"], "\(values)")
        let korean = try KeyFiguresChart(dataset: dataset, language: .korean).figures.map(\.value)
        #expect(korean == ["1위", "2.3%", "655억 달러", "30억 달러"], "\(korean)")
    }

    @Test("The brief's investments table: $3.0B beside $3.9B, $50.0M beside $91.7M")
    func briefTable() throws {
        let dataset = try Self.dataset(["A,Solar,GA,3.87B", "B,Steel,TX,3B", "C,Steel,OH,91.7M", "D,Steel,OH,50M", "E,Steel,OH,877M"])
        let amounts = InvestmentTable(dataset: dataset).table().rows.map { $0[4] }
        #expect(amounts == ["$3.9B", "$3.0B", "$877M", "$91.7M", "$50.0M"], "\(amounts)")
    }

    @Test("A one-pager's Amount column: the state's parts and the wholes they are of are one set")
    func onePagerTable() throws {
        let dataset = try Self.dataset(["A,Solar,GA,3B", "B,Steel,GA;TN,7.8B", "C,Steel,GA,40B"])
        let georgia = try #require(USState.named("GA"))
        let composer = StatePageComposer(dataset: dataset, state: georgia, theme: .standard, national: NationalPicture(dataset: dataset))
        let cells = composer.projectTable(koreanNames: false, cellSize: 9).rows.map { $0[3] }
        #expect(cells.count == 3)
        #expect(cells.first == "$40.0B", "\(cells)")
        #expect(cells.contains { $0.hasPrefix("$3.9B *\n") && $0.contains("of $7.8B") }, "\(cells)")
        #expect(cells.last == "$3.0B", "\(cells)")
    }

    @Test("The stress lists: each table's Amount column and the cards have one decimals count per unit below 100",
          arguments: [StressDataset.standard, .large])
    func stress(_ stress: StressDataset) throws {
        let dataset = try Brief(.investmentsCSV(stress.csv(), name: stress.fileName)).dataset
        let table = InvestmentTable(dataset: dataset).table().rows.map { $0[4] }
        #expect(Self.decimals(table).values.allSatisfy { $0.count == 1 }, "\(Self.decimals(table))")
        #expect(Self.decimals(table)["B"] == [1], "\(stress.fileName): the test does not test")
        let cards = try KeyFiguresChart(dataset: dataset).figures.map(\.value)
        #expect(Self.decimals(cards).values.allSatisfy { $0.count == 1 }, "\(cards)")
        let national = NationalPicture(dataset: dataset)
        var shown = 0
        for code in StatePages(dataset: dataset).investedStates {
            let composer = StatePageComposer(dataset: dataset, state: try #require(USState.named(code)), theme: .standard, national: national)
            let cells = composer.projectTable(koreanNames: false, cellSize: 9).rows.map { $0[3] }
            let amounts = cells.flatMap { $0.split(separator: "\n") }.compactMap { line -> String? in
                // `$2.2B *`, `<span …>of $4.9B</span>`: the amount itself.
                line.split(separator: " ").map { String($0).replacingOccurrences(of: "</span>", with: "") }.first { $0.hasPrefix("$") }
            }
            shown += amounts.count
            #expect(Self.decimals(amounts).values.allSatisfy { $0.count == 1 }, "\(code): \(cells)")
        }
        #expect(shown > dataset.investments.count)
    }
}
