import BriefLayout
import BriefRender
import Foundation
import Testing

@Suite("Page flow: full pages, figures near their text, nothing stranded")
struct PageFlowTests {
    let typesetter = Typesetter()
    let style = LayoutStyle()

    func words(_ count: Int, seed: Int = 0) -> String {
        let vocabulary = ["Korean", "investment", "in", "battery", "plants", "ties", "jobs", "to", "states", "and",
                          "supply", "chains", "across", "the", "South", "Midwest", "semiconductors", "trade"]
        return (0..<count).map { vocabulary[($0 * 7 + seed) % vocabulary.count] }.joined(separator: " ")
    }

    @Test("A lead-in sentence ending in a colon is never the last thing in a column", arguments: 0..<16)
    func leadInKeptWithList(shift: Int) {
        let blocks: [Block] = [.paragraph(words(560 + shift * 12)), .heading("Obstacles", level: 1),
                               .paragraph("Those named by the source are:"),
                               .bulletList((0..<5).map { "<b>Item \($0).</b> " + words(30, seed: $0) })]
        let document = LayoutEngine(style: style).layout(blocks, typesetter: typesetter)
        let leadIn = document.items.filter { $0.blockIndex == 2 }
        let firstItem = document.items.first { $0.blockIndex == 3 }
        #expect(leadIn.last?.page == firstItem?.page, "the lead-in ends page \((leadIn.last?.page ?? 0) + 1) without its list")
        for page in 0..<(document.pageCount - 1) {
            let last = document.items(onPage: page).last
            #expect(last?.blockIndex != 1 && last?.blockIndex != 2, "page \(page + 1) ends with a heading or a lead-in")
        }
    }

    @Test("A long lead-in paragraph may break, but its last lines stay with the list", arguments: 0..<8)
    func longLeadInBreaks(shift: Int) {
        let blocks: [Block] = [.paragraph(words(500 + shift * 14)), .paragraph(words(120, seed: 2) + " are:"),
                               .bulletList((0..<3).map { words(20, seed: $0) })]
        let document = LayoutEngine(style: style).layout(blocks, typesetter: typesetter)
        let leadIn = document.items.filter { $0.blockIndex == 1 }
        let firstItem = document.items.first { $0.blockIndex == 2 }
        #expect(leadIn.last?.page == firstItem?.page)
        for page in 0..<(document.pageCount - 1) {
            #expect(document.emptiness(ofPage: page) < 0.2, "page \(page + 1) is \(Int(document.emptiness(ofPage: page) * 100))% empty")
        }
    }

    @Test("A figure that waits lets headings and paragraphs fill the page, and lands within a page of its text", arguments: 0..<10)
    func figureWaitsBehindHeadings(shift: Int) throws {
        let blocks: [Block] = [.paragraph(words(420 + shift * 20)), .figure(FixedFigure(height: 330), caption: nil),
                               .heading("Where cooperation can grow", level: 1), .paragraph(words(40, seed: 1)),
                               .heading("Semiconductors", level: 2), .paragraph(words(70, seed: 2)),
                               .heading("Shipbuilding", level: 2), .paragraph(words(70, seed: 3)),
                               .heading("Batteries", level: 2), .paragraph(words(300, seed: 4))]
        let document = LayoutEngine(style: style).layout(blocks, typesetter: typesetter)
        let figure = try #require(document.items.first { $0.role == .figure })
        let intro = try #require(document.items.last { $0.blockIndex == 0 })
        #expect(figure.page - intro.page <= 1)
        for page in 0..<(document.pageCount - 1) {
            #expect(document.emptiness(ofPage: page) < 0.2, "page \(page + 1) is \(Int(document.emptiness(ofPage: page) * 100))% empty")
            let last = document.items(onPage: page).last
            if case .heading = last?.role {
                Issue.record("page \(page + 1) ends with a heading")
            }
        }
    }

    /// A figure that can be drawn shorter (as a map's tiles shrink), down to `minimum`.
    struct ShrinkableFigure: FigureContent {
        var height: Double
        var minimum: Double
        /// The narrowest width it reads at: wider than a column, it spans the columns.
        var width: Double = 0
        func preferredHeight(width: Double, typesetter: Typesetter) -> Double { height }
        func minimumHeight(width: Double, typesetter: Typesetter) -> Double { minimum }
        func minimumWidth(typesetter: Typesetter) -> Double { width }
        func draw(in context: GraphicsContext, frame: Rect) throws {
            context.fill(frame, color: Color(hex: "#0072B2") ?? .black)
        }
    }

    @Test("Two figures in a row, each taller than what a page has left, land within a page of their text; pages stay full",
          arguments: [1, 2], [false, true])
    func tallFiguresInARow(columns: Int, textBetween: Bool) throws {
        let style = LayoutStyle(columns: columns)
        let page = style.textArea.height
        // The second figure can be drawn shorter (as a map's tiles shrink); together at full height they overfill a page.
        for shift in 0..<6 {
            let blocks: [Block] = [.paragraph(words(380 * columns + shift * 30)),
                                   .figure(FixedFigure(height: 0.5 * page), caption: "Figure 1. Bars")]
                + (textBetween ? [.paragraph(words(30, seed: 1))] : [])
                + [.figure(ShrinkableFigure(height: 0.6 * page, minimum: 0.35 * page), caption: "Figure 2. Map"),
                   .paragraph(words(900 * columns, seed: 3))]
            let document = LayoutEngine(style: style).layout(blocks, typesetter: typesetter)
            for figure in document.items where figure.role == .figure {
                let intro = try #require(document.items.last { $0.blockIndex < figure.blockIndex && $0.role == .paragraph })
                #expect(figure.page - intro.page <= 1,
                        "\(columns) columns, shift \(shift): \(figure.text) on page \(figure.page + 1), its text on \(intro.page + 1)")
                #expect(figure.scale >= 0.94, "\(figure.text) is scaled to \(figure.scale)")
            }
            for index in 0..<(document.pageCount - 1) {
                #expect(document.emptiness(ofPage: index) < 0.2,
                        "\(columns) columns, shift \(shift): page \(index + 1) is \(Int(document.emptiness(ofPage: index) * 100))% empty")
            }
        }
    }

    @Test("Three spanning figures with short paragraphs between them, on two columns: each within a page of its text, pages full",
          arguments: 3..<8)
    func threeSpanningFigures(shift: Int) throws {
        let style = LayoutStyle(columns: 2)
        let page = style.textArea.height
        func figure(_ height: Double, _ minimum: Double, _ name: String) -> Block {
            .figure(ShrinkableFigure(height: height * page, minimum: minimum * page, width: style.textArea.width), caption: name)
        }
        // As in the Korean brief on A4: the text before the figures fills the first page but for part of its second
        // column, the paragraphs between them are a few lines, and no two figures fit a page unless drawn shorter.
        // The three lines before the third figure move whole to its page (the first stays full), not left two pages
        // before it. (With less text before them, shifts 0-2, the first page could not stay full either way.)
        let blocks: [Block] = [.paragraph(words(420 + shift * 20)), figure(0.62, 0.5, "Figure 1. Bars"),
                               .paragraph(words(45, seed: 1)), figure(0.62, 0.37, "Figure 2. Map"),
                               .paragraph(words(18, seed: 2)), figure(0.58, 0.48, "Figure 3. Sectors"),
                               .paragraph(words(1200, seed: 3))]
        let document = LayoutEngine(style: style).layout(blocks, typesetter: typesetter)
        for figure in document.items where figure.role == .figure {
            let intro = try #require(document.items.last { $0.blockIndex < figure.blockIndex && $0.role == .paragraph })
            #expect(figure.page - intro.page <= 1, "shift \(shift): \(figure.text) on page \(figure.page + 1), its text on \(intro.page + 1)")
        }
        for index in 0..<(document.pageCount - 1) {
            #expect(document.emptiness(ofPage: index) < 0.2,
                    "shift \(shift): page \(index + 1) is \(Int(document.emptiness(ofPage: index) * 100))% empty")
        }
    }

    @Test("Emptiness counts a gap beside or above a figure, not the usual spacing")
    func emptinessMeasure() {
        let full = LayoutEngine(style: style).layout([.paragraph(words(2000))], typesetter: typesetter)
        #expect(full.emptiness(ofPage: 0) < 0.03)
        let half = LayoutEngine(style: style).layout([.figure(FixedFigure(height: style.textArea.height / 2), caption: nil)],
                                                      typesetter: typesetter)
        #expect(abs(half.emptiness(ofPage: 0) - 0.5) < 0.03)
        let twoColumns = LayoutStyle(columns: 2)
        let oneColumn = LayoutEngine(style: twoColumns).layout([.figure(FixedFigure(height: twoColumns.textArea.height), caption: nil),
                                                                .pageBreak, .paragraph("Next")], typesetter: typesetter)
        #expect(oneColumn.pageCount == 2)
        #expect(abs(oneColumn.emptiness(ofPage: 0) - 0.5) < 0.03, "a page with one of two columns filled is half empty")
    }
}
