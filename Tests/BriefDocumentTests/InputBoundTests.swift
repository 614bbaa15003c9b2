import BriefData
@testable import BriefDocument
import BriefLayout
import Testing

@Suite("A word too long to set")
struct LongWordTests {
    @Test("A run of more than 2,000 characters without a space is an error where it starts; one of 2,000 is not")
    func longWord() {
        let limit = String(repeating: "x", count: 2_000)
        #expect(BriefDocument(text: "---\ntitle: T\n---\nA \(limit) b\n", file: "b.md").errors.isEmpty)
        let long = BriefDocument(text: "---\ntitle: T\n---\n\nSome 한국 \(limit)y after.\n", file: "b.md")
        #expect(long.errors.map(\.description) == [
            "b.md:5:9: a word of more than 2,000 characters without a space starts here; break it up with spaces"], "\(long.errors)")
    }
}

@Suite("Tables too large to set")
struct TableCellLimitTests {
    @Test("More than 50,000 table cells ('|') is an error at the line that passes the limit, and cmark is not asked to read them")
    func tooManyCells() {
        let row = "|" + String(repeating: " x |", count: 9) + "\n"
        let header = "|" + String(repeating: " h |", count: 9) + "\n|" + String(repeating: "---|", count: 9) + "\n"
        let rows = TableCellLimit.limit / 10
        let fits = BriefDocument(text: "---\ntitle: T\n---\n" + header + String(repeating: row, count: rows - 3), file: "t.md")
        #expect(fits.errors.isEmpty && !fits.blocks.isEmpty)
        let over = BriefDocument(text: "---\ntitle: T\n---\n" + header + String(repeating: row, count: rows), file: "t.md")
        #expect(over.errors.map(\.description) == [
            "t.md:\(6 + (TableCellLimit.limit - 20) / 10): the brief's tables have more than 50,000 cells ('|') by this line, more than a brief can set; "
                + "split the table or give the rows as an investments CSV"], "\(over.errors.map(\.description))")
        #expect(over.blocks.isEmpty)
    }
}
