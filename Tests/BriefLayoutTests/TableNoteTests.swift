import BriefLayout
import BriefRender
import Testing

/// The note under a table says what its marks mean (`*`, `†`): it starts
/// on the page (or column) of the table's last rows, never alone after them.
@Suite("A table's note stays with its last rows")
struct TableNoteTests {
    let typesetter = Typesetter()

    func words(_ count: Int, seed: Int = 0) -> String {
        let vocabulary = ["Korean", "investment", "in", "battery", "plants", "ties", "jobs", "to", "states", "and",
                          "supply", "chains", "across", "the", "South", "Midwest", "semiconductors", "trade"]
        return (0..<count).map { vocabulary[($0 * 7 + seed) % vocabulary.count] }.joined(separator: " ")
    }

    @Test("After text of every length, the note under a table starts where the table's last row is", arguments: [1, 2], 0..<24)
    func noteWithLastRow(columns: Int, shift: Int) throws {
        let engine = LayoutEngine(style: LayoutStyle(columns: columns))
        let table = TableBlock(columns: [TableColumn("Company", weight: 2), TableColumn("Amount", alignment: .right)],
                               rows: (1...12).map { ["Company \($0)\nof a two-line name", "$\($0).0B *"] })
        let blocks: [Block] = [
            .paragraph(words(300 + shift * 9)), .table(table),
            .note("* Amounts are each state's part of the project; “of” gives the whole amount of a project shared with other states."),
            .paragraph(words(200, seed: 3)),
        ]
        let document = engine.layout(blocks, typesetter: typesetter)
        let last = try #require(document.items.last { $0.role == .tableRow })
        let note = try #require(document.items.first { $0.role == .note })
        let column = { (item: PlacedItem) in columns == 1 ? 0 : (item.frame.midX < LayoutStyle(columns: columns).textArea.midX ? 0 : 1) }
        #expect(note.page == last.page && column(note) == column(last),
                "\(columns) columns, shift \(shift): the table ends on page \(last.page + 1), its note starts on page \(note.page + 1)")
    }
}
