import BriefLayout
import BriefRender
import Foundation
import Testing
import TestSupport

@Suite("Drawing a laid-out document")
struct DocumentRendererTests {
    let typesetter = Typesetter()

    @Test("A PDF has numbered pages, an outline, live links and tags")
    func pdfStructure() throws {
        let blocks: [Block] = [
            .title("Test Brief", subtitle: "Subtitle", dateline: "1 May 2025"),
            .heading("Alpha", level: 1),
            .paragraph(String(repeating: "Trade and investment across states. ", count: 120)),
            .heading("Beta", level: 2),
            .bulletList(["One", "Two"]),
            .table(TableBlock(columns: [TableColumn("A"), TableColumn("B", alignment: .right)], rows: [["x", "1"], ["y", "2"]])),
            .sourceNotes([SourceNote(text: "Example source", url: "https://example.org/report")]),
        ]
        let document = LayoutEngine().layout(blocks, typesetter: typesetter)
        let info = DocumentInfo(runningTitle: "Test Brief", runningDate: "1 May 2025", footerNote: "Source: tests",
                                metadata: PDFMetadata(title: "Test Brief", author: "Tests", creationDate: "2025-05-01T00:00:00Z"))
        let data = try DocumentRenderer(info: info).renderPDF(document, typesetter: typesetter)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("doc-\(UUID().uuidString).pdf")
        try data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }

        let pdfinfo = try Checker.run("pdfinfo", [url.path]).output
        #expect(pdfinfo.contains("Pages:           \(document.pageCount)"))
        #expect(pdfinfo.contains("Tagged:          yes"))
        #expect(pdfinfo.contains("CreationDate:    Thu May  1 00:00:00 2025 UTC"))
        let text = try Checker.run("pdftotext", [url.path, "-"]).output
        // pdftotext may drop the narrow spaces around the slash.
        let compact = text.replacingOccurrences(of: " ", with: "")
        #expect(document.pageCount > 1)
        #expect(compact.contains("1/\(document.pageCount)"))
        #expect(compact.contains("\(document.pageCount)/\(document.pageCount)"))
        let links = try Checker.run("pdfinfo", ["-url", url.path]).output
        #expect(links.contains("https://example.org/report"))
        let json = try Checker.run("qpdf", ["--json", url.path]).output
        #expect(json.contains("\"title\": \"Alpha\""))
        #expect(json.contains("\"title\": \"Beta\""))
        let check = try Checker.run("qpdf", ["--check", url.path]).output
        #expect(check.contains("No syntax or stream encoding errors"))
        #expect(!check.lowercased().contains("warning"))
    }

    @Test("The body weight reaches the PDF: a bold body embeds a Bold face, a regular one none (pdffonts)", arguments: [FontWeight.bold, .regular])
    func bodyWeight(weight: FontWeight) throws {
        var style = LayoutStyle()
        style.bodyWeight = weight
        let blocks: [Block] = [.paragraph("Trade and investment across states, in the body's weight.")]
        let document = LayoutEngine(style: style).layout(blocks, typesetter: typesetter)
        let info = DocumentInfo(runningTitle: "T", runningDate: "D", footerNote: "F", metadata: PDFMetadata(creationDate: "2025-05-01T00:00:00Z"))
        let pdf = try DocumentRenderer(info: info).renderPDF(document, typesetter: typesetter)
        let fonts = try TemporaryItems.withFile(pdf, suffix: ".pdf") { try Checker.output("pdffonts", [$0]) }
        #expect(fonts.contains("DejaVuSans-Bold") == (weight == .bold), "\(fonts)")
        #expect(fonts.contains("DejaVuSans "), "the running header and footer stay regular: \(fonts)")
    }

    @Test("The same layout draws to PNG pages of the page size")
    func pngPages() throws {
        let document = LayoutEngine().layout([.paragraph("Hello")], typesetter: typesetter)
        let info = DocumentInfo(runningTitle: "T", runningDate: "D", footerNote: "F", metadata: PDFMetadata())
        let png = try DocumentRenderer(info: info).renderPNG(document, page: 0, scale: 1, typesetter: typesetter)
        let bytes = [UInt8](png)
        #expect(bytes[16..<20].reduce(0) { $0 << 8 | Int($1) } == 612)
        #expect(bytes[20..<24].reduce(0) { $0 << 8 | Int($1) } == 792)
    }
}
