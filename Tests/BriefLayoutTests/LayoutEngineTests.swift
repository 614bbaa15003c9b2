@testable import BriefLayout
import BriefRender
import Foundation
import Testing

/// A figure of fixed height, for synthetic documents.
struct FixedFigure: FigureContent {
    var height: Double
    func preferredHeight(width: Double, typesetter: Typesetter) -> Double { height }
    func draw(in context: GraphicsContext, frame: Rect) throws {
        context.fill(frame, color: Color(hex: "#0072B2") ?? .black)
    }
}

@Suite("The layout engine")
struct LayoutEngineTests {
    let typesetter = Typesetter()
    let engine = LayoutEngine(style: LayoutStyle())
    let area = LayoutStyle().textArea

    func words(_ count: Int, seed: Int = 0) -> String {
        let vocabulary = ["Korean", "investment", "in", "battery", "plants", "ties", "jobs", "to", "states", "and",
                          "supply", "chains", "across", "the", "South", "Midwest", "semiconductors", "trade"]
        return (0..<count).map { vocabulary[($0 * 7 + seed) % vocabulary.count] }.joined(separator: " ")
    }

    @Test("Every item stays inside the text area")
    func itemsInsideTextArea() {
        let blocks: [Block] = (0..<30).flatMap { index -> [Block] in
            [.heading("Section \(index)", level: 1 + index % 3), .paragraph(words(40 + index * 9, seed: index))]
        }
        let document = engine.layout(blocks, typesetter: typesetter)
        #expect(document.pageCount > 3)
        for item in document.items { #expect(area.contains(item.frame), "\(item.role) at \(item.frame) on page \(item.page)") }
        // Items on a page do not overlap.
        for page in 0..<document.pageCount {
            let frames = document.items(onPage: page).map(\.frame)
            for (i, a) in frames.enumerated() { for b in frames[(i + 1)...] { #expect(!a.intersects(b)) } }
        }
    }

    @Test("A source list's numbers never touch their text, even past 99; up to 99 they keep the fixed indent",
          arguments: [9, 99, 100, 1_000])
    func sourceNumbersClearTheirText(count: Int) {
        let notes = (1...count).map { SourceNote(text: "Source \($0)", url: "https://example.org/\($0)") }
        let document = engine.layout([.sourceNotes(notes)], typesetter: typesetter)
        var indents: Set<Double> = []
        for item in document.items {
            guard case .sourceNote(let number, _, _, let indent, _) = item.content else { continue }
            indents.insert(indent)
            #expect(number.size.width + LayoutStyle().smallSize * 0.5 <= indent, "\(number.text): \(number.size.width) in \(indent)")
        }
        #expect(indents.count == 1, "one indent for the whole list")
        if count <= 99 { #expect(indents == [LayoutStyle().smallSize * 2.4]) }
    }

    @Test("A heading is never the last thing on a page", arguments: 0..<12)
    func keepWithNext(shift: Int) {
        // Vary the text before the heading so it lands at every height of the page.
        var blocks: [Block] = [.paragraph(words(380 + shift * 13))]
        for index in 0..<6 { blocks += [.heading("Heading \(index)", level: 2), .paragraph(words(60, seed: index))] }
        let document = engine.layout(blocks, typesetter: typesetter)
        for page in 0..<(document.pageCount - 1) {
            let last = document.items(onPage: page).last
            #expect(last?.role != .heading(2), "page \(page + 1) ends with a heading")
        }
    }

    @Test("No paragraph leaves a single line alone at a page's top or bottom", arguments: 0..<15)
    func widowsAndOrphans(shift: Int) {
        let blocks: [Block] = [.spacer(0), .paragraph(words(200 + shift * 11)), .paragraph(words(900, seed: shift)),
                               .paragraph(words(300, seed: 3))]
        let document = engine.layout(blocks, typesetter: typesetter)
        var sawSplit = false
        for item in document.items where item.role == .paragraph && item.lines.count < item.totalLines {
            sawSplit = true
            #expect(item.lines.count >= 2, "a piece of \(item.lines.count) line(s) on page \(item.page + 1)")
        }
        #expect(sawSplit)
    }

    @Test("A table's header row repeats on every page it spans")
    func tableHeaderRepeats() {
        let table = TableBlock(columns: [TableColumn("Company", weight: 2), TableColumn("Amount", alignment: .right)],
                               rows: (1...90).map { ["Company \($0)", "$\($0).0B"] })
        let document = engine.layout([.paragraph(words(120)), .table(table)], typesetter: typesetter)
        #expect(document.pageCount >= 3)
        for page in 0..<document.pageCount {
            let tableItems = document.items(onPage: page).filter { $0.role == .tableHeader || $0.role == .tableRow }
            guard !tableItems.isEmpty else { continue }
            #expect(tableItems.first?.role == .tableHeader, "page \(page + 1) continues the table without its header")
        }
        #expect(document.items.filter { $0.role == .tableRow }.count == 90)
    }

    @Test("A long Korean name in a six-column table breaks between syllables rather than run into the next column",
          arguments: [1, 2])
    func longKoreanNameStaysInItsColumn(columns: Int) throws {
        var style = LayoutStyle()
        style.columns = columns
        let names = ["Samsung Electronics America (삼성전자아메리카반도체제조및첨단패키징유한책임회사텍사스테일러법인)",
                     "Hyundai Motor Group Metaplant America (현대자동차그룹메타플랜트아메리카)", "LG Energy Solution (LG에너지솔루션)"]
        let table = TableBlock(columns: [TableColumn("Company", weight: 2), TableColumn("Project", weight: 2), TableColumn("State(s)"),
                                         TableColumn("Sector", weight: 1.25), TableColumn("Amount", alignment: .right), TableColumn("Source", weight: 1.3)],
                               rows: names.map { [$0, "Advanced packaging plant for high-bandwidth memory", "IN, GA", "Semiconductors", "$3.9B",
                                                  "Georgia Department of Economic Development"] })
        let document = LayoutEngine(style: style).layout([.table(table)], typesetter: typesetter)
        #expect(document.warnings.isEmpty, "\(document.warnings)")
        var rows = 0
        for item in document.items where item.role == .tableRow {
            guard case .tableRow(let cells, let offsets, _, _, let padding) = item.content else { continue }
            rows += 1
            let edges = offsets.dropFirst() + [item.frame.width]
            for (index, cell) in cells.enumerated() {
                #expect(offsets[index] + padding + cell.size.width <= edges[edges.startIndex + index] + 0.5,
                        "cell \(index) of a row is wider than its column")
            }
        }
        #expect(rows == names.count)
    }

    @Test("A table that fits only with its Korean words broken between syllables is set so, without the 'too wide' warning")
    func koreanWordsBreakWhenTheTableNeedsIt() throws {
        let word = "가나다라마바사아자차카타파하"  // 14 Hangul: kept whole where a table fits so
        let table = TableBlock(columns: (1...8).map { TableColumn("열\($0)") }, rows: (1...3).map { _ in Array(repeating: word, count: 8) })
        let document = engine.layout([.table(table)], typesetter: typesetter)
        #expect(document.warnings.isEmpty, "\(document.warnings)")
        for item in document.items where item.role == .tableRow {
            guard case .tableRow(let cells, let offsets, _, _, let padding) = item.content else { continue }
            let edges = offsets.dropFirst() + [item.frame.width]
            for (index, cell) in cells.enumerated() {
                #expect(offsets[index] + padding + cell.size.width <= edges[edges.startIndex + index] + 0.5)
            }
        }
        // Where the table fits with them whole, they stay whole.
        let narrow = TableBlock(columns: [TableColumn("회사"), TableColumn("비고")], rows: [[word, "설명"]])
        let whole = engine.layout([.table(narrow)], typesetter: typesetter)
        let cell = try #require(whole.items.first { $0.role == .tableRow })
        guard case .tableRow(let cells, _, _, _, _) = cell.content else { return }
        #expect(cells[0].lineCount == 1)
    }

    @Test("A list item that introduces deeper items ('… commitments on:') never ends a page", arguments: 0..<24)
    func listLeadInStaysWithItsItems(shift: Int) {
        let lead = "Pair any tariff relief with commitments on:"
        let list = ListBlock(items: [
            ListBlock.Item(marker: "1.", text: RichText(words(18, seed: 1))),
            ListBlock.Item(marker: "2.", text: RichText(lead)),
            ListBlock.Item(marker: "•", text: RichText("shipbuilding and naval repair capacity;"), level: 1),
            ListBlock.Item(marker: "•", text: RichText("transformer and cable supply for the grid."), level: 1),
            ListBlock.Item(marker: "3.", text: RichText("Track disbursements, not announcements.")),
        ])
        let document = engine.layout([.paragraph(words(560 + 9 * shift)), .list(list)], typesetter: typesetter)
        for page in 0..<document.pageCount {
            let last = document.items(onPage: page).last { $0.role == .listItem || $0.role == .paragraph }
            #expect(last?.text != lead, "page \(page + 1) ends with the item that introduces the items after it")
        }
    }

    /// The body rows of table block `block`, in runs: one run for each column (page and left edge) they are placed in.
    static func rowRuns(of block: Int, in document: LaidOutDocument) -> [[PlacedItem]] {
        var runs: [[PlacedItem]] = []
        for item in document.items where item.blockIndex == block && item.role == .tableRow {
            if let last = runs.last?.last, last.page == item.page, abs(last.frame.minX - item.frame.minX) < 1 {
                runs[runs.count - 1].append(item)
            } else {
                runs.append([item])
            }
        }
        return runs
    }

    @Test("A table starts a column with its header and at least two rows, and never ends with one row alone; a table of up to three rows stays whole",
          arguments: [1, 2], 0..<18)
    func tableOrphansAndWidows(columns: Int, shift: Int) {
        let engine = LayoutEngine(style: LayoutStyle(columns: columns))
        // Tables of 1 to 7 rows and a long one, each after text of varying length, so that they start
        // and end at every height of a column.
        var blocks: [Block] = []
        var tables: [Int: Int] = [:]
        for (index, count) in [1, 2, 3, 4, 5, 7, 40].enumerated() {
            blocks.append(.paragraph(words(90 + shift * 23 + index * 41, seed: index)))
            tables[blocks.count] = count
            blocks.append(.table(TableBlock(columns: [TableColumn("Company", weight: 2), TableColumn("Amount", alignment: .right)],
                                            rows: (1...count).map { ["Company \($0)\nof a two-line name", "$\($0).0B"] })))
        }
        let document = engine.layout(blocks, typesetter: typesetter)
        var splits = 0
        for (block, count) in tables {
            let runs = Self.rowRuns(of: block, in: document)
            #expect(runs.map(\.count).reduce(0, +) == count)
            guard let first = runs.first, let last = runs.last else { continue }
            let header = document.items.first { $0.blockIndex == block && $0.role == .tableHeader }
            #expect(header?.page == first[0].page, "table \(block): its header is on another page than its first row")
            if count <= 3 {
                #expect(runs.count == 1, "\(columns) columns, table of \(count) rows split \(runs.map(\.count))")
                continue
            }
            splits += runs.count - 1
            #expect(first.count >= 2, "\(columns) columns, table of \(count) rows starts with \(first.count) row(s) on page \(first[0].page + 1)")
            #expect(last.count >= 2, "\(columns) columns, table of \(count) rows ends with \(last.count) row(s) alone on page \(last[0].page + 1)")
        }
        #expect(splits > 0, "no table was split: the test does not test")
    }

    @Test("A figure that does not fit waits for the next page's top while the next paragraph fills the gap")
    func figureFloats() throws {
        let document = engine.layout([.paragraph(words(450)), .figure(FixedFigure(height: 400), caption: nil), .paragraph(words(60, seed: 2))],
                                     typesetter: typesetter)
        let figure = try #require(document.items.first { $0.role == .figure })
        let after = try #require(document.items.first { $0.role == .paragraph && $0.blockIndex == 2 })
        #expect(figure.page == 1)
        #expect(figure.frame.minY == area.minY)
        #expect(after.page == 0, "the paragraph after the figure should fill page 1")
    }

    @Test("Without floats, a figure that does not fit moves to the next page whole")
    func figureMoves() {
        var engine = engine
        engine.floatFigures = false
        let document = engine.layout([.paragraph(words(500)), .figure(FixedFigure(height: 400), caption: nil)], typesetter: typesetter)
        let figure = document.items.first { $0.role == .figure }
        #expect(figure?.scale == 1)
        #expect(figure?.frame.height == 400)
        #expect(document.warnings.isEmpty)
    }

    @Test("A figure taller than a page is scaled down with a warning, never clipped")
    func oversizedFigure() throws {
        let document = engine.layout([.figure(FixedFigure(height: 2000), caption: "Huge")], typesetter: typesetter)
        let figure = try #require(document.items.first { $0.role == .figure })
        #expect(figure.scale < 1)
        #expect(area.contains(figure.frame))
        #expect(document.warnings.count == 1)
        #expect(document.warnings.first?.contains("scaled to") == true)
    }

    @Test("A page break starts a new page, and two in a row do not make an empty page")
    func pageBreaks() {
        let document = engine.layout([.paragraph("One"), .pageBreak, .pageBreak, .paragraph("Two")], typesetter: typesetter)
        #expect(document.pageCount == 2)
        #expect(document.items.last?.page == 1)
    }

    @Test("Two columns: text flows down the first column, then the second")
    func twoColumns() {
        let engine = LayoutEngine(style: LayoutStyle(columns: 2))
        let document = engine.layout([.paragraph(words(1200))], typesetter: typesetter)
        let firstPage = document.items(onPage: 0)
        #expect(firstPage.count == 2)
        #expect(firstPage[0].frame.minX < firstPage[1].frame.minX)
        #expect(firstPage[0].frame.width < area.width / 2)
    }

    @Test("Headings become outline entries with their pages")
    func outline() {
        let document = engine.layout([.heading("First", level: 1), .paragraph(words(900)), .heading("Second", level: 2)],
                                     typesetter: typesetter)
        #expect(document.outline.map(\.title) == ["First", "Second"])
        #expect(document.outline.last?.page == document.pageCount - 1)
    }
}
