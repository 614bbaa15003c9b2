import Foundation
import Testing
import TestSupport

/// A synthetic investments CSV: `rows` rows over `states` states.
func syntheticCSV(rows: Int, states: Int) -> String {
    let codes = ["GA", "KY", "TN", "IN", "AL", "TX", "OH", "MI", "SC", "NC", "AZ", "NY", "CA", "IL", "PA", "VA", "WA", "OR", "NV", "UT",
                 "CO", "NM", "OK", "KS", "NE", "IA", "MN", "WI", "MO", "AR", "LA", "MS", "FL", "WV", "MD", "DE", "NJ", "CT", "RI", "MA",
                 "VT", "NH", "ME", "ND", "SD", "MT", "WY", "ID", "AK", "HI", "DC"]
    let sectors = ["Semiconductors", "Batteries", "Electric vehicles", "Solar", "Shipbuilding"]
    var text = "company,project,sector,states,amount_usd,year,source,url\n"
    for index in 0..<rows {
        let state = codes[index % min(states, codes.count)]
        text += "Company \(index + 1),Plant \(index + 1),\(sectors[index % sectors.count]),\(state),\((index % 9 + 1) * 110)M,2024,Test source,https://example.org/\(index)\n"
    }
    return text
}

@Suite("Users' own data: --investments, data and validate")
struct UserDataTests {
    @Test("data --by state --format json prints key, label, amount_usd and projects that add up")
    func dataJSON() throws {
        let result = try CLI.run(["data", "--by", "state", "--format", "json"])
        #expect(result.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 4)
        #expect(rows.first?["key"] as? String == "GA")
        #expect(rows.first?["label"] as? String == "Georgia")
        #expect((rows.first?["amount_usd"] as? NSNumber)?.int64Value == 7_900_000_000)
        #expect(rows.first?["projects"] as? Int == 2)
        let total = rows.compactMap { ($0["amount_usd"] as? NSNumber)?.int64Value }.reduce(0, +)
        #expect(total == 23_170_000_000)
        #expect(result.stderr.isEmpty)
    }

    @Test("data --format csv and table agree with the JSON", arguments: ["csv", "table"])
    func dataOtherFormats(format: String) throws {
        let result = try CLI.run(["data", "--by", "sector", "--format", format] + (format == "table" ? ["--exact"] : []))
        #expect(result.status == 0)
        #expect(result.stdout.contains("Batteries"))
        #expect(result.stdout.contains(format == "csv" ? "11400000000" : "$11,400,000,000"))
    }

    @Test("validate reports every problem with file, line and column, and exits 3")
    func validateErrors() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.csv")
        try Data("company,sector,states,amount_usd\nX,Solar,XX,3.87 bn\nY,Solar,GA,-5B\n".utf8).write(to: file)
        let result = try CLI.run(["validate", file.path])
        #expect(result.status == 3)
        #expect(result.stderr.contains("bad.csv:2:3: column 'states'"))
        #expect(result.stderr.contains("bad.csv:2:4: column 'amount_usd': '3.87 bn' is not an amount"))
        #expect(result.stderr.contains("bad.csv:3:4: column 'amount_usd'"))
    }

    @Test("A bad CSV makes build fail with status 3 and write nothing")
    func buildWithBadCSV() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.csv")
        try Data("company,sector,states\nX,Solar,GA\n".utf8).write(to: file)
        let out = folder.appendingPathComponent("out")
        let result = try CLI.run(["build", "--investments", file.path, "--out", out.path])
        #expect(result.status == 3)
        #expect(result.stderr.contains("amount_usd"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("A 40-row CSV makes a brief whose investments table spans pages with its header repeated")
    func fortyRowBrief() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("forty.csv")
        try Data(syntheticCSV(rows: 40, states: 20).utf8).write(to: file)
        let result = try CLI.run(["build", "--investments", file.path, "--out", folder.path, "--format", "pdf", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try Checker.output("pdftotext", ["-layout", folder.appendingPathComponent("brief.pdf").path, "-"])
        let pages = text.components(separatedBy: "\u{0C}").filter { $0.contains("Company") && $0.contains("Amount") && $0.contains("Company 1") }
        #expect(pages.count >= 2, "the table should span at least two pages, each with its header")
        #expect(text.contains("Company 40"))
    }

    @Test("More investments than a brief holds: the table lists the largest and says how many more")
    func longListSummarised() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("many.csv")
        try Data(syntheticCSV(rows: 90, states: 51).utf8).write(to: file)
        let result = try CLI.run(["build", "--investments", file.path, "--out", folder.path, "--format", "pdf", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try Checker.output("pdftotext", [folder.appendingPathComponent("brief.pdf").path, "-"])
        #expect(text.contains("30 more"))
        #expect(!text.contains("tradebrief data"), "no command line in printed output")
    }

    @Test("A style that does not parse is a located error with status 4, and nothing is written")
    func badStyle() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let style = folder.appendingPathComponent("mine.yaml")
        try Data("extends: default\ncolors:\n  acent: \"#123456\"\n".utf8).write(to: style)
        let out = folder.appendingPathComponent("out")
        let result = try CLI.run(["build", "--style", style.path, "--out", out.path])
        #expect(result.status == 4)
        #expect(result.stderr.contains("mine.yaml:3:3: key 'colors.acent'"))
        #expect(result.stderr.contains("did you mean 'colors.accent'?"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("styles lists the shipped styles; --style grayscale builds")
    func styles() throws {
        let list = try CLI.run(["styles"])
        for name in ["default", "colorblind", "grayscale"] { #expect(list.stdout.contains(name)) }
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CLI.run(["build", "--style", "grayscale", "--out", folder.path, "--format", "svg", "--quiet"]).status == 0)
        let manifest = try String(contentsOf: folder.appendingPathComponent("manifest.json"), encoding: .utf8)
        #expect(manifest.contains("grayscale.yaml"))
    }
}
