@testable import BriefDocument
import Testing

/// GitHub's table syntax fails quietly: a delimiter row with a cell too few
/// makes the whole table a paragraph of pipes, and a row's extra cells
/// vanish. The build says so, where it happens, and still builds.
@Suite("Tables that cmark reads differently from what was meant")
struct TableLookalikeTests {
    private func warnings(_ markdown: String) throws -> [String] {
        described(try resolve("# T\n\n" + markdown).warnings)
    }

    @Test("A delimiter row with fewer cells than the header: a warning at the header's line, with both counts")
    func delimiterRowTooShort() throws {
        let found = try warnings("| A | B | C |\n|---|---|\n| 1 | 2 | 3 |\n")
        #expect(found == ["brief.md:3:1: this looks like a table, but its header row has 3 cells and its delimiter row "
            + "(line 4) 2, so it is printed as text; give the delimiter row one cell (---, :--, --: or :-:) for each header cell"])
    }

    @Test("Lines of pipes with no delimiter row: a warning that names what is missing")
    func noDelimiterRow() throws {
        let found = try warnings("| A | B |\n| 1 | 2 |\n")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("brief.md:3:1: these lines of '|' look like a table but are printed as text") == true)
    }

    @Test("A row with more or fewer cells than the header: a warning at that row's line")
    func rowsOfTheWrongWidth() throws {
        let found = try warnings("| A | B |\n|---|--:|\n| 1 | 2 | 3 |\n| 4 |\n| 5 | 6 |\n")
        #expect(found == [
            "brief.md:5:1: this row has 3 cells and the header 2: its last cell is left out; add a column to the header and the delimiter row, or join the cells",
            "brief.md:6:1: this row has 1 cell and the header 2: the missing cell is left empty; add '|  |' for an empty cell to say so",
        ])
    }

    @Test("Well-formed tables, escaped pipes, tables without outer pipes, in a quote, and prose with a pipe say nothing",
          arguments: [
              "| A | B |\n|---|---|\n| 1 | 2 |\n",
              "A | B\n--- | ---\n1 | 2\n",
              "| A | B |\n|:-|-:|\n| a \\| b | `c` |\n",
              "> | A | B |\n> |---|---|\n> | 1 | 2 |\n",
              "Either this | or that, as prose.\n",
              "| one pipe at the start of a line of prose.\n",
          ])
    func wellFormedSaysNothing(markdown: String) throws {
        #expect(try warnings(markdown).isEmpty)
    }

    @Test("Counting cells as GitHub does: outer pipes are borders, escaped pipes are text",
          arguments: [("| a | b |", 2), ("a | b", 2), ("| a |", 1), ("| a \\| b |", 1), ("|  |  |  |", 3), ("a", 1), ("", 0)])
    func cellCount(line: String, count: Int) {
        #expect(TableLookalike.cells(line) == count)
    }
}
