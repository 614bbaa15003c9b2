import BriefRender
import Foundation
import Testing
import TestSupport

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("Surfaces write valid files of the asked size")
struct SurfaceTests {
    let typesetter = Typesetter()

    func drawSample(_ context: GraphicsContext) throws {
        context.fill(Rect(x: 10, y: 10, width: 100, height: 40), color: Color(hex: "#0072B2") ?? .black)
        let layout = typesetter.layout("Georgia $7.9B", font: Font(size: 12))
        context.draw(layout, at: Point(x: 10, y: 60), color: .black)
    }

    @Test("A PDF document has the pages and page size it was given")
    func pdfPagesAndSize() throws {
        let writer = try PDFDocumentWriter(metadata: PDFMetadata(title: "Test brief", author: "Tests"), typesetter: typesetter)
        for _ in 0..<3 {
            let context = try writer.beginPage(size: .letter)
            try drawSample(context)
        }
        let data = try writer.finish()
        #expect(writer.pageCount == 3)
        #expect(data.starts(with: Data("%PDF-".utf8)))
        let path = try TemporaryItems.file(data, suffix: ".pdf")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let info = try Checker.run("pdfinfo", [path])
        #expect(info.status == 0)
        #expect(info.output.contains("Pages:           3"))
        #expect(info.output.contains("Page size:       612 x 792 pts"))
        #expect(info.output.contains("Title:           Test brief"))
        let text = try Checker.run("pdftotext", [path, "-"])
        #expect(text.output.contains("Georgia $7.9B"))
        let check = try Checker.run("qpdf", ["--check", path])
        #expect(check.status == 0, "qpdf --check: \(check.output)")
    }

    @Test("A4 pages are 595 × 842 points")
    func a4Page() throws {
        let data = try ImageRenderer(size: .a4).render(.pdf, typesetter: typesetter, draw: drawSample)
        let path = try TemporaryItems.file(data, suffix: ".pdf")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let info = try Checker.run("pdfinfo", [path])
        #expect(info.output.contains("595.276 x 841.89 pts"))
    }

    @Test("An SVG parses as XML and has a viewBox of the drawing's size", arguments: SVGTextMode.allCases)
    func svgIsXML(mode: SVGTextMode) throws {
        let options = SVGOptions(title: "Sample & test", description: "A bar <and> a label", idPrefix: .fixed("sample"), text: mode)
        let data = try ImageRenderer(size: Size(width: 300, height: 120), svg: options).render(.svg, typesetter: typesetter, draw: drawSample)
        let parser = XMLParser(data: data)
        #expect(parser.parse(), "SVG is not well-formed XML: \(String(describing: parser.parserError))")
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("viewBox=\"0 0 300 120\""))
        #expect(text.contains("role=\"img\""))
        #expect(text.contains("<title id=\"sample-title\">Sample &amp; test</title>"))
        #expect(text.contains("<desc id=\"sample-desc\">A bar &lt;and&gt; a label</desc>"))
        let path = try TemporaryItems.file(data, suffix: ".svg")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let png = path + ".png"
        defer { try? FileManager.default.removeItem(atPath: png) }
        let converted = try Checker.run("rsvg-convert", ["-o", png, path])
        #expect(converted.status == 0, "rsvg-convert: \(converted.output)")
    }

    @Test("Every id in an outlined SVG carries the prefix, and every reference points at one")
    func svgIdsArePrefixed() throws {
        let options = SVGOptions(title: "t", description: "d", idPrefix: .fixed("c1"), text: .paths)
        let data = try ImageRenderer(size: Size(width: 200, height: 80), svg: options).render(.svg, typesetter: typesetter, draw: drawSample)
        let text = String(decoding: data, as: UTF8.self)
        let ids = matches(#" id="([^"]+)""#, in: text)
        #expect(!ids.isEmpty)
        #expect(ids.allSatisfy { $0.hasPrefix("c1-") }, "unprefixed ids: \(ids.filter { !$0.hasPrefix("c1-") })")
        let references = matches(##"href="#([^"]+)""##, in: text)
        #expect(!references.isEmpty)
        #expect(Set(references).isSubset(of: Set(ids)))
    }

    @Test("The same drawing gives the same SVG bytes, whatever was drawn before", arguments: SVGTextMode.allCases)
    func svgIsReproducible(mode: SVGTextMode) throws {
        let options = SVGOptions(title: "t", description: "d", idPrefix: .derived("p"), text: mode)
        let first = try ImageRenderer(size: Size(width: 200, height: 80), svg: options).render(.svg, typesetter: typesetter, draw: drawSample)
        _ = try ImageRenderer(size: Size(width: 50, height: 50), svg: SVGOptions(text: mode)).render(.svg, typesetter: typesetter) { _ in }
        let second = try ImageRenderer(size: Size(width: 200, height: 80), svg: options).render(.svg, typesetter: typesetter, draw: drawSample)
        #expect(first == second)
    }

    @Test("A PNG has the drawing's size times the scale, in pixels")
    func pngPixelSize() throws {
        let data = try ImageRenderer(size: Size(width: 300, height: 120), pngScale: 2).render(.png, typesetter: typesetter, draw: drawSample)
        let bytes = [UInt8](data)
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 600)
        #expect(height == 240)
    }

    @Test("A surface of no size is an error, not a crash")
    func zeroSizeFails() {
        #expect(throws: RenderError.self) {
            _ = try ImageRenderer(size: Size(width: 0, height: 10)).render(.png, typesetter: typesetter) { _ in }
        }
        #expect(throws: RenderError.self) {
            _ = try ImageRenderer(size: Size(width: 100_000, height: 10)).render(.png, typesetter: typesetter) { _ in }
        }
    }

    @Test("A page's drawing context may outlive its PDF writer (as after an error): the last of them finishes the file cleanly")
    func contextOutlivesWriter() throws {
        // Cairo finishes a surface, writing the rest of the PDF to the writer's byte sink,
        // when the last reference to it goes: here the context's, after the writer is gone.
        // The sink once went with the writer, and Cairo then wrote into freed memory (a crash
        // in about half the runs). This run ending cleanly is only a smoke test of that path;
        // `ByteSinkLifetimeTests` checks the sink's lifetime itself.
        var context: GraphicsContext?
        do {
            let writer = try PDFDocumentWriter(metadata: PDFMetadata(title: "Unfinished"), typesetter: typesetter)
            context = try writer.beginPage(size: .letter)
            if let context { try drawSample(context) }
        }
        if let context { try drawSample(context) }
        context = nil
        // The same with an SVG surface (Cairo's, outlined text), whose context goes first.
        let svg = try ImageRenderer(size: Size(width: 120, height: 80), svg: SVGOptions(text: .paths))
            .render(.svg, typesetter: typesetter, draw: drawSample)
        #expect(String(decoding: svg, as: UTF8.self).contains("</svg>"))
    }

    @Test("A recording replays into a page")
    func recordingReplays() throws {
        let recording = try Recording(size: Size(width: 120, height: 80), typesetter: typesetter, draw: drawSample)
        let data = try ImageRenderer(size: Size(width: 300, height: 200)).render(.pdf, typesetter: typesetter) { context in
            context.draw(recording, at: Point(x: 20, y: 20))
            context.draw(recording, at: Point(x: 150, y: 20), scale: 0.5)
        }
        let path = try TemporaryItems.file(data, suffix: ".pdf")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let text = try Checker.run("pdftotext", [path, "-"])
        #expect(text.output.components(separatedBy: "Georgia").count - 1 == 2)
    }

    private func matches(_ pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range(at: 1)) }
    }
}
