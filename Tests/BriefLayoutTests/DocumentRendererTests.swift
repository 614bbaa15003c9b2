import BriefLayout
import BriefRender
import Foundation
import Testing

@Suite("Drawing a laid-out document")
struct DocumentRendererTests {
    let typesetter = Typesetter()

    func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/\(tool)")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

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

        let pdfinfo = try run("pdfinfo", [url.path])
        #expect(pdfinfo.contains("Pages:           \(document.pageCount)"))
        #expect(pdfinfo.contains("Tagged:          yes"))
        #expect(pdfinfo.contains("CreationDate:    Thu May  1 00:00:00 2025 UTC"))
        let text = try run("pdftotext", [url.path, "-"])
        // pdftotext may drop the narrow spaces around the slash.
        let compact = text.replacingOccurrences(of: " ", with: "")
        #expect(document.pageCount > 1)
        #expect(compact.contains("1/\(document.pageCount)"))
        #expect(compact.contains("\(document.pageCount)/\(document.pageCount)"))
        let links = try run("pdfinfo", ["-url", url.path])
        #expect(links.contains("https://example.org/report"))
        let json = try run("qpdf", ["--json", url.path])
        #expect(json.contains("\"title\": \"Alpha\""))
        #expect(json.contains("\"title\": \"Beta\""))
        let check = try run("qpdf", ["--check", url.path])
        #expect(check.contains("No syntax or stream encoding errors"))
        #expect(!check.lowercased().contains("warning"))
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
