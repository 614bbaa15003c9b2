import Foundation
import Testing
import TradeBrief

/// What the DocC article "The investments CSV" (InvestmentsCSV.md) says holds.
@Suite("The investments CSV article")
struct InvestmentsCSVArticleTests {
    @Test("The article's error example: every problem of the row, each with file, line, column and field")
    func problemFields() throws {
        var printed: [String] = []
        func print(_ items: Any...) { printed.append(items.map { "\($0)" }.joined(separator: " ")) }
        // InvestmentsCSV.md: "Problems, all at once"
        do throws(TradeBriefError) {
            let brief = try Brief(.investmentsCSV("company,sector,states,amount_usd\nAlpha,Solar,XX,5 bn\n", name: "upload.csv"))
            print(brief.totals(by: .state).total)
        } catch .data(let error) {
            for problem in error.problems {
                // upload.csv:2:3: column 'states': …   and   upload.csv:2:4: column 'amount_usd': …
                print(problem.file, problem.line ?? 0, problem.column ?? 0, problem.field ?? "", problem.message)
            }
        } catch {
            print(error.description)
        }
        // (end)
        #expect(printed.count == 2, "\(printed)")
        #expect(printed.first?.hasPrefix("upload.csv 2 3 states ") == true, "\(printed)")
        #expect(printed.last?.hasPrefix("upload.csv 2 4 amount_usd ") == true, "\(printed)")
    }

    @Test("The descriptions the article quotes: FILE:LINE:COLUMN: column 'NAME': message, one problem per line")
    func descriptions() {
        guard case .data(let error)? = LibraryAPITests().caught({ () throws(TradeBriefError) in
            try Brief(.investmentsCSV("company,sector,states,amount_usd\nAlpha,Solar,XX,5 bn\n", name: "upload.csv"))
        }) else {
            Issue.record("expected a data error")
            return
        }
        let lines = error.description.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("upload.csv:2:3: column 'states': ") == true, "\(lines)")
        #expect(lines.last?.hasPrefix("upload.csv:2:4: column 'amount_usd': ") == true, "\(lines)")
        #expect(DataProblem(file: "f.csv", message: "m").description == "f.csv: m")
    }

    @Test("The example file, the forms of amounts, shares and sources as the article describes them")
    func rules() throws {
        let example = try Brief(.investmentsFile(URL(fileURLWithPath: "Examples/investments.csv")))
        #expect(example.dataset.investments.count == 4)
        let csv = """
            Company,STATES,amount_usd,sector,source,url,extra
            A,KY=50%;TN=50%,"3,870,000,000",Batteries,Desk,https://example.com/a,x
            B,kentucky;Tennessee,850 million,Batteries,Desk,https://example.com/a,x
            C,GA,$3.87B,Solar,,,x
            """
        let brief = try Brief(.investmentsCSV(csv, name: "mine.csv"))
        #expect(brief.warnings.contains { $0.description.contains("extra") })
        let states = brief.totals(by: .state)
        #expect(states.total == Money(wholeDollars: 3_870_000_000 + 850_000_000 + 3_870_000_000))
        #expect(states.rows.first { $0.key == "KY" }?.amount == Money(wholeDollars: 1_935_000_000 + 425_000_000))
        let ids = Set(brief.dataset.investments.map(\.source))
        #expect(ids == ["csv-1", "csv-unsourced"])
        for bad in ["1.2 trillion", "3.87 bn", "1e9", "-5B", "NaN"] {
            let error = LibraryAPITests().caught { () throws(TradeBriefError) in
                try Brief(.investmentsCSV("company,sector,states,amount_usd\nA,S,GA,\(bad)\n", name: "x.csv"))
            }
            #expect(error?.description.contains("column 'amount_usd'") == true, "\(bad): \(String(describing: error))")
        }
    }
}
