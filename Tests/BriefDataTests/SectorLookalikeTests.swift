import Foundation
import Testing
@testable import BriefData

/// Sectors whose names differ only in letter case or invisible characters are
/// counted apart, as written, with a warning that names them (an adversarial
/// pass found three `Solar` bars of three colours, with no word about it).
@Suite("Look-alike sectors: kept apart, as written, with a warning")
struct SectorLookalikeTests {
    private func csv(_ sectors: [String]) -> Data {
        let rows = sectors.enumerated().map { "Acme \($0.offset),\($0.element),GA,$1B,Acme (2025),https://example.com/\($0.offset)" }
        return Data((["company,sector,states,amount_usd,source,url"] + rows).joined(separator: "\n").utf8)
    }

    @Test("Case and invisible characters: one warning a group, the names as written, the invisible ones shown")
    func warned() throws {
        let sectors = ["Solar", "Batteries", "solar", "SOLAR", "Solar\u{200B}", "batteries", "Steel"]
        let result = try InvestmentCSV.parse(csv(sectors), file: "s.csv")
        #expect(Set(result.investments.map(\.sector)).count == 7, "nothing is merged")
        #expect(result.warnings.map(\.description) == [
            "s.csv: the sectors 'Solar', 'solar', 'SOLAR' and 'Solar<U+200B>' differ only in letter case or in characters that cannot be seen, "
                + "so they are counted as 4 sectors; write them alike if they are one",
            "s.csv: the sectors 'Batteries' and 'batteries' differ only in letter case or in characters that cannot be seen, "
                + "so they are counted as 2 sectors; write them alike if they are one",
        ])
        let totals = try InvestmentCSV.totals(csv(sectors), file: "s.csv", by: .state)
        #expect(totals.warnings == result.warnings, "validate and data warn as build does")
    }

    @Test("Different sectors, and the same sector written alike, give no warning", arguments: [
        ["Solar", "Solar", "Batteries"], ["배터리", "태양광", "Batteries"], ["Auto parts", "Autoparts"],
    ])
    func notWarned(_ sectors: [String]) throws {
        let result = try InvestmentCSV.parse(csv(sectors), file: "s.csv")
        #expect(!result.warnings.contains { $0.message.contains("differ only") }, "\(result.warnings)")
    }
}
