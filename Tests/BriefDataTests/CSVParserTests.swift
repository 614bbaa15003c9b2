import Foundation
import Testing
@testable import BriefData

/// The RFC 4180 reader under the investments CSV.
@Suite("CSV reader")
struct CSVParserTests {
    private func read(_ text: String, _ parser: CSVParser = CSVParser()) -> CSVParser.Output {
        parser.parse(text)
    }

    private func fields(_ output: CSVParser.Output) -> [[String]] { output.records.map(\.fields) }
    private func lines(_ output: CSVParser.Output) -> [Int] { output.records.map(\.line) }

    // MARK: Records and fields

    @Test("Plain records split on commas and line feeds, each with its line")
    func plainRecords() {
        let output = read("a,b,c\n1,2,3\n")
        #expect(fields(output) == [["a", "b", "c"], ["1", "2", "3"]])
        #expect(lines(output) == [1, 2])
        #expect(output.problems.isEmpty)
        #expect(output.stoppedAtLine == nil)
    }

    @Test("The last record needs no line end, and a final line end adds no record")
    func lastLine() {
        #expect(fields(read("a,b\n1,2")) == [["a", "b"], ["1", "2"]])
        #expect(fields(read("a,b\n1,2\n")) == [["a", "b"], ["1", "2"]])
    }

    @Test("Empty fields are kept, including a trailing one")
    func emptyFields() {
        #expect(fields(read(",a,,b,\n")) == [["", "a", "", "b", ""]])
        #expect(fields(read("a,")) == [["a", ""]])
    }

    @Test("Spaces are part of unquoted fields (the reader does not trim)")
    func spacesKept() {
        #expect(fields(read(" a , b \n")) == [[" a ", " b "]])
    }

    @Test("An empty input has no records")
    func emptyInput() {
        let output = read("")
        #expect(output.records.isEmpty)
        #expect(output.problems.isEmpty)
    }

    // MARK: Byte-order mark and line ends

    @Test("A UTF-8 byte-order mark is skipped, not read into the first field")
    func byteOrderMark() {
        let output = read("\u{FEFF}company,sector\nA,B\n")
        #expect(fields(output) == [["company", "sector"], ["A", "B"]])
        #expect(output.problems.isEmpty)
    }

    @Test("A byte-order mark alone is an empty input")
    func byteOrderMarkAlone() {
        let output = CSVParser().parse([0xEF, 0xBB, 0xBF])
        #expect(output.records.isEmpty)
        #expect(output.problems.isEmpty)
    }

    @Test("CRLF line ends: no carriage return is left in the fields, and lines count the same")
    func crlf() {
        let output = read("a,b\r\n1,2\r\n\r\n3,4\r\n")
        #expect(fields(output) == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(lines(output) == [1, 2, 4])
        #expect(output.problems.isEmpty)
    }

    @Test("LF and CRLF may be mixed")
    func mixedLineEnds() {
        let output = read("a\r\nb\nc\r\n")
        #expect(fields(output) == [["a"], ["b"], ["c"]])
        #expect(lines(output) == [1, 2, 3])
    }

    @Test("Empty lines are skipped by default, and their lines still count")
    func emptyLinesSkipped() {
        let output = read("\n\na\n\n\nb\n\n")
        #expect(fields(output) == [["a"], ["b"]])
        #expect(lines(output) == [3, 6])
    }

    @Test("Empty lines can be kept as records of one empty field")
    func emptyLinesKept() {
        let output = read("a\n\nb\n", CSVParser(skipsEmptyLines: false))
        #expect(fields(output) == [["a"], [""], ["b"]])
        #expect(lines(output) == [1, 2, 3])
    }

    @Test("A bare carriage return is reported once, and read as a line end")
    func bareCarriageReturn() {
        let output = read("a,b\rc,d\re,f\n")
        #expect(fields(output) == [["a", "b"], ["c", "d"], ["e", "f"]])
        #expect(output.problems.count == 1)
        #expect(output.problems.first?.line == 1)
        #expect(output.problems.first?.message.contains("carriage return") == true)
    }

    // MARK: Quoting

    @Test("Quoted fields may hold commas")
    func quotedCommas() {
        #expect(fields(read("\"Seoul, Korea\",\"3,870,000,000\"\n")) == [["Seoul, Korea", "3,870,000,000"]])
    }

    @Test("A doubled quote inside a quoted field is one quote")
    func doubledQuotes() {
        let output = read("\"He said \"\"hi\"\"\",\"\"\"\",\"\"\n")
        #expect(fields(output) == [["He said \"hi\"", "\"", ""]])
        #expect(output.problems.isEmpty)
    }

    @Test("A quoted field may hold line breaks, kept as written")
    func quotedLineBreaks() {
        let output = read("a,\"line 1\nline 2\",b\n\"x\r\ny\",z\n")
        #expect(fields(output) == [["a", "line 1\nline 2", "b"], ["x\r\ny", "z"]])
        #expect(output.problems.isEmpty)
    }

    @Test("Records after a multi-line field carry their real line numbers")
    func linesAfterMultilineField() {
        let text = """
            h1,h2
            1,"first
            second
            third"
            2,x

            3,"a\r\nb"
            4,y
            """
        let output = read(text)
        #expect(lines(output) == [1, 2, 5, 7, 9])
        #expect(output.records.map { $0.fields[0] } == ["h1", "1", "2", "3", "4"])
    }

    @Test("Non-ASCII text is read as UTF-8")
    func unicode() {
        let output = read("현대자동차그룹,“Metaplant”,Zoë\n")
        #expect(fields(output) == [["현대자동차그룹", "“Metaplant”", "Zoë"]])
        #expect(output.problems.isEmpty)
    }

    @Test("Data slices with a non-zero start index are read from their start")
    func dataSlice() {
        let data = Data("xxa,b\n".utf8).dropFirst(2)
        #expect(fields(CSVParser().parse(data)) == [["a", "b"]])
    }

    // MARK: Problems

    @Test("A quote that is never closed is reported where it opens")
    func unterminatedQuote() throws {
        let output = read("a,b\n1,2\n3,\"open\nmore\nstill\n")
        #expect(output.problems.count == 1)
        let problem = try #require(output.problems.first)
        #expect(problem.line == 3)
        #expect(problem.column == 2)
        #expect(problem.message.contains("closing quote is missing"))
        let last = try #require(output.records.last)
        #expect(last.isCutShort)
        #expect(last.flawedColumns == [2])
        #expect(last.fields == ["3", "open\nmore\nstill\n"])
    }

    @Test("A quote inside an unquoted field is reported; the quote is kept as text")
    func strayQuote() throws {
        let output = read("a,b\n1,5\" screen\n")
        let problem = try #require(output.problems.first)
        #expect(output.problems.count == 1)
        #expect(problem.line == 2)
        #expect(problem.column == 2)
        #expect(problem.message.contains("does not start with a quote"))
        #expect(output.records[1].fields == ["1", "5\" screen"])
        #expect(output.records[1].flawedColumns == [2])
    }

    @Test("A space before an opening quote gets advice to remove it")
    func spaceBeforeQuote() throws {
        let output = read("a, \"b\"\n")
        let problem = try #require(output.problems.first)
        #expect(problem.column == 2)
        #expect(problem.message.contains("remove the spaces before the opening quote"))
    }

    @Test("Text after a closing quote is reported; it is kept as text")
    func textAfterClosingQuote() throws {
        let output = read("a,\"b\"c,d\n")
        let problem = try #require(output.problems.first)
        #expect(output.problems.count == 1)
        #expect(problem.line == 1)
        #expect(problem.column == 2)
        #expect(problem.message.contains("after the closing quote"))
        #expect(output.records[0].fields == ["a", "bc", "d"])
    }

    @Test("Text after a closing quote on a later line of a multi-line field is reported on that line")
    func textAfterClosingQuoteLine() throws {
        let output = read("x\n\"a\nb\" ,c\n")
        let problem = try #require(output.problems.first)
        #expect(problem.line == 3)
        #expect(problem.column == 1)
    }

    @Test("Reading goes on after a problem, so every problem is found in one pass")
    func allProblemsInOnePass() {
        let text = "h1,h2,h3\nok,ok,ok\nx\"y,ok,ok\nok,\"a\"b,ok\nok,ok,ok\nok,ok,\"never closed\n"
        let output = read(text)
        #expect(output.problems.map(\.line) == [3, 4, 6])
        #expect(output.problems.map(\.column) == [1, 2, 3])
        #expect(output.records.count == 6)
        #expect(lines(output) == [1, 2, 3, 4, 5, 6])
    }

    @Test("Bytes that are not UTF-8 are reported once, at the first field, with a count")
    func invalidUTF8() throws {
        var bytes = Array("a,b\n".utf8)
        bytes += [0x41, 0xC7, 0xF6, 0x2C, 0x42, 0x0A]  // "A<EUC-KR>,B"
        bytes += [0x43, 0x2C, 0xB0, 0xA1, 0x0A]  // "C,<EUC-KR>"
        let output = CSVParser().parse(bytes)
        #expect(output.records.count == 3)
        #expect(output.problems.count == 1)
        let problem = try #require(output.problems.first)
        #expect(problem.line == 2)
        #expect(problem.column == 1)
        #expect(problem.message.contains("not valid UTF-8"))
        #expect(problem.message.contains("1 more field"))
    }

    @Test("A UTF-16 file is recognised and reported")
    func utf16() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("a,b".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let output = CSVParser().parse(bytes)
        let problem = try #require(output.problems.first)
        #expect(problem.message.contains("UTF-16"))
        #expect(output.records.isEmpty)
    }

    // MARK: Limits

    @Test("A field may be as long as the limit, in characters, but not longer")
    func fieldLimit() throws {
        let parser = CSVParser(maxFieldCharacters: 10)
        #expect(parser.parse("0123456789,x\n").problems.isEmpty)
        // Ten characters, thirty bytes: still within the limit.
        #expect(parser.parse("가나다라마바사아자차,x\n").problems.isEmpty)
        let output = parser.parse("a,\"0123456789A\"\n")
        let problem = try #require(output.problems.first)
        #expect(problem.line == 1)
        #expect(problem.column == 2)
        #expect(problem.message == "the field is 11 characters long; the limit is 10, so shorten it")
        #expect(output.records[0].flawedColumns == [2])
    }

    @Test("Reading stops after the most records allowed and says where")
    func recordLimit() {
        let output = read("a\nb\n\nc\nd\n", CSVParser(maxRecords: 2))
        #expect(fields(output) == [["a"], ["b"]])
        #expect(output.stoppedAtLine == 4)
    }

    @Test("Numbers in messages are grouped by thousands")
    func grouping() {
        #expect(CSVParser.grouped(0) == "0")
        #expect(CSVParser.grouped(999) == "999")
        #expect(CSVParser.grouped(1000) == "1,000")
        #expect(CSVParser.grouped(10_000) == "10,000")
        #expect(CSVParser.grouped(1_000_000) == "1,000,000")
        #expect(CSVParser.grouped(-1234) == "-1,234")
    }
}
