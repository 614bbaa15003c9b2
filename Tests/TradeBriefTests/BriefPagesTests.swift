import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport
import TradeBrief

/// The brief's pages as images: one PNG or SVG per page, as many as the PDF has.
@Suite("The brief's pages as PNG and SVG")
struct BriefPagesTests {
    @Test("renderPages(.png): one image per PDF page, Letter at 2× is 1224 × 1584 pixels")
    func png() throws {
        let brief = try Brief()
        let pages = try brief.renderPages(.png)
        let pdf = try brief.render(.pdf)
        let folder = try TemporaryItems.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("brief.pdf").path
        try pdf.write(to: URL(fileURLWithPath: path))
        #expect(pages.count == (try Checker.pdfPages(path)))
        #expect(pages.count >= 4)
        for page in pages {
            #expect(page.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            // IHDR: width and height, big-endian, at bytes 16…23.
            let width = page[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = page[20..<24].reduce(0) { $0 << 8 | Int($1) }
            #expect((width, height) == (1224, 1584))
        }
        #expect(Set(pages).count == pages.count, "two pages drew the same image")
    }

    @Test("renderPages(.svg): well-formed SVG documents with the pages' real text")
    func svg() throws {
        let pages = try Brief().renderPages(.svg)
        #expect(pages.count >= 4)
        for page in pages {
            let document = try XMLDocument(data: page, options: [])
            #expect(document.rootElement()?.name == "svg")
        }
        let first = String(decoding: pages[0], as: UTF8.self)
        #expect(first.contains("<text") && first.contains("Summary"))
    }

    @Test("a PDF has no pages form, and the scale is checked")
    func misuse() throws {
        #expect(throws: TradeBriefError.self) { try Brief().renderPages(.pdf) }
        #expect(throws: TradeBriefError.self) { try Brief().renderPages(.png, scale: 100) }
    }
}
