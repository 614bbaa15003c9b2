import Foundation
import Testing
@testable import BriefData

/// Inputs that once crashed, hung, leaked or misbehaved, found by the fuzz
/// targets in Tests/Fuzz (`make fuzz`) and by the bad-input corpus; each
/// test names what was wrong.
@Suite("Fuzz and bad-input regressions: investments CSV")
struct FuzzRegressionTests {
    private let header = "company,sector,states,amount_usd"

    private func parse(_ lines: [String]) throws(DataError) -> InvestmentCSVResult {
        try InvestmentCSV.parse(Data((lines.joined(separator: "\n") + "\n").utf8), file: "f.csv")
    }

    private func problems(_ lines: [String]) -> [String] {
        do throws(DataError) {
            _ = try parse(lines)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    private func temporaryFile(_ data: Data) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("FuzzRegression-\(UUID().uuidString).csv")
        try data.write(to: url)
        return url
    }

    @Test("A combining mark on a leading space is not trimmed away with it (fuzz amount-state: crash-a7ef58f9, \" \\u{31D}5\" read as 5)")
    func combiningMarkOnSpace() throws {
        for text in ["\u{31D}5", " \u{31D}5", "\t\u{31D}5 ", "5 \u{31D}"] {
            #expect(throws: AmountParser.Failure.self, "\(text.debugDescription)") { try AmountParser.parse(text) }
        }
        #expect(throws: StateListParser.Failure.self) { try StateListParser.parse(" \u{301}GA") }
        #expect(try AmountParser.parse("\u{A0}5\r\n") == 5)
        #expect(try StateListParser.parse(" GA\u{2003}").states == [StateShare(state: "GA")])
    }

    @Test("An empty file is read without Foundation's empty-file leak (Data(contentsOf:) kept 4 KB; LeakSanitizer)")
    func emptyFile() throws {
        let url = try temporaryFile(Data())
        defer { try? FileManager.default.removeItem(at: url) }
        do throws(DataError) {
            _ = try InvestmentCSV.load(from: url, displayName: "empty.csv")
            Issue.record("expected an error")
        } catch {
            #expect(error.problems.map(\.description) == [
                "empty.csv: the file is empty; it needs a header row naming the columns (company, sector, states, amount_usd required; project, year, source, url optional) and one row per investment",
            ])
        }
    }

    @Test("/dev/zero is refused after 256 MB instead of being read until memory runs out",
          .enabled(if: FileManager.default.fileExists(atPath: "/dev/zero")))
    func endlessDevice() {
        do throws(DataError) {
            _ = try InvestmentCSV.load(from: URL(fileURLWithPath: "/dev/zero"), displayName: "zero")
            Issue.record("expected an error")
        } catch {
            #expect(error.problems.map(\.description) == [
                "zero: the file is 268,435,457 bytes; the limit is 256 MB (268,435,456 bytes), so split it into smaller files",
            ])
        }
    }

    @Test("A regular file still loads (the size check reads its attributes)")
    func regularFile() throws {
        let url = try temporaryFile(Data("\(header)\nA,S,GA,1B\n".utf8))
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try InvestmentCSV.load(from: url).investments.count == 1)
    }

    @Test("Amounts adding up to 10^16 dollars or more are an error, not a silently wrapped 64-bit total")
    func totalOverflow() throws {
        // Each row is just under the per-row limit of 10^13; 1,000 of them stay under 10^16.
        let row = "A,S,GA,9999999999999"
        #expect(try parse([header] + Array(repeating: row, count: 1_000)).investments.count == 1_000)
        #expect(problems([header] + Array(repeating: row, count: 1_001 + 5)) == [
            "f.csv:1002:4: column 'amount_usd': with this row the amounts add up to 10^16 dollars (ten quadrillion) or more, more than the totals can hold; check the amounts (are they in dollars?), or split the file",
        ])
    }

    @Test("Over 100 different sectors is one error at the first row over the limit")
    func tooManySectors() throws {
        let rows = (1...100).map { "A,Sector \($0),GA,1M" }
        #expect(try parse([header] + rows + ["B,Sector 1,GA,1M"]).investments.count == 101)
        #expect(problems([header] + rows + ["B,Sector 101,GA,1M", "C,Sector 102,GA,1M"]) == [
            "f.csv:102:2: column 'sector': the file has 102 different sectors; the limit is 100, and 'Sector 101' on this line is the first one over it; merge similar sectors (e.g. 'Batteries' for 'Battery cells' and 'Battery packs')",
        ])
    }

    @Test("Names over 200 characters are read, with a warning that charts shorten them")
    func longLabels() throws {
        let longest = String(repeating: "é", count: 200)
        #expect(try parse(["company,project,sector,states,amount_usd", "\(longest),\(longest),\(longest),GA,1B"]).warnings.isEmpty)
        let result = try parse(["company,project,sector,states,amount_usd", "A\(longest),P,S\(longest),GA,1B"])
        #expect(result.investments.first?.company == "A" + longest)
        #expect(result.warnings.map(\.description) == [
            "f.csv:2:1: column 'company': the company is 201 characters long, over 200; charts shorten it to two lines ending in …, and in the brief's table it may not fit on a page; shorten it",
            "f.csv:2:3: column 'sector': the sector is 201 characters long, over 200; charts shorten it to two lines ending in …, and in the brief's table it may not fit on a page; shorten it",
        ])
    }

    @Test("A header with 10,000 columns gives a warning that names ten of the unknown ones, not a 200 KB line")
    func manyUnknownColumns() throws {
        let names = [header] + (5...10_000).map { "c\($0)" }
        let row = ["A,S,GA,1B"] + Array(repeating: "", count: 9_996)
        let result = try parse([names.joined(separator: ","), row.joined(separator: ",")])
        #expect(result.warnings.map(\.description) == [
            "f.csv:1: ignoring 9,996 unknown columns: 'c5' (column 5), 'c6' (column 6), 'c7' (column 7), 'c8' (column 8), 'c9' (column 9), "
                + "'c10' (column 10), 'c11' (column 11), 'c12' (column 12), 'c13' (column 13), 'c14' (column 14), and 9,986 more; "
                + "the known columns are company, sector, states, amount_usd, project, year, source, url",
        ])
    }

    @Test("UTF-16 without a byte-order mark is named as such, not just 'not a header row'")
    func utf16WithoutBOM() throws {
        let text = "company,sector,states,amount_usd\nA,S,GA,1B\n"
        var data = Data()
        for unit in text.utf16 { data.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        do throws(DataError) {
            _ = try InvestmentCSV.parse(data, file: "f.csv")
            Issue.record("expected an error")
        } catch {
            #expect(error.problems.first?.description
                == "f.csv:1: the first row has NUL bytes, so the file is probably UTF-16 text without a byte-order mark, or not text at all; save it as UTF-8 (in Excel: 'CSV UTF-8 (Comma delimited)')")
        }
    }

    @Test("Column names from the file are shown without control characters (a terminal obeys ESC) and at most 40 characters long")
    func shownColumnNames() throws {
        let long = String(repeating: "x", count: 60)
        let result = try parse(["company,sector,states,amount_usd,\u{1B}[31mred,\(long)", "A,S,GA,1B,,"])
        #expect(result.warnings.map(\.description) == [
            "f.csv:1: ignoring 2 unknown columns: '\u{FFFD}[31mred' (column 5), '\(String(repeating: "x", count: 39))…' (column 6); "
                + "the known columns are company, sector, states, amount_usd, project, year, source, url",
        ])
    }

    @Test("A file whose first row is not a header reports its syntax problems without taking that row's text for column names")
    func garbageHeader() {
        let garbage = String(repeating: "\u{FFFD}garbage", count: 20)
        #expect(problems([garbage, "a\"b,c"]) == [
            "f.csv:1: the first row names none of the known columns, so it is not a header row; start the file with a header row such as company,sector,states,amount_usd (company, sector, states, amount_usd required; project, year, source, url optional)",
            "f.csv:2:1: a quote (\") inside a field that does not start with a quote; put the whole field in quotes and write each quote inside it twice, e.g. \"5\"\" screen\"",
        ])
    }

    @Test("NUL and other control characters in names are errors (they cut names short in the PDF: 'A\\0B' printed as 'A')")
    func controlCharacters() {
        #expect(problems([header, "A\u{0}B,Solar,GA,1B", "C,Sol\u{7}ar,GA,1B", "D,Solar\tcells,GA,1B"]) == [
            "f.csv:2:1: column 'company': the text has a control character (U+0000), which cannot be shown; remove it (a file with NUL bytes may be damaged, or UTF-16 text without a byte-order mark)",
            "f.csv:3:2: column 'sector': the text has a control character (U+0007), which cannot be shown; remove it (a file with NUL bytes may be damaged, or UTF-16 text without a byte-order mark)",
        ])
    }
}
