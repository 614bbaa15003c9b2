import BriefRender
import Foundation
import Testing

/// The render layer's last guard: no address other than https:, http: or
/// mailto: ever becomes a `/URI` link, whatever the caller passes (issue 19, item 2).
@Suite("Links in PDFs: only https, http and mailto become /URI links")
struct LinkGuardTests {
    private func pdf(linking uri: String) throws -> Data {
        let writer = try PDFDocumentWriter(metadata: PDFMetadata(title: "Links", author: "Tests"))
        let context = try writer.beginPage(size: .letter)
        context.withLink(uri: uri) {
            context.fill(Rect(x: 10, y: 10, width: 100, height: 20), color: .black)
        }
        context.withTag("Link", attributes: "uri='javascript:tagged()'") {
            context.fill(Rect(x: 10, y: 40, width: 100, height: 20), color: .black)
        }
        return try writer.finish()
    }

    private func contains(_ data: Data, _ text: String) -> Bool {
        data.range(of: Data(text.utf8)) != nil
    }

    @Test("Allowed addresses become links", arguments: ["https://example.com/a", "http://example.com", "mailto:someone@example.com"])
    func allowed(_ uri: String) throws {
        #expect(GraphicsContext.isAllowedLink(uri))
        let data = try pdf(linking: uri)
        #expect(contains(data, "/URI"), "no /URI link for \(uri)")
        #expect(contains(data, uri))
        #expect(!contains(data, "javascript"), "a Link tag passed to withTag became a link")
    }

    @Test("Other addresses are drawn without a link", arguments: [
        "javascript:alert(1)", "JavaScript:alert(1)", "vbscript:msgbox(1)", "file:///etc/passwd", "data:text/html,<script>",
        "launch:calc.exe", "\\\\host\\share\\x.pdf", "www.example.com", "/relative/path", "//host/x", "https:", "mailto:",
        "https://exa mple.com", "https://example.com/\u{202E}fdp.exe", "https://example.com/\u{0007}", "HTTPS://example.com",
        "https:\\\\host", "",
    ])
    func refused(_ uri: String) throws {
        #expect(!GraphicsContext.isAllowedLink(uri))
        let data = try pdf(linking: uri)
        #expect(!contains(data, "/URI"), "\(uri.debugDescription) became a link")
    }
}
