import Foundation
import Testing
@testable import BriefData

/// A big investments CSV read as two halves at once
/// (``InvestmentCSV/totalsInHalves(of:file:by:maxRows:maxFieldCharacters:chunkSize:minimumBytes:)``)
/// gives exactly what one pass gives, or nothing, so that one pass reads it.
@Suite("Reading a CSV as two halves at once")
struct InvestmentCSVHalvesTests {
    /// A file with `rows` rows and no problem or warning: each row its own
    /// project, spellings that are equal under `String ==` on both sides of the
    /// middle, sectors and a company that first appear in the second half,
    /// rows shared between states, quoted amounts.
    static func clean(rows: Int, sectors: Int = 6, sectorOffset: Int = 0, sources: Int = 1, sourceOffset: Int = 0) -> [String] {
        var lines: [String] = []
        for i in 0..<rows {
            let late = i >= rows / 2
            let company = i % 7 == 0 ? (late ? "H\u{F6}gan\u{E4}s" : "Ho\u{308}gana\u{308}s") : late && i % 5 == 0 ? "Late Co" : "Korea Co \(i % 11)"
            let sector = i % 9 == 0 ? (late ? "Caf\u{E9}s" : "Cafe\u{301}s") : late && i % 13 == 0 ? "Sector late" : "Sector \(sectorOffset + i % sectors)"
            let states = i % 4 == 0 ? "GA=0.25;TX=0.75" : i % 4 == 1 ? "CA;NV" : USState.all[i % 51].code
            let amount = i % 3 == 0 ? "\"\(1 + i % 9),\(100 + i % 800),000,000\"" : "$\(1 + i % 7).\(i % 10)B"
            let source = "Source \(sourceOffset + i % sources)"
            lines.append("\(company),Project \(i),\(sector),\(states),\(amount),\(2000 + i % 25),\(source),https://example.com/\(i % 3)")
        }
        return lines
    }

    static let header = "company,project,sector,states,amount_usd,year,source,url"

    /// The file whose lines are `header` and `rows`, written to a temporary file and read in two halves.
    private func halves(_ rows: [String], by key: AggregationKey, maxRows: Int = InvestmentCSV.maxRows) throws -> InvestmentCSVTotals? {
        try withFile(rows) { input in
            InvestmentCSV.totalsInHalves(of: input, file: "t.csv", by: key, maxRows: maxRows,
                                         maxFieldCharacters: InvestmentCSV.maxFieldCharacters, chunkSize: 512, minimumBytes: 0)
        }
    }

    /// What one pass over the same bytes gives.
    private func onePass(_ rows: [String], by key: AggregationKey, maxRows: Int = InvestmentCSV.maxRows) -> Result<InvestmentCSVTotals, DataError> {
        let data = Data(([Self.header] + rows).joined(separator: "\n").utf8 + [0x0A])
        return Result { () throws(DataError) in
            try InvestmentCSV.totals(data, file: "t.csv", by: key, maxRows: maxRows, maxFieldCharacters: InvestmentCSV.maxFieldCharacters)
        }
    }

    private func withFile<T>(_ rows: [String], _ body: (CSVFileInput) throws -> T) throws -> T {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("halves-\(UUID().uuidString).csv")
        try Data(([Self.header] + rows).joined(separator: "\n").utf8 + [0x0A]).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        return try body(CSVFileInput(descriptor: handle.fileDescriptor, limit: InvestmentCSV.maxBytes))
    }

    @Test("A clean file: the halves give exactly the totals, counts and warnings of one pass, by state, sector and company",
          arguments: [AggregationKey.state, .sector, .company])
    func cleanFile(key: AggregationKey) throws {
        let rows = Self.clean(rows: 400)
        let expected = try onePass(rows, by: key).get()
        #expect(expected.warnings.isEmpty)
        let joined = try #require(try halves(rows, by: key))
        #expect(joined == expected)
        // The names are those first written, and ids follow the first row with each.
        if key == .company { #expect(joined.aggregation.rows.contains { $0.key == "Ho\u{308}gana\u{308}s" }) }
    }

    @Test("Anything in the second half that one pass would report, or that depends on the order of rows, makes the halves give nothing")
    func fallsBack() throws {
        let rows = Self.clean(rows: 200)
        var cases: [(String, [String])] = []
        // A row of the second half that repeats one of the first.
        var repeated = rows
        repeated[150] = rows[10]
        cases.append(("repeated across the halves", repeated))
        var repeatedLate = rows
        repeatedLate[190] = rows[150]
        cases.append(("repeated within the second half", repeatedLate))
        var bad = rows
        bad[170] = rows[170].replacingOccurrences(of: "Project 170", with: "Project 170\",")
        cases.append(("a syntax error in the second half", bad))
        var badAmount = rows
        badAmount[160] = "Korea Co 1,Project X,Steel,GA,lots,2020,S,"
        cases.append(("a row error in the second half", badAmount))
        // A quoted field with line breaks across the middle: the split falls inside it.
        var quoted = rows
        quoted[100] = "Korea Co 1,\"" + Array(repeating: "line of a long project name", count: 300).joined(separator: "\n") + "\",Steel,GA,$1B,2020,S,"
        cases.append(("a quoted field across the middle", quoted))
        for (name, text) in cases {
            for key in [AggregationKey.state, .company] {
                #expect(try halves(text, by: key) == nil, "\(name)")
            }
        }
        // The quoted field alone is no problem for one pass.
        #expect((try? onePass(quoted, by: .state).get()) != nil)
    }

    @Test("Warnings in the second half are kept, at their lines in the file, after line breaks inside quoted fields of the first")
    func warningsOfTheSecondHalf() throws {
        var rows = Self.clean(rows: 200)
        rows[20] = "Korea Co 1,\"A project\nwritten on\nfour\nlines\",Steel,GA,$1B,2020,S,"
        rows[180] = String(repeating: "x", count: 201) + rows[180].drop { $0 != "," }
        rows[190] = rows[190].replacingOccurrences(of: "https://example.com/", with: "https://example.com/" + String(repeating: "p", count: 130))
        let expected = try onePass(rows, by: .company).get()
        #expect(expected.warnings.map(\.line) == [185, 195])
        #expect(try halves(rows, by: .company) == expected)
    }

    @Test("Sectors that look alike across the halves get the warning one pass gives, at the end")
    func lookalikeSectorsAcrossHalves() throws {
        var rows = Self.clean(rows: 200)
        rows[10] = rows[10].replacingOccurrences(of: ",Sector 4,", with: ",Solar,")
        rows[150] = rows[150].replacingOccurrences(of: ",Sector 0,", with: ",SOLAR,")
        let expected = try onePass(rows, by: .sector).get()
        #expect(expected.warnings.map(\.message).contains { $0.hasPrefix("the sectors 'Solar' and 'SOLAR' differ only in letter case") },
                "\(expected.warnings)")
        #expect(try halves(rows, by: .sector) == expected)
    }

    @Test("Limits met only by both halves together make the halves give nothing: rows, total, sectors, sources")
    func limitsTogether() throws {
        let rows = Self.clean(rows: 40)
        #expect(try halves(rows, by: .state, maxRows: 30) == nil)
        #expect(try halves(rows, by: .state, maxRows: 40) != nil)
        // 70 sectors in each half, 130 in all (the limit is 100).
        let sectors = Self.clean(rows: 300, sectors: 70).prefix(150) + Self.clean(rows: 300, sectors: 70, sectorOffset: 60).suffix(150)
        #expect(try halves(Array(sectors), by: .sector) == nil)
        if case .success = onePass(Array(sectors), by: .sector) { Issue.record("one pass should report too many sectors") }
        // Amounts under 10^16 dollars in each half, over it in all (a row may have less than 10^13).
        let big = (0..<1_200).map { "Big Co \($0),Plant,Steel,GA,9000000000000,2020,S," }
        #expect(try halves(big, by: .state) == nil)
        if case .success = onePass(big, by: .state) { Issue.record("one pass should report the total over the limit") }
        let under = Array(big.prefix(1_100))
        #expect(try halves(under, by: .state) == (try onePass(under, by: .state).get()))
        // 300 sources in each half, 600 in all (the limit is 500).
        let sources = Self.clean(rows: 600, sources: 300).prefix(300) + Self.clean(rows: 600, sources: 300, sourceOffset: 300).suffix(300)
        #expect(try halves(Array(sources), by: .state) == nil)
        if case .success = onePass(Array(sources), by: .state) { Issue.record("one pass should report too many sources") }
    }

    @Test("Through the package's entry point, a file over 8 MiB gives what one pass over its bytes gives")
    func bigFile() throws {
        var rows = Self.clean(rows: 48_000)
        rows += rows.map { $0.replacingOccurrences(of: ",Project ", with: ",Second project ") }
        let data = Data(([Self.header] + rows).joined(separator: "\n").utf8 + [0x0A])
        #expect(data.count >= InvestmentCSV.halvesMinimumBytes)
        let expected = try InvestmentCSV.totals(data, file: "t.csv", by: .sector)
        let joined = try withFile(rows) { input in
            InvestmentCSV.totalsInHalves(of: input, file: "t.csv", by: .sector, maxRows: InvestmentCSV.maxRows,
                                         maxFieldCharacters: InvestmentCSV.maxFieldCharacters, chunkSize: CSVRecordStream.defaultChunkSize)
        }
        #expect(joined == expected)
        #expect(try withFile(rows) { input in try InvestmentCSV.totals(from: input, file: "t.csv", by: .sector) } == expected)
    }
}
