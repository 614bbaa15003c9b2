import BriefRender
import Foundation
import Testing
import TestSupport

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

    /// The `/URI` strings of a PDF, as qpdf reads them back (qpdf writes
    /// each object's dictionary on its own lines with `--qdf`).
    private func uris(in data: Data) throws -> (uris: [String], check: ProgramResult, actions: [String]) {
        let path = try TemporaryItems.file(data, suffix: ".pdf")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let check = try Checker.run("qpdf", ["--check", path])
        let json = try Checker.run("qpdf", ["--json", "--json-key=qpdf", path])
        let text = json.output
        // Every "/URI": "u:…" value and every "/S": "/…" action type, in file order.
        func values(of key: String) -> [String] {
            var found: [String] = []
            var rest = Substring(text)
            while let range = rest.range(of: "\"\(key)\": \"") {
                rest = rest[range.upperBound...]
                guard let end = rest.firstIndex(of: "\"") else { break }
                found.append(String(rest[..<end]))
                rest = rest[end...]
            }
            return found
        }
        return (values(of: "/URI"), check, values(of: "/S"))
    }

    /// A page with one link inside a `Document` structure tag, as every
    /// document tradebrief writes has. (Cairo 1.16 leaves an object number
    /// without its object in a PDF whose link has no structure around it,
    /// which qpdf reports as damage; no tradebrief output is made that way.)
    private func taggedPDF(linking uri: String) throws -> Data {
        let writer = try PDFDocumentWriter(metadata: PDFMetadata(title: "Links", author: "Tests"))
        let context = try writer.beginPage(size: .letter)
        context.beginTag("Document")
        context.withLink(uri: uri) {
            context.fill(Rect(x: 10, y: 10, width: 100, height: 20), color: .black)
        }
        context.endTag("Document")
        return try writer.finish()
    }

    @Test("A parenthesis in an address stays inside it: it cannot end the string and add keys (a JavaScript action)", arguments: [
        "https://x.example/)/S/JavaScript/JS(app.alert(7)",
        "https://x.example/)",
        "https://x.example/a(b)c",
        "https://en.wikipedia.org/wiki/Korea_(disambiguation)",
    ])
    func parenthesesAreEscaped(_ uri: String) throws {
        #expect(GraphicsContext.isAllowedLink(uri))
        let found = try uris(in: try taggedPDF(linking: uri))
        #expect(found.check.status == 0 && !found.check.output.contains("WARNING"), "qpdf --check: \(found.check.output)")
        #expect(found.uris == ["u:" + uri], "the link reads back as \(found.uris), not \(uri)")
        #expect(!found.actions.contains("/JavaScript"), "actions: \(found.actions)")
    }

    @Test("An address with letters beyond ASCII is written percent-encoded (a /URI is ASCII), in UTF-8")
    func nonASCIIIsPercentEncoded() throws {
        let found = try uris(in: try taggedPDF(linking: "https://x.example/café/서울"))
        #expect(found.uris == ["u:https://x.example/caf%C3%A9/%EC%84%9C%EC%9A%B8"])
    }
}
