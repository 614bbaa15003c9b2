import BriefData
@testable import BriefDocument
import BriefLayout
import Testing

@Suite("A word too long to set")
struct LongWordTests {
    @Test("A run of more than 2,000 characters without a space in the prose is an error where it starts; one of 2,000 is not")
    func longWord() throws {
        let limit = String(repeating: "x", count: 2_000)
        #expect(try resolve("---\ntitle: T\n---\nA \(limit) b\n").errors.isEmpty)
        let long = try resolve("---\ntitle: T\n---\n\nSome words \(limit)y after.\n")
        #expect(described(long.errors) == ["brief.md:5:12: " + LongWords.message], "\(described(long.errors))")
        // In a table cell or a heading too.
        #expect(!(try resolve("# \(limit)y\n").errors.isEmpty))
        #expect(!(try resolve("| a |\n|---|\n| \(limit)y |\n").errors.isEmpty))
    }

    @Test("What is not set as a word is not held to the limit: a link's address, code, HTML, a rule, a delimiter row, CJK text")
    func notWords() throws {
        let long = String(repeating: "x", count: 2_100)
        for text in ["See [the source](https://example.com/\(long)).", "See [the source][1].\n\n[1]: https://example.com/\(long)",
                     "```\n\(long)\n```", "Text `\(long)` text.", "<!-- \(long) -->", String(repeating: "-", count: 2_100),
                     "| a |\n|" + String(repeating: "-", count: 2_100) + "|\n| b |", String(repeating: "中文", count: 1_100)] {
            #expect(!described(try resolve(text + "\n").errors).contains { $0.contains("without a space") }, "\(text.prefix(40))")
        }
    }
}

@Suite("Tables too large to set")
struct TableCellLimitTests {
    @Test("Tables of more than 50,000 cells (columns times rows, up to a blank line) are an error at the delimiter row, and cmark reads none of it")
    func tooManyCells() {
        let header = "|" + String(repeating: " h |", count: 10) + "\n|" + String(repeating: "---|", count: 10) + "\n"
        let rows = TableCellLimit.limit / 10  // with the header, one row too many
        let fits = BriefDocument(text: "---\ntitle: T\n---\n" + header + String(repeating: "| x |\n", count: rows - 1), file: "t.md")
        #expect(fits.errors.isEmpty && !fits.blocks.isEmpty)
        // Lines without a '|' after the delimiter row are rows too: cmark fills each to the header's ten cells.
        let over = BriefDocument(text: "---\ntitle: T\n---\n" + header + String(repeating: "x\n", count: rows), file: "t.md")
        #expect(over.errors.map(\.description) == [
            "t.md:5:1: the brief's tables have more than 50,000 cells (columns times rows) with this one, more than a brief can set; "
                + "split the table or give the rows as an investments CSV"], "\(over.errors.map(\.description))")
        #expect(over.blocks.isEmpty)
        // Inside a block quote too.
        let quoted = (header + String(repeating: "x\n", count: rows)).split(separator: "\n").map { "> " + $0 }.joined(separator: "\n")
        #expect(!BriefDocument(text: quoted, file: "t.md").errors.isEmpty)
        // Two tables count together; a blank line ends one.
        let half = header + String(repeating: "| x |\n", count: rows / 2 - 1)  // 10 × 2,500 cells
        #expect(BriefDocument(text: half + "\n" + half + "\nText.\n", file: "t.md").errors.isEmpty)
        #expect(!BriefDocument(text: half + "\n" + half + "\n" + half, file: "t.md").errors.isEmpty)
    }

    @Test("A delimiter row's cells are counted with or without the outer bars")
    func delimiterColumns() {
        for (row, columns) in [("| --- | :-: |", 2), ("--- | ---", 2), ("|---|", 1), ("| - |  - | - ", 3), ("---", nil), ("| a | b |", nil), ("> > | --- | --- |", 2)] {
            #expect(TableCellLimit.delimiterColumns(Substring(row).utf8) == columns, "\(row)")
        }
    }
}
