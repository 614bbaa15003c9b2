import Foundation
import Testing

@Suite("What users read at the terminal")
struct ReadableOutputTests {
    @Test("a mistyped command suggests the closest one, exit 2, nothing else run", arguments: [("biuld", "build"), ("chrat", "chart"), ("dta", "data"), ("vaildate", "validate")])
    func didYouMean(_ typed: String, _ meant: String) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run([typed], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown command '\(typed)'. Did you mean '\(meant)'?"), "\(result.stderr)")
        #expect(CLI.files(in: folder).isEmpty, "a mistyped command built something")
    }

    @Test("a word far from every command gets no suggestion, still exit 2")
    func noSuggestion() throws {
        let result = try CLI.run(["photosynthesis"])
        #expect(result.status == 2 && result.stderr.contains("unknown command 'photosynthesis'.") && !result.stderr.contains("Did you mean"))
    }

    @Test("the data table prints amounts as the charts do ($7.9B); --exact gives every cent; CSV and JSON stay exact")
    func dataTable() throws {
        let table = try CLI.run(["data", "--by", "state"])
        #expect(table.status == 0)
        #expect(table.stdout.contains("$7.9B") && !table.stdout.contains("$23,170,000,000"))
        #expect(!table.stdout.contains("$7,900,000,000"))
        let exact = try CLI.run(["data", "--by", "state", "--exact"])
        #expect(exact.stdout.contains("$7,900,000,000") && exact.stdout.contains("$23,170,000,000"))
        let csv = try CLI.run(["data", "--by", "state", "--format", "csv"])
        #expect(csv.stdout.contains("GA,Georgia,7900000000,"))
    }

    @Test("Korean company names keep the table's columns aligned (Hangul takes two columns)")
    func wideCharacters() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("ko.csv")
        try "company,sector,states,amount_usd\n삼성전자,Semiconductors,TX,17B\nAcme,Solar,GA,1B\n".write(to: csv, atomically: true, encoding: .utf8)
        let result = try CLI.run(["data", "--by", "company", "--investments", csv.path])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init).filter { $0.contains("$") }
        // The amount column ends at the same terminal column on every row.
        func columns(_ text: String) -> Int {
            text.unicodeScalars.reduce(0) { $0 + ((0xAC00...0xD7A3).contains($1.value) ? 2 : 1) }
        }
        let ends = lines.map { line -> Int in
            let upTo = line.range(of: "B ")?.lowerBound ?? line.endIndex
            return columns(String(line[..<upTo]))
        }
        #expect(Set(ends).count == 1, "\(result.stdout)")
    }

    @Test("validate's summary counts investments, states and sectors")
    func validateSummary() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let result = try CLI.run(["validate", root.appendingPathComponent("Examples/investments.csv").path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("4 investment(s)") && result.stdout.contains("state(s) and 4 sector(s)"), "\(result.stdout)")
    }

    @Test("build --format png writes each page of the brief as brief-N.png; the default build writes the brief as PDF only")
    func briefPages() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let png = folder.appendingPathComponent("png")
        #expect(try CLI.run(["build", "--format", "png", "--out", png.path, "--quiet"]).status == 0)
        let files = CLI.files(in: png)
        #expect(files.contains("brief-1.png") && files.contains("brief-4.png") && !files.contains("brief.pdf"), "\(files)")
        let manifest = try String(contentsOf: png.appendingPathComponent("manifest.json"), encoding: .utf8)
        #expect(manifest.contains("\"brief-1.png\""))
        let plain = folder.appendingPathComponent("default")
        #expect(try CLI.run(["build", "--out", plain.path, "--quiet"]).status == 0)
        #expect(!CLI.files(in: plain).contains { $0.hasPrefix("brief-") })
        #expect(CLI.files(in: plain).contains("brief.pdf"))
    }
}
