import BriefRender
import Foundation
import Testing
import TestSupport

@Suite("The PDF names its language")
struct PDFLanguageTests {
    @Test("/Lang (ko) in the catalog; the file stays valid for qpdf; Hangul extracts and its Korean font is embedded")
    func lang() throws {
        let typesetter = Typesetter(language: "ko")
        let writer = try PDFDocumentWriter(metadata: PDFMetadata(title: "한국어", creationDate: "2025-04-23T00:00:00Z", language: "ko"),
                                           typesetter: typesetter)
        let context = try writer.beginPage(size: Size(width: 200, height: 100))
        context.draw(typesetter.layout("조지아", font: Font(size: 12)), at: Point(x: 10, y: 10), color: .black)
        let pdf = try writer.finish()
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(text.contains("/Type /Catalog\n   /Lang (ko)"))
        #expect(text.contains("/CreationDate (D:"))
        let path = try TemporaryItems.file(pdf, suffix: ".pdf")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let check = try Checker.run("qpdf", ["--check", path])
        #expect(check.status == 0, "\(check.output)")
        #expect(try Checker.output("pdftotext", [path, "-"]).contains("조지아"))
        // Hangul asked for in DejaVu Sans is set in NanumGothic (TrueType), embedded.
        let fonts = try Checker.output("pdffonts", [path])
        #expect(fonts.contains("NanumGothic"), "\(fonts)")
    }

    @Test("Without a language, or with a tag that could break out of the string, nothing is added")
    func noLang() throws {
        for language in [nil, "ko) /Evil (x", ""] as [String?] {
            let writer = try PDFDocumentWriter(metadata: PDFMetadata(title: "x", language: language))
            _ = try writer.beginPage(size: Size(width: 100, height: 100))
            let text = String(decoding: try writer.finish(), as: UTF8.self)
            #expect(!text.contains("/Lang"))
        }
    }
}
