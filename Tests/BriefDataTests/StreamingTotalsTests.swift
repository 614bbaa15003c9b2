import Foundation
import Testing
@testable import BriefData

/// ``InvestmentCSV/totals(_:file:by:)`` gives what ``InvestmentCSV/parse(_:file:)``
/// and ``Aggregation`` give, with the same problems and warnings.
@Suite("Totals while reading")
struct StreamingTotalsTests {
    /// A CSV like `scripts/bench-gen-csv.py` makes, with some repeated rows,
    /// non-ASCII names, shares, warnings and texts equal under `==` but not in bytes.
    static func generated(rows: Int) -> String {
        let states = USState.all
        let sectors = ["Batteries", "Semiconductors", "Electric vehicles", "Solar", "Steel", "Caf\u{E9}s", "Cafe\u{301}s"]
        var lines = ["company,project,sector,states,amount_usd,year,source,url"]
        for i in 0..<rows {
            let c = i % 40
            let company = c == 7 ? "H\u{F6}gan\u{E4}s" : c == 8 ? "Ho\u{308}gana\u{308}s" : c == 9 ? "A\u{37E}B" : c == 10 ? "A;B" : "Korea Co \(c)"
            let s1 = states[(i * 7) % 51], s2 = states[(i * 7 + 19) % 51]
            let statesCell: String
            switch i % 10 {
            case 0: statesCell = "\(s1.code)=0.6;\(s2.code)=0.4"
            case 1: statesCell = "\(s1.code);\(s2.code)"
            case 2: statesCell = s1.name
            case 3: statesCell = "\(s1.code)=33.33%;\(s2.code)=66.67%"
            case 4: statesCell = s1.code.lowercased()
            default: statesCell = s1.code
            }
            let amount: String
            switch i % 6 {
            case 0: amount = "$\(1 + i % 9).\(String(format: "%02d", i % 100))B"
            case 1: amount = "\(50 + i % 900) million"
            case 2: amount = "\"\(1 + i % 9),\(String(format: "%03d", i % 1000)),000,000\""
            case 3: amount = "\(10 + i % 990)M"
            case 4: amount = "\(1 + i % 50)000000.5"
            default: amount = " \(i + 1)\t"
            }
            // Every 50th row repeats the row 40 rows up; some URLs are not web addresses.
            if i % 50 == 49, i > 40 {
                lines.append(lines[lines.count - 40].uppercased())
                continue
            }
            let project = i % 13 == 0 ? "" : "Plant \(i)"
            let url = i % 17 == 0 ? "HTTP://x.example" : (i % 5 == 0 ? "" : "https://example.com/\(c)")
            lines.append("\(company),\(project),\(sectors[i % sectors.count]),\(statesCell),\(amount),\(i % 3 == 0 ? "" : String(1990 + i % 35)),src \(c % 4),\(url)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func expectSame(_ text: String, file: String = "t.csv", sourceLocation: SourceLocation = #_sourceLocation) {
        let data = Data(text.utf8)
        for key in AggregationKey.allCases {
            let full: Result<InvestmentCSVResult, DataError> = Result { () throws(DataError) in try InvestmentCSV.parse(data, file: file) }
            let streamed: Result<InvestmentCSVTotals, DataError> = Result { () throws(DataError) in try InvestmentCSV.totals(data, file: file, by: key) }
            switch (full, streamed) {
            case (.success(let result), .success(let totals)):
                #expect(totals.aggregation == Aggregation(result.investments, by: key), sourceLocation: sourceLocation)
                #expect(totals.warnings == result.warnings, sourceLocation: sourceLocation)
                var dataset = Dataset(title: "", subtitle: "", asOf: "", primarySource: result.sources.first?.id ?? "", sources: result.sources)
                dataset.investments = result.investments
                #expect(totals.validationProblems == dataset.validationProblems(file: file), sourceLocation: sourceLocation)
            case (.failure(let a), .failure(let b)):
                #expect(a.problems == b.problems, sourceLocation: sourceLocation)
            default:
                Issue.record("one read failed and the other did not: \(full) \(streamed)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test("The example CSV")
    func example() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples/investments.csv")
        let text = try String(contentsOf: url, encoding: .utf8)
        expectSame(text, file: "Examples/investments.csv")
        let totals = try InvestmentCSV.totals(Data(text.utf8), file: "x.csv", by: .state)
        #expect(!totals.aggregation.rows.isEmpty)
    }

    @Test("A generated CSV with repeated rows, warnings and look-alike texts")
    func generatedCSV() throws {
        let text = Self.generated(rows: 3_000)
        expectSame(text)
        let totals = try InvestmentCSV.totals(Data(text.utf8), file: "t.csv", by: .company)
        // Texts equal under == are one company, as with a dictionary.
        #expect(totals.aggregation.rows.filter { $0.key == "A;B" }.count == 1)
        #expect(totals.aggregation.rows.filter { $0.key == "H\u{F6}gan\u{E4}s" }.count == 1)
        #expect(totals.warnings.contains { $0.message.contains("have the same company, project and states") })
        #expect(!totals.warnings.contains { $0.field == "url" })  // HTTP://… is a link, its scheme in lower case
    }

    @Test("Files with problems give the same problems")
    func problems() {
        let header = "company,project,sector,states,amount_usd,year,source,url"
        let cases = [
            "",
            "\n\n",
            "a,b\n1,2\n",
            header + "\n",
            header + "\nA,p,Steel,GA,5M,2020,s,u\nA,p,,XX,-5B,20x4,s,u\nA,\"p\"x,Steel,GA;GA,5M,2020,s,u\n",
            header + "\nA,p,Steel,KY=0.5;TN=0.499,5M,2020,s,u\n",
            header + "\nA,p,Steel,GA,5M,2020\nB,q\n\"open,\n",
            header + ",company\nA,p,Steel,GA,5M,2020,s,u,x\n",
            "company,sector\nA,B\n",
            header + "\nA\u{7},p,Steel,GA,5M,2020,s,u\n",
            header + "\nA,p,Steel,GA,5M,2020,s,u\r\nB,p,Steel,GA,9999999999999,2020,s,u\rC,p,Steel,GA,9999999999999,2020,s,u\n",
            header + "\n" + (0..<120).map { "A,p\($0),Sector \($0),GA,5M,2020,s,u" }.joined(separator: "\n") + "\n",
            header + "\n" + (0..<1_200).map { "A,p\($0),S,GA,9999999999999,2020,s,u" }.joined(separator: "\n") + "\n",
        ]
        for text in cases { expectSame(text) }
        var bad = Data((header + "\nA,p,Steel,GA,5M,2020,s,u\n").utf8)
        bad.append(contentsOf: [0x42, 0xFF, 0x2C, 0x70, 0x2C, 0x53, 0x2C, 0x47, 0x41, 0x2C, 0x35, 0x4D, 0x2C, 0x2C, 0x2C, 0x0A])
        expectSame(String(decoding: bad, as: UTF8.self))
    }

    @Test("Row and field limits stop both reads at the same place")
    func limits() {
        let text = Self.generated(rows: 40)
        let data = Data(text.utf8)
        let full = Result { () throws(DataError) in try InvestmentCSV.parse(data, file: "t.csv", maxRows: 10, maxFieldCharacters: 5) }
        let streamed = Result { () throws(DataError) in try InvestmentCSV.totals(data, file: "t.csv", by: .state, maxRows: 10, maxFieldCharacters: 5) }
        guard case .failure(let a) = full, case .failure(let b) = streamed else {
            Issue.record("both reads should fail")
            return
        }
        #expect(a.problems == b.problems)
        #expect(!a.problems.isEmpty)
    }
}
