@testable import BriefLayout
import BriefRender
import Foundation
import Testing

/// A figure of fixed height that needs at least `minimum` points of width.
struct WideFigure: FigureContent {
    var height: Double
    var minimum: Double
    func preferredHeight(width: Double, typesetter: Typesetter) -> Double { height }
    func minimumWidth(typesetter: Typesetter) -> Double { minimum }
    func draw(in context: GraphicsContext, frame: Rect) throws {}
}

@Suite("Two columns: wide tables and figures span them")
struct MultiColumnTests {
    let typesetter = Typesetter()
    let style = LayoutStyle(pageSize: .a4, marginLeft: 50, marginRight: 50, columns: 2, gutter: 18, bodySize: 9)

    func words(_ count: Int, seed: Int = 0) -> String {
        let vocabulary = ["Korean", "investment", "in", "battery", "plants", "ties", "jobs", "to", "states", "and",
                          "supply", "chains", "across", "the", "South", "Midwest", "semiconductors", "trade"]
        return (0..<count).map { vocabulary[($0 * 7 + seed) % vocabulary.count] }.joined(separator: " ")
    }

    /// An investments table: six columns, too wide for one column of A4.
    func investmentTable(rows: Int, fallbacks: [TableFallback] = []) -> TableBlock {
        let companies = ["Hyundai Motor Group", "LG Energy Solution", "Samsung Electronics", "Hanwha Qcells", "SK Hynix"]
        let rows = (0..<rows).map { index -> [String] in
            [companies[index % companies.count], "Advanced packaging facility", "GA, TN", "Semiconductors",
             "$\(index % 9 + 1)\(index % 2 == 0 ? ".4" : "")B", "Company press release \(index)"]
        }
        return TableBlock(columns: [
            TableColumn("Company", weight: 2), TableColumn("Project", weight: 1.7), TableColumn("State(s)", weight: 0.9),
            TableColumn("Sector", weight: 1.3), TableColumn("Amount", weight: 0.9, alignment: .right), TableColumn("Source", weight: 1.1),
        ], rows: rows, fallbacks: fallbacks)
    }

    @Test("A table too wide for a column spans both, its header repeated on every page, no word broken")
    func wideTableSpans() throws {
        let blocks: [Block] = [.paragraph(words(300)), .heading("The tracked investments", level: 2), .table(investmentTable(rows: 60)),
                               .paragraph(words(200, seed: 3))]
        let document = LayoutEngine(style: style).layout(blocks, typesetter: typesetter)
        let rows = document.items.filter { $0.role == .tableRow || $0.role == .tableHeader }
        #expect(rows.filter { $0.role == .tableRow }.count == 60)
        for row in rows { #expect(abs(row.frame.width - style.textArea.width) < 0.5, "row \(row.text) is \(row.frame.width) pt wide") }
        let heading = try #require(document.items.first { $0.role == .heading(2) })
        #expect(abs(heading.frame.width - style.textArea.width) < 0.5, "the heading before a spanning table spans too")
        for page in Set(rows.map(\.page)) {
            #expect(document.items(onPage: page).first { $0.role == .tableRow || $0.role == .tableHeader }?.role == .tableHeader)
        }
        #expect(document.warnings.isEmpty)
        // Every cell is wide enough for its widest word: no word is broken.
        for row in rows { expectNoBrokenWord(row) }
    }

    func expectNoBrokenWord(_ row: PlacedItem, style: LayoutStyle? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        guard case .tableRow(let cells, let offsets, _, _, let padding) = row.content else { return }
        for (index, cell) in cells.enumerated() {
            let right = index + 1 < offsets.count ? offsets[index + 1] : row.frame.width
            let room = right - offsets[index] - 2 * padding
            let style = style ?? self.style
            let font = Font(family: style.bodyFamily, size: style.smallSize + 0.4, weight: row.role == .tableHeader ? .bold : .regular)
            let widest = typesetter.unbreakableWidth(markup: Typesetter.escapeMarkup(cell.text), font: font)
            #expect(widest <= room + 0.01, "'\(cell.text)' needs \(widest) pt in a cell of \(room) pt", sourceLocation: sourceLocation)
        }
    }

    @Test("The columns above a spanning table are balanced")
    func balancedAbove() throws {
        let blocks: [Block] = [.paragraph(words(260)), .table(investmentTable(rows: 6))]
        let document = LayoutEngine(style: style).layout(blocks, typesetter: typesetter)
        let pieces = document.items.filter { $0.role == .paragraph && $0.page == 0 }
        #expect(pieces.count == 2, "the paragraph is split across both columns")
        let left = try #require(pieces.first), right = try #require(pieces.last)
        #expect(left.frame.minX < right.frame.minX)
        #expect(abs(left.frame.maxY - right.frame.maxY) < 14, "columns end within a line of each other")
        let header = try #require(document.items.first { $0.role == .tableHeader })
        #expect(header.page == 0)
        #expect(header.frame.minY > max(left.frame.maxY, right.frame.maxY))
    }

    @Test("A short paragraph between two spanning figures spans the columns instead of being balanced a line or two a column",
          arguments: [12, 24, 30])
    func shortParagraphBetweenSpanningFigures(wordCount: Int) throws {
        func figure(_ name: String) -> Block { .figure(WideFigure(height: 150, minimum: style.textArea.width), caption: name) }
        let blocks: [Block] = [figure("Figure 1."), .paragraph(words(wordCount)), figure("Figure 2."), .paragraph(words(400, seed: 5))]
        let document = LayoutEngine(style: style).layout(blocks, typesetter: typesetter)
        let between = document.items.filter { $0.blockIndex == 1 }
        #expect(between.count == 1, "\(wordCount) words: the paragraph is in \(between.count) pieces")
        let paragraph = try #require(between.first)
        #expect(abs(paragraph.frame.width - style.textArea.width) < 0.5, "\(wordCount) words: \(paragraph.frame.width) pt wide")
        // The text after the second figure is set in the columns as before.
        let after = document.items.filter { $0.blockIndex == 3 }
        #expect(!after.isEmpty && after.allSatisfy { abs($0.frame.width - style.columnWidth) < 0.5 })
    }

    @Test("A short paragraph whose next spanning figure must wait for the next page stays in the columns, with the text after it")
    func shortParagraphBeforeWaitingFigure() throws {
        func figure(_ height: Double, _ name: String) -> Block {
            .figure(WideFigure(height: height, minimum: style.textArea.width), caption: name)
        }
        let page = style.textArea.height
        let blocks: [Block] = [figure(page * 0.55, "Figure 1."), .paragraph(words(24)), figure(page * 0.5, "Figure 2."),
                               .paragraph(words(400, seed: 5))]
        let document = LayoutEngine(style: style).layout(blocks, typesetter: typesetter)
        let second = try #require(document.items.first { $0.blockIndex == 2 })
        #expect(second.page == 1, "the second figure does not fit below the first, so it waits")
        let between = document.items.filter { $0.blockIndex == 1 }
        #expect(between.allSatisfy { abs($0.frame.width - style.columnWidth) < 0.5 && $0.page == 0 },
                "the short paragraph stays in a column of page 1: \(between.map(\.frame))")
    }

    @Test("A longer run between spanning figures stays in the columns, balanced")
    func longParagraphBetweenSpanningFiguresIsBalanced() throws {
        func figure(_ name: String) -> Block { .figure(WideFigure(height: 150, minimum: style.textArea.width), caption: name) }
        let blocks: [Block] = [figure("Figure 1."), .paragraph(words(160)), figure("Figure 2.")]
        let document = LayoutEngine(style: style).layout(blocks, typesetter: typesetter)
        let pieces = document.items.filter { $0.blockIndex == 1 }
        #expect(pieces.count == 2, "the paragraph is split across both columns")
        #expect(pieces.allSatisfy { abs($0.frame.width - style.columnWidth) < 0.5 })
    }

    @Test("A table that cannot fit the page drops or abbreviates columns as its fallbacks say, breaking no word")
    func fallbacksApplied() throws {
        // Narrow page: 2 columns of a small page, the whole width too narrow for six columns.
        let narrow = LayoutStyle(pageSize: Size(width: 360, height: 600), marginLeft: 30, marginRight: 30, columns: 2, gutter: 12)
        let table = investmentTable(rows: 8, fallbacks: [
            .replace(5, with: TableColumn("Ref.", weight: 0.4), cells: (0..<8).map { "[\($0 + 1)]" }),
            .drop(1),
            .drop(3),
        ])
        let document = LayoutEngine(style: narrow).layout([.table(table)], typesetter: typesetter)
        let header = try #require(document.items.first { $0.role == .tableHeader })
        #expect(header.text.contains("Ref."), "Source became a numbered reference: \(header.text)")
        #expect(!header.text.contains("Source"))
        #expect(header.text.contains("Amount"))
        #expect(document.warnings.isEmpty, "\(document.warnings)")
        let first = try #require(document.items.first { $0.role == .tableRow })
        #expect(first.text.contains("[1]"))
        for row in document.items where row.role == .tableRow || row.role == .tableHeader { expectNoBrokenWord(row, style: narrow) }
    }

    @Test("A table that fits a column comfortably stays in it")
    func narrowTableStays() throws {
        let table = TableBlock(columns: [TableColumn("State"), TableColumn("Amount", alignment: .right)],
                               rows: (1...12).map { ["State \($0)", "$\($0).4B"] })
        let document = LayoutEngine(style: style).layout([.paragraph(words(40)), .table(table)], typesetter: typesetter)
        for row in document.items where row.role == .tableRow {
            #expect(abs(row.frame.width - style.columnWidth) < 0.5)
        }
    }

    @Test("A figure wider than a column spans both; the title spans")
    func wideFigureSpans() throws {
        let blocks: [Block] = [.title("A brief", subtitle: "With a subtitle", dateline: nil), .paragraph(words(120)),
                               .figure(WideFigure(height: 200, minimum: 400), caption: nil), .paragraph(words(300, seed: 2)),
                               .figure(WideFigure(height: 120, minimum: 0), caption: nil), .paragraph(words(200, seed: 4))]
        let document = LayoutEngine(style: style).layout(blocks, typesetter: typesetter)
        let title = try #require(document.items.first { $0.role == .title })
        #expect(abs(title.frame.width - style.textArea.width) < 0.5)
        let figures = document.items.filter { $0.role == .figure }
        #expect(figures.count == 2)
        #expect(abs(figures[0].frame.width - style.textArea.width) < 0.5)
        #expect(abs(figures[1].frame.width - style.columnWidth) < 0.5)
        // Nothing overlaps.
        for page in 0..<document.pageCount {
            let frames = document.items(onPage: page).map(\.frame)
            for (i, a) in frames.enumerated() { for b in frames[(i + 1)...] { #expect(!a.intersects(b), "\(a) and \(b) overlap") } }
            for frame in frames { #expect(style.textArea.insetBy(dx: -0.5, dy: -0.5).contains(frame)) }
        }
    }

    @Test("A spanning figure leaves no gap: it goes below the balanced columns or waits for a page's top", arguments: 0..<10)
    func spanningFigureLeavesNoGap(shift: Int) throws {
        let blocks: [Block] = [.paragraph(words(500 + shift * 90)), .figure(WideFigure(height: 380, minimum: 400), caption: nil),
                               .paragraph(words(900, seed: 5))]
        let document = LayoutEngine(style: style).layout(blocks, typesetter: typesetter)
        let figure = try #require(document.items.first { $0.role == .figure })
        let before = document.items.filter { $0.blockIndex == 0 }
        let introPage = try #require(before.last?.page)
        #expect(figure.page - introPage <= 1)
        if figure.frame.minY > style.textArea.minY + 0.5 {
            // Below columns: those on its page above it are balanced.
            let above = document.items(onPage: figure.page).filter { $0.frame.maxY <= figure.frame.minY }
            let left = above.filter { $0.frame.minX < style.columnFrame(1).minX }.map(\.frame.maxY).max() ?? style.textArea.minY
            let right = above.filter { $0.frame.minX >= style.columnFrame(1).minX }.map(\.frame.maxY).max() ?? style.textArea.minY
            // Within the lines that widow and orphan control may hold back.
            #expect(abs(left - right) < 36)
        }
        for page in 0..<(document.pageCount - 1) {
            #expect(document.emptiness(ofPage: page) < 0.2, "page \(page + 1) is \(Int(document.emptiness(ofPage: page) * 100))% empty")
        }
    }

    @Test("A tall column figure that would leave a gap beside it above a spanning table spans instead", arguments: 0..<4)
    func lopsidedFigureSpans(shift: Int) throws {
        let blocks: [Block] = [.paragraph(words(700 + shift * 40)), .figure(WideFigure(height: 420, minimum: 0), caption: nil),
                               .paragraph(words(40, seed: 1)), .heading("The tracked investments", level: 2),
                               .table(investmentTable(rows: 30))]
        let document = LayoutEngine(style: style).layout(blocks, typesetter: typesetter)
        for page in 0..<(document.pageCount - 1) {
            #expect(document.emptiness(ofPage: page) < 0.2, "page \(page + 1) is \(Int(document.emptiness(ofPage: page) * 100))% empty")
        }
        let figure = try #require(document.items.first { $0.role == .figure })
        let intro = try #require(document.items.last { $0.blockIndex == 0 })
        #expect(figure.page - intro.page <= 1)
    }
}
