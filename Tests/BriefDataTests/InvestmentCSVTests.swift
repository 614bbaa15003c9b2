import Foundation
import Testing
@testable import BriefData

/// The investments CSV, a public contract (DESIGN.md, "The investments CSV").
@Suite("Investments CSV")
struct InvestmentCSVTests {
    private static let forms = "write e.g. 3870000000, 3,870,000,000, $3.87B, 3.87 billion, 850M or 850 million"

    /// The lines joined by `\n`, with a final line end.
    private func csv(_ lines: String...) -> String { lines.joined(separator: "\n") + "\n" }

    private func parse(_ text: String, file: String = "examples.csv") throws -> InvestmentCSVResult {
        try InvestmentCSV.parse(Data(text.utf8), file: file)
    }

    /// The problems reported for `text`, as printed; empty if the file is usable.
    private func problems(_ text: String, file: String = "examples.csv") -> [String] {
        errors(text, file: file).map(\.description)
    }

    private func errors(_ text: String, file: String = "examples.csv") -> [DataProblem] {
        do throws(DataError) {
            _ = try InvestmentCSV.parse(Data(text.utf8), file: file)
            return []
        } catch {
            return error.problems
        }
    }

    // MARK: A usable file

    @Test("A file with the required columns gives one investment per row")
    func minimal() throws {
        let result = try parse(csv(
            "company,sector,states,amount_usd",
            "SK Hynix,Semiconductors,IN,3870000000"))
        #expect(result.warnings.isEmpty)
        #expect(result.investments == [Investment(
            id: "row-2", company: "SK Hynix", project: "", sector: "Semiconductors", amountUSD: 3_870_000_000,
            year: nil, states: [StateShare(state: "IN")], split: .single, source: "csv-unsourced", line: 2)])
    }

    @Test("Every column is read: project, year, source and url too")
    func allColumns() throws {
        let result = try parse(csv(
            "company,project,sector,states,amount_usd,year,source,url",
            "Hyundai Motor Group,Metaplant,Electric vehicles,Georgia,$7.59B,2022,Hyundai Newsroom,https://example.com/metaplant"))
        let investment = try #require(result.investments.first)
        #expect(investment.company == "Hyundai Motor Group")
        #expect(investment.project == "Metaplant")
        #expect(investment.sector == "Electric vehicles")
        #expect(investment.states == [StateShare(state: "GA")])
        #expect(investment.amountUSD == 7_590_000_000)
        #expect(investment.year == 2022)
        #expect(investment.source == "csv-1")
        #expect(result.sources == [Source(
            id: "csv-1", title: "Hyundai Newsroom", publisher: "Hyundai Newsroom", date: "", url: "https://example.com/metaplant")])
    }

    @Test("Column names ignore case and may come in any order")
    func headerOrderAndCase() throws {
        let result = try parse(csv(
            "Amount_USD,STATES,Year,Company,Url,Sector,Source,PROJECT",
            "850M,TN,2023,LG Energy Solution,https://example.com/lg,Batteries,LG,Clarksville plant"))
        let investment = try #require(result.investments.first)
        #expect(investment.company == "LG Energy Solution")
        #expect(investment.project == "Clarksville plant")
        #expect(investment.amountUSD == 850_000_000)
        #expect(investment.states == [StateShare(state: "TN")])
        #expect(investment.year == 2023)
        #expect(result.sources.first?.url == "https://example.com/lg")
        #expect(result.warnings.isEmpty)
    }

    @Test("Spaces around column names are ignored")
    func headerSpaces() throws {
        let result = try parse(csv(" company , sector ,states, amount_usd ", "A,B,GA,1B"))
        #expect(result.investments.count == 1)
    }

    @Test("The example in the type's documentation is accepted")
    func documentedExample() throws {
        let result = try parse(csv(
            "company,project,sector,states,amount_usd,year,source,url",
            "Hyundai Motor Group,Metaplant,Electric vehicles,GA,$7.59B,2022,Hyundai,https://example.com/a",
            "SK On & Ford,BlueOval SK,Batteries,KY=0.6;TN=0.4,11.4 billion,2021,,"))
        #expect(result.investments.map(\.amountUSD) == [7_590_000_000, 11_400_000_000])
        #expect(result.investments[1].split == .shares)
    }

    @Test("Text is trimmed and runs of white space, line breaks included, become one space")
    func whitespaceCleaned() throws {
        let result = try parse(csv(
            "company,project,sector,states,amount_usd",
            "  Hyundai   Motor Group ,\"Battery\r\n  plant\",\tElectric vehicles\t, GA , 5B "))
        let investment = try #require(result.investments.first)
        #expect(investment.company == "Hyundai Motor Group")
        #expect(investment.project == "Battery plant")
        #expect(investment.sector == "Electric vehicles")
    }

    @Test("Quoted fields may hold commas and quotes")
    func quotedFields() throws {
        let result = try parse(csv(
            "company,project,sector,states,amount_usd",
            "\"Samsung Electronics Co., Ltd.\",\"Taylor \"\"fab\"\"\",Semiconductors,TX,\"$17,000,000,000\""))
        let investment = try #require(result.investments.first)
        #expect(investment.company == "Samsung Electronics Co., Ltd.")
        #expect(investment.project == "Taylor \"fab\"")
        #expect(investment.amountUSD == 17_000_000_000)
    }

    // MARK: Encoding and line ends

    @Test("A byte-order mark and CRLF line ends are accepted")
    func byteOrderMarkAndCRLF() throws {
        let text = "\u{FEFF}company,sector,states,amount_usd\r\nA,Chips,GA,1B\r\nB,Chips,TX,2B\r\n"
        let result = try parse(text)
        #expect(result.investments.map(\.company) == ["A", "B"])
        #expect(result.investments.map(\.line) == [2, 3])
        #expect(result.investments.map(\.sector) == ["Chips", "Chips"])
        #expect(result.warnings.isEmpty)
    }

    @Test("Multi-line quoted fields: later rows keep their real line numbers, in ids and in problems")
    func multilineFields() throws {
        let text = csv(
            "company,project,sector,states,amount_usd",  // 1
            "A,\"Phase 1",  // 2
            "and phase 2\",Chips,GA,1B",  // 3
            "B,\"x\r\ny\r\nz\",Chips,TX,2B",  // 4–6
            "C,Plant,Chips,OH,3B")  // 7
        let result = try parse(text)
        #expect(result.investments.map(\.id) == ["row-2", "row-4", "row-7"])
        #expect(result.investments.map(\.line) == [2, 4, 7])
        #expect(result.investments[0].project == "Phase 1 and phase 2")

        let broken = text + "D,Plant,Chips,XX,4B\n"  // 8
        #expect(problems(broken) == [
            "examples.csv:8:4: column 'states': 'XX' is not a U.S. state; use a USPS code (GA) or a full name (Georgia), separated by ';'",
        ])
    }

    @Test("Empty lines and rows of empty fields are skipped; line numbers still count them")
    func emptyRowsSkipped() throws {
        let result = try parse(csv(
            "",
            "company,sector,states,amount_usd",
            "",
            "A,Chips,GA,1B",
            ",,,",
            " , ,, ",
            "",
            "B,Chips,TX,2B",
            ""))
        #expect(result.investments.map(\.id) == ["row-4", "row-8"])
    }

    @Test("Text that is not UTF-8 is an error at its row and column")
    func notUTF8() {
        var bytes = Array("company,sector,states,amount_usd\nA,".utf8)
        bytes += [0xB9, 0xDD, 0xB5, 0xB5, 0xC3, 0xBC]  // "반도체" in EUC-KR
        bytes += Array(",GA,1B\n".utf8)
        do throws(DataError) {
            _ = try InvestmentCSV.parse(Data(bytes), file: "examples.csv")
            Issue.record("expected an error")
        } catch {
            #expect(error.problems.count == 1)
            #expect(error.problems.first?.description.hasPrefix("examples.csv:2:2: column 'sector': this field is not valid UTF-8 text; save the file as UTF-8") == true)
        }
    }

    // MARK: Columns

    @Test("Unknown columns are ignored, with one warning that names them")
    func unknownColumns() throws {
        let result = try parse(csv(
            "company,notes,sector,states,amount_usd,Region",
            "A,some note,Chips,GA,1B,South"))
        #expect(result.investments.count == 1)
        #expect(result.warnings.map(\.description) == [
            "examples.csv:1: ignoring 2 unknown columns: 'notes' (column 2), 'Region' (column 6); the known columns are company, sector, states, amount_usd, project, year, source, url",
        ])
    }

    @Test("A column with no name is reported as unnamed")
    func unnamedColumn() throws {
        let result = try parse(csv("company,sector,states,amount_usd,", "A,Chips,GA,1B,"))
        #expect(result.warnings.map(\.message) == [
            "ignoring an unknown column: an unnamed column (column 5); the known columns are company, sector, states, amount_usd, project, year, source, url",
        ])
    }

    @Test("A missing required column is an error that names it")
    func missingColumn() {
        #expect(problems(csv("company,sector,amount_usd", "A,Chips,1B")) == [
            "examples.csv:1: column 'states': the header row has no 'states' column; add it (required columns: company, sector, states, amount_usd)",
        ])
    }

    @Test("A missing column that looks misspelled gets a suggestion, at the misspelt column")
    func misspelledColumns() {
        #expect(problems(csv("Company Name,sector,state,Amount (USD)", "A,Chips,GA,1B")) == [
            "examples.csv:1:1: column 'company': the header row has no 'company' column; did you mean 'Company Name' (column 1)? rename it to company",
            "examples.csv:1:3: column 'states': the header row has no 'states' column; did you mean 'state' (column 3)? rename it to states",
            "examples.csv:1:4: column 'amount_usd': the header row has no 'amount_usd' column; did you mean 'Amount (USD)' (column 4)? rename it to amount_usd",
        ])
    }

    @Test("A column a few edits from a missing one is named in the error, and not again in the unknown-column warning")
    func columnWithinEditDistance() throws {
        let text = csv("company,sector,states,ammount_usd,notes", "A,Chips,GA,1B,x")
        #expect(problems(text) == [
            "examples.csv:1:4: column 'amount_usd': the header row has no 'amount_usd' column; did you mean 'ammount_usd' (column 4)? rename it to amount_usd",
        ])
        do throws(DataError) {
            _ = try InvestmentCSV.parse(Data(text.utf8), file: "examples.csv")
            Issue.record("a header without amount_usd was accepted")
        } catch {
            #expect(error.warnings.map(\.description) == [
                "examples.csv:1: ignoring an unknown column: 'notes' (column 5); the known columns are company, sector, states, amount_usd, project, year, source, url",
            ])
        }
        // Swapped letters are one edit; only the misspelling is left out of the warning.
        #expect(problems(csv("compnay,sector,sattes,amount_usd", "A,Chips,GA,1B")) == [
            "examples.csv:1:1: column 'company': the header row has no 'company' column; did you mean 'compnay' (column 1)? rename it to company",
            "examples.csv:1:3: column 'states': the header row has no 'states' column; did you mean 'sattes' (column 3)? rename it to states",
        ])
    }

    @Test("A misspelt optional column is a warning at its column: the file is usable, the column ignored")
    func misspelledOptionalColumn() throws {
        let result = try parse(csv("company,sector,states,amount_usd,yaer,Sourse", "A,Chips,GA,1B,2024,Reuters"))
        #expect(result.investments.count == 1)
        #expect(result.warnings.map(\.description) == [
            "examples.csv:1:5: column 'year': the header row has no 'year' column; did you mean 'yaer' (column 5)? rename it to year (until then, column 5 is ignored)",
            "examples.csv:1:6: column 'source': the header row has no 'source' column; did you mean 'Sourse' (column 6)? rename it to source (until then, column 6 is ignored)",
        ])
    }

    @Test("No guess when it is not clear which column was meant, or nothing is near")
    func noColumnGuess() throws {
        // 'yr' is two edits from both 'year' and 'url'; 'notes' and 'total' are near nothing.
        let result = try parse(csv("company,sector,states,amount_usd,yr,notes,total", "A,Chips,GA,1B,x,y,z"))
        #expect(result.warnings.map(\.description) == [
            "examples.csv:1: ignoring 3 unknown columns: 'yr' (column 5), 'notes' (column 6), 'total' (column 7); the known columns are company, sector, states, amount_usd, project, year, source, url",
        ])
        // Two columns as near to 'amount_usd': neither is guessed.
        #expect(problems(csv("company,sector,states,amount-usd,amount usd", "A,Chips,GA,1B,2B")) == [
            "examples.csv:1: column 'amount_usd': the header row has no 'amount_usd' column; add it (required columns: company, sector, states, amount_usd)",
        ])
    }

    @Test("A first row with none of the known columns is not a header")
    func noHeader() {
        #expect(problems(csv("Hyundai,EV,GA,5B", "LG,Batteries,TN,1B")) == [
            "examples.csv:1: the first row names none of the known columns, so it is not a header row; start the file with a header row such as company,sector,states,amount_usd (company, sector, states, amount_usd required; project, year, source, url optional)",
        ])
    }

    @Test("A column named twice is an error at its second place")
    func duplicateColumn() {
        #expect(problems(csv("company,sector,states,amount_usd,Company", "A,Chips,GA,1B,B")) == [
            "examples.csv:1:5: column 'company': this column name appears twice in the header (columns 1 and 5); keep one of them",
        ])
        #expect(problems(csv("company,sector,states,amount_usd,note,NOTE", "A,Chips,GA,1B,x,y")) == [
            "examples.csv:1:6: column 'NOTE': this column name appears twice in the header (columns 5 and 6); keep one of them",
        ])
    }

    @Test("An empty file, and a header with no rows, are errors")
    func emptyFiles() {
        #expect(problems("") == [
            "examples.csv: the file is empty; it needs a header row naming the columns (company, sector, states, amount_usd required; project, year, source, url optional) and one row per investment",
        ])
        #expect(problems("\u{FEFF}\n\n") == problems(""))
        #expect(problems(csv("company,sector,states,amount_usd")) == [
            "examples.csv:1: the file has a header row but no data rows; add one row per investment below the header",
        ])
    }

    // MARK: Rows

    @Test("A row with too many fields is an error; the message suggests quoting commas")
    func tooManyFields() {
        #expect(problems(csv("company,sector,states,amount_usd", "A,Chips,GA,3,870,000,000")) == [
            "examples.csv:2:5: the row has 7 fields but the header has 4 columns; put quotes around any value that contains a comma, e.g. \"3,870,000,000\" or \"Seoul, Korea\"",
        ])
    }

    @Test("A row with too few fields is an error at the first missing column")
    func tooFewFields() {
        #expect(problems(csv("company,sector,states,amount_usd", "A,Chips,GA")) == [
            "examples.csv:2:4: column 'amount_usd': the row has 3 fields but the header has 4 columns; add the missing values (an empty value still needs its comma)",
        ])
    }

    @Test("Company and sector may not be empty")
    func requiredValues() {
        #expect(problems(csv("company,sector,states,amount_usd", " ,,GA,1B")) == [
            "examples.csv:2:1: column 'company': the company is missing; give the name of the investing company",
            "examples.csv:2:2: column 'sector': the sector is missing; give the industry, e.g. Semiconductors or Batteries",
        ])
    }

    @Test("The exact message format: FILE:LINE:COLUMN: column 'NAME': message")
    func messageFormat() {
        let text = csv(
            "company,sector,states,amount_usd",
            "A,Chips,GA,1B",
            "B,Chips,GA,2B",
            "C,Chips,GA,3B",
            "D,Chips,GA,4B",
            "E,Chips,GA,5B",
            "SK Hynix,Semiconductors,IN,3.87 bn")
        #expect(problems(text) == [
            "examples.csv:7:4: column 'amount_usd': '3.87 bn' is not an amount; \(Self.forms)",
        ])
        let problem = errors(text).first
        #expect(problem?.file == "examples.csv")
        #expect(problem?.line == 7)
        #expect(problem?.column == 4)
        #expect(problem?.field == "amount_usd")
        #expect(problem?.message == "'3.87 bn' is not an amount; \(Self.forms)")
    }

    @Test("The file name is printed as given")
    func fileName() {
        let found = problems(csv("company,sector,states,amount_usd", "A,Chips,GA,0"), file: "data/my investments.csv")
        #expect(found == ["data/my investments.csv:2:4: column 'amount_usd': '0' is zero; an amount must be more than 0 dollars"])
    }

    @Test("Every problem in the file is reported in one run, in file order")
    func allProblemsAtOnce() {
        let text = csv(
            "company,project,sector,states,amount_usd,year",  // 1
            "Hyundai,Metaplant,EV,GA,$7.59B,2022",  // 2: fine
            ",Plant,EV,GA,1B,2022",  // 3
            "LG,Plant,Batteries,XX,1B,2022",  // 4
            "LG,Plant 2,Batteries,AZ,1.2 trillion,1949",  // 5
            "Samsung,\"Fab\",Chips,TX,5B",  // 6
            "SK,\"x\"y,Chips,TX,5B,2020",  // 7
            "SK,Plant,Chips,TX,5,000,000,2020",  // 8
            "POSCO,Plant,Steel,KY=0.5;TN,1B,24")  // 9
        #expect(problems(text) == [
            "examples.csv:3:1: column 'company': the company is missing; give the name of the investing company",
            "examples.csv:4:4: column 'states': 'XX' is not a U.S. state; use a USPS code (GA) or a full name (Georgia), separated by ';'",
            "examples.csv:5:5: column 'amount_usd': '1.2 trillion' is not an amount; \(Self.forms)",
            "examples.csv:5:6: column 'year': 1949 is not a year from 1950 to 2100; correct it, or leave the cell empty",
            "examples.csv:6:6: column 'year': the row has 5 fields but the header has 6 columns; add the missing values (an empty value still needs its comma)",
            "examples.csv:7:2: column 'project': there is text after the closing quote of a quoted field; put the whole field in quotes, write \"\" for each quote inside it, and put nothing between the closing quote and the next comma",
            "examples.csv:8:7: the row has 8 fields but the header has 6 columns; put quotes around any value that contains a comma, e.g. \"3,870,000,000\" or \"Seoul, Korea\"",
            "examples.csv:9:4: column 'states': give a share for every state or for none; 'TN' has no share (write e.g. KY=0.5;TN=0.5 or KY;TN)",
            "examples.csv:9:6: column 'year': '24' is not a year; write a four-digit year from 1950 to 2100, e.g. 2024, or leave the cell empty",
        ])
    }

    @Test("Problems in the header and in rows are reported together")
    func headerAndRowProblems() {
        let found = problems(csv(
            "company,sector,states,amount_usd,sector",
            "A,Chips,GA,lots,x"))
        #expect(found == [
            "examples.csv:1:5: column 'sector': this column name appears twice in the header (columns 2 and 5); keep one of them",
            "examples.csv:2:4: column 'amount_usd': 'lots' is not an amount; \(Self.forms)",
        ])
    }

    @Test("A quote that is never closed is one problem, not a cascade")
    func unterminatedQuote() {
        let found = problems(csv(
            "company,project,sector,states,amount_usd",
            "A,\"Plant,Chips,GA,1B",
            "B,Plant,Chips,GA,2B"))
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("examples.csv:2:2: column 'project': a quoted field starts here but its closing quote is missing") == true)
    }

    @Test("A quote inside an unquoted field is reported once, not also as a bad value")
    func strayQuote() {
        #expect(problems(csv("company,sector,states,amount_usd", "A,Chips,GA,5\"B")) == [
            "examples.csv:2:4: column 'amount_usd': a quote (\") inside a field that does not start with a quote; put the whole field in quotes and write each quote inside it twice, e.g. \"5\"\" screen\"",
        ])
    }

    // MARK: Values

    @Test("Every accepted amount form is read exactly", arguments: [
        ("3870000000", 3_870_000_000), ("\"3,870,000,000\"", 3_870_000_000), ("$3.87B", 3_870_000_000),
        ("3.87 billion", 3_870_000_000), ("850M", 850_000_000), ("850 million", 850_000_000),
    ] as [(String, Int)])
    func amounts(cell: String, dollars: Int) throws {
        let result = try parse(csv("company,sector,states,amount_usd", "A,Chips,GA,\(cell)"))
        #expect(result.investments.first?.amountUSD == Decimal(dollars))
    }

    @Test("Amounts outside the contract are errors", arguments: ["1.2 trillion", "3.87 bn", "1e9", "-5B", "NaN", "5 won", ""])
    func badAmounts(cell: String) {
        let found = errors(csv("company,sector,states,amount_usd", "A,Chips,GA,\(cell)"))
        #expect(found.count == 1)
        #expect(found.first?.line == 2)
        #expect(found.first?.column == 4)
        #expect(found.first?.field == "amount_usd")
    }

    @Test("States with shares, percentages, and an even split with its note")
    func statesAndSplits() throws {
        let result = try parse(csv(
            "company,sector,states,amount_usd",
            "A,Batteries,KY=0.6;TN=0.4,1B",
            "B,Batteries,Kentucky=50%;tennessee=50%,1B",
            "C,Batteries,KY;TN,1B",
            "D,Batteries,GA;KY;TN,1B",
            "E,Batteries,GA=100%,1B"))
        let investments = result.investments
        #expect(investments.map(\.split) == [.shares, .shares, .even, .even, .single])
        #expect(investments[0].states == [StateShare(state: "KY", share: Decimal(string: "0.6")), StateShare(state: "TN", share: Decimal(string: "0.4"))])
        #expect(investments[1].states == [StateShare(state: "KY", share: 0.5), StateShare(state: "TN", share: 0.5)])
        #expect(investments[2].states == [StateShare(state: "KY"), StateShare(state: "TN")])
        #expect(investments[4].states == [StateShare(state: "GA")])
        #expect(investments.map(\.note) == [
            nil, nil,
            "No split between Kentucky and Tennessee is given; the amount is divided evenly.",
            "No split among Georgia, Kentucky and Tennessee is given; the amount is divided evenly.",
            nil,
        ])
    }

    @Test("Every problem in a states cell is reported")
    func everyStatesProblem() {
        #expect(problems(csv("company,sector,states,amount_usd", "A,Chips,XX;GA;GA,1B")) == [
            "examples.csv:2:3: column 'states': 'XX' is not a U.S. state; use a USPS code (GA) or a full name (Georgia), separated by ';'",
            "examples.csv:2:3: column 'states': Georgia (GA) is listed more than once; list each state once",
        ])
    }

    @Test("Years: empty, or four digits from 1950 to 2100", arguments: [
        ("", nil), ("1950", 1950), ("2024", 2024), ("2100", 2100), (" 2024 ", 2024),
    ] as [(String, Int?)])
    func goodYears(cell: String, year: Int?) throws {
        let result = try parse(csv("company,sector,states,amount_usd,year", "A,Chips,GA,1B,\(cell)"))
        #expect(result.investments.first?.year == year)
    }

    @Test("Years out of range are errors", arguments: ["1949", "2101", "0000", "9999"])
    func yearsOutOfRange(cell: String) {
        #expect(problems(csv("company,sector,states,amount_usd,year", "A,Chips,GA,1B,\(cell)")) == [
            "examples.csv:2:5: column 'year': \(Int(cell) ?? 0) is not a year from 1950 to 2100; correct it, or leave the cell empty",
        ])
    }

    @Test("Years that are not four digits are errors", arguments: ["24", "02024", "2024.0", "2,024", "２０２４", "FY2024", "-2024", "+2024", "20 24"])
    func yearsNotFourDigits(cell: String) {
        #expect(problems(csv("company,sector,states,amount_usd,year", "A,Chips,GA,1B,\"\(cell)\"")) == [
            "examples.csv:2:5: column 'year': '\(cell)' is not a year; write a four-digit year from 1950 to 2100, e.g. 2024, or leave the cell empty",
        ])
    }

    // MARK: Duplicates

    @Test("Rows with the same company, project and states are kept, with a warning naming both lines")
    func duplicates() throws {
        let result = try parse(csv(
            "company,project,sector,states,amount_usd",  // 1
            "Hyundai,Metaplant,EV,GA,5B",  // 2
            "Hyundai,Other plant,EV,GA,1B",  // 3: another project
            "LG,Battery,Batteries,KY;TN,1B",  // 4
            "HYUNDAI,metaplant,Electric vehicles,Georgia,7.59B",  // 5: same as 2
            "LG,Battery,Batteries,TN=0.5;KY=0.5,1B",  // 6: same as 4 (same states)
            "Hyundai,Metaplant,EV,GA,5B"))  // 7: same as 2 again
        #expect(result.investments.count == 6)
        #expect(result.warnings.map(\.description) == [
            "examples.csv:5: lines 2 and 5 have the same company, project and states (HYUNDAI, metaplant, GA); both rows are kept and counted, so delete one if they are the same investment",
            "examples.csv:6: lines 4 and 6 have the same company, project and states (LG, Battery, TN;KY); both rows are kept and counted, so delete one if they are the same investment",
            "examples.csv:7: lines 2 and 7 have the same company, project and states (Hyundai, Metaplant, GA); both rows are kept and counted, so delete one if they are the same investment",
        ])
    }

    @Test("Without a project column, the same company and states is a duplicate")
    func duplicatesWithoutProject() throws {
        let result = try parse(csv("company,sector,states,amount_usd", "A,Chips,GA,1B", "A,Chips,GA,2B"))
        #expect(result.investments.count == 2)
        #expect(result.warnings.map(\.description) == [
            "examples.csv:3: lines 2 and 3 have the same company, project and states (A, GA); both rows are kept and counted, so delete one if they are the same investment",
        ])
    }

    // MARK: Sources

    @Test("One source per distinct source and url, in order of first appearance; rows without one cite csv-unsourced")
    func sources() throws {
        let result = try parse(csv(
            "company,sector,states,amount_usd,source,url",
            "A,S,GA,1B,CSIS,https://csis.org/a",
            "B,S,GA,1B,,",
            "C,S,GA,1B,CSIS,https://csis.org/a",
            "D,S,GA,1B,CSIS,https://csis.org/b",
            "E,S,GA,1B,,https://example.com/e",
            "F,S,GA,1B,Reuters,",
            "G,S,GA,1B,  ,  "), file: "mine.csv")
        #expect(result.investments.map(\.source) == ["csv-1", "csv-unsourced", "csv-1", "csv-2", "csv-3", "csv-4", "csv-unsourced"])
        #expect(result.sources == [
            Source(id: "csv-1", title: "CSIS", publisher: "CSIS", date: "", url: "https://csis.org/a"),
            Source(
                id: "csv-unsourced", title: "Not stated in the CSV file", publisher: "mine.csv", date: "", url: "",
                note: "The rows that cite this source give no source and no URL in mine.csv; check them before relying on them.",
                titleKorean: "CSV 파일에 출처가 없음",
                noteKorean: "이 항목에 해당하는 행들은 파일에 출처도 URL도 없으니, 확인한 뒤에 근거로 삼아야 한다."),
            Source(id: "csv-2", title: "CSIS", publisher: "CSIS", date: "", url: "https://csis.org/b"),
            Source(id: "csv-3", title: "https://example.com/e", publisher: "https://example.com/e", date: "", url: "https://example.com/e"),
            Source(id: "csv-4", title: "Reuters", publisher: "Reuters", date: "", url: ""),
        ])
        let ids = Set(result.sources.map(\.id))
        #expect(result.investments.allSatisfy { ids.contains($0.source) })
    }

    @Test("Without source columns every row cites csv-unsourced")
    func noSourceColumns() throws {
        let result = try parse(csv("company,sector,states,amount_usd", "A,S,GA,1B", "B,S,TX,1B"))
        #expect(result.sources.map(\.id) == ["csv-unsourced"])
        #expect(result.sources.first?.title == "Not stated in the CSV file")
        #expect(result.investments.allSatisfy { $0.source == "csv-unsourced" })
    }

    @Test("A url that may not be a link is an error, located; an allowed one is kept with its scheme in lower case (issue 19)")
    func oddURL() throws {
        let result = try parse(csv("company,sector,states,amount_usd,url", "B,S,GA,1B,HTTPS://EXAMPLE.COM", "C,S,GA,1B, mailto:a@example.com "))
        #expect(result.sources.map(\.url) == ["https://EXAMPLE.COM", "mailto:a@example.com"])
        #expect(result.warnings.isEmpty)
        #expect(problems(csv("company,sector,states,amount_usd,url", "A,S,GA,1B,www.example.com", "B,S,GA,1B,javascript:alert(1)")) == [
            "examples.csv:2:5: column 'url': 'www.example.com' cannot be a link: it has no scheme, so it cannot be followed from a document; a link must start with https://, http:// or mailto:",
            "examples.csv:3:5: column 'url': 'javascript:alert(1)' cannot be a link: the scheme 'javascript:' is not allowed for links; a link must start with https://, http:// or mailto:",
        ])
    }

    // MARK: Limits

    @Test("The limits are 256 MB, 1,000,000 rows and 10,000 characters a field")
    func limits() {
        #expect(InvestmentCSV.maxBytes == 268_435_456)
        #expect(InvestmentCSV.maxRows == 1_000_000)
        #expect(InvestmentCSV.maxFieldCharacters == 10_000)
    }

    @Test("A file larger than 256 MB is refused before it is read")
    func tooManyBytes() {
        do throws(DataError) {
            _ = try InvestmentCSV.parse(Data(count: InvestmentCSV.maxBytes + 1), file: "big.csv")
            Issue.record("expected an error")
        } catch {
            #expect(error.problems.map(\.description) == [
                "big.csv: the file is 268,435,457 bytes; the limit is 256 MB (268,435,456 bytes), so split it into smaller files",
            ])
        }
    }

    @Test("More data rows than allowed is an error at the first row too many")
    func tooManyRows() throws {
        let rows = ["company,sector,states,amount_usd", "A,S,GA,1B", "B,S,GA,1B", "", "C,S,GA,1B"]
        let fits = Data(csv(rows[0], rows[1], rows[2], rows[3], rows[4]).utf8)
        #expect(try InvestmentCSV.parse(fits, file: "f.csv", maxRows: 3, maxFieldCharacters: 100).investments.count == 3)
        do throws(DataError) {
            _ = try InvestmentCSV.parse(fits, file: "f.csv", maxRows: 2, maxFieldCharacters: 100)
            Issue.record("expected an error")
        } catch {
            #expect(error.problems.map(\.description) == [
                "f.csv:5: the file has more than 2 data rows; split it into files of at most 2 rows",
            ])
        }
    }

    @Test("A field of 10,000 characters is fine; 10,001 is an error")
    func longField() throws {
        let longest = String(repeating: "가", count: 10_000)
        #expect(try parse(csv("company,sector,states,amount_usd", "\(longest),S,GA,1B")).investments.first?.company == longest)
        #expect(problems(csv("company,sector,states,amount_usd", "A\(longest),S,GA,1B")) == [
            "examples.csv:2:1: column 'company': the field is 10,001 characters long; the limit is 10,000, so shorten it",
        ])
    }

    // MARK: Files

    @Test("load(from:) reads a file and names it as asked")
    func load() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("InvestmentCSVTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("investments.csv")
        try Data(csv("company,sector,states,amount_usd", "A,S,GA,1B", "B,S,GA,oops").utf8).write(to: url)

        do throws(DataError) {
            _ = try InvestmentCSV.load(from: url, displayName: "investments.csv")
            Issue.record("expected an error")
        } catch {
            #expect(error.problems.map(\.description) == ["investments.csv:3:4: column 'amount_usd': 'oops' is not an amount; \(Self.forms)"])
        }

        try Data(csv("company,sector,states,amount_usd", "A,S,GA,1B").utf8).write(to: url)
        #expect(try InvestmentCSV.load(from: url).investments.count == 1)

        do throws(DataError) {
            _ = try InvestmentCSV.load(from: folder.appendingPathComponent("missing.csv"), displayName: "missing.csv")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "missing.csv: there is no such file; check the path")
        }

        do throws(DataError) {
            _ = try InvestmentCSV.load(from: folder, displayName: "folder")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "folder: this is a folder, not a CSV file; give the path of the file")
        }
    }

    @Test("Without a display name, problems name the file by its path")
    func loadPath() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("InvestmentCSVTests-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("company\n".utf8).write(to: url)
        do throws(DataError) {
            _ = try InvestmentCSV.load(from: url)
            Issue.record("expected an error")
        } catch {
            #expect(error.problems.first?.file == url.path)
        }
    }
}
