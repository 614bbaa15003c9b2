import BriefRender
import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The SVG writer maps each drawing call to the shortest element that draws it.
@Suite("SVG writer: elements, text, marks, ids, dark scheme")
struct SVGDeviceTests {
    let typesetter = Typesetter()

    func svg(width: Double = 200, height: Double = 100, prefix: SVGIDPrefix = .fixed("t"), background: Color? = .white,
             _ draw: (GraphicsContext) throws -> Void) throws -> String {
        let options = SVGOptions(title: "Title", description: "Description", idPrefix: prefix)
        let data = try ImageRenderer(size: Size(width: width, height: height), background: background, svg: options)
            .render(.svg, typesetter: typesetter, draw: draw)
        let parser = XMLParser(data: data)
        #expect(parser.parse(), "not well-formed: \(String(describing: parser.parserError))")
        return String(decoding: data, as: UTF8.self)
    }

    @Test("A drawing recorded now and written out later, on another thread, gives the bytes of one rendered at once")
    func recordedThenWritten() async throws {
        let renderer = ImageRenderer(size: Size(width: 240, height: 120), svg: SVGOptions(title: "T", description: "D"))
        let layout = typesetter.layout("Korean investment  in Georgia, 2024 (한국)", font: Font(size: 11))
        let draw = { (context: GraphicsContext) in
            context.fill(Rect(x: 10, y: 10, width: 50, height: 30), color: Color(hex: "#0072b2") ?? .black)
            context.draw(layout, at: Point(x: 12, y: 50), color: Color(hex: "#333333") ?? .black)
        }
        let atOnce = try renderer.render(.svg, typesetter: typesetter, draw: draw)
        let pending = try renderer.recordSVG(typesetter: typesetter, draw: draw)
        let later = await Task.detached { pending.data() }.value
        #expect(later == atOnce)
        #expect(String(decoding: later, as: UTF8.self).contains("xml:space=\"preserve\""), "two spaces in a row are kept")
    }

    @Test("Text without markup characters is its own markup; each of & < > \" ' is escaped")
    func escapedMarkup() {
        #expect(Typesetter.escapeMarkup("Korean investment, 한국 2024") == "Korean investment, 한국 2024")
        #expect(Typesetter.escapeMarkup("AT&T <b> \"q\" 'a'") == "AT&amp;T &lt;b&gt; &quot;q&quot; &#39;a&#39;")
    }

    @Test("A rectangle is a <rect>, a rounded one has rx, a line is a <line>, other paths use H and V")
    func shortestElements() throws {
        let text = try svg(background: nil) { context in
            context.fill(Rect(x: 10, y: 20.125, width: 30, height: 40), color: .black)
            context.newPath()
            context.addRoundedRect(Rect(x: 0, y: 0, width: 20, height: 20), radius: 3)
            context.fill(Color(hex: "#0072b2") ?? .black)
            context.strokeLine(from: Point(x: 0, y: 1), to: Point(x: 100, y: 1), color: .black, style: StrokeStyle(width: 0.5))
            context.newPath()
            context.move(to: Point(x: 0, y: 0))
            context.line(to: Point(x: 10, y: 0))
            context.line(to: Point(x: 10, y: 10))
            context.line(to: Point(x: 0, y: 20))
            context.closePath()
            context.fill(.black)
        }
        // The commonest fill is set once, on the root.
        #expect(text.contains(##" fill="#000">"##))
        #expect(text.contains(##"<rect x="10" y="20.13" width="30" height="40"/>"##))
        #expect(text.contains(##"<rect width="20" height="20" rx="3" fill="#0072b2"/>"##))
        #expect(text.contains(##"<line x1="0" y1="1" x2="100" y2="1" stroke="#000" stroke-width="0.5"/>"##))
        #expect(text.contains(##"<path d="M0 0H10V10L0 20Z"/>"##))
        #expect(!text.contains("<defs"), "no definitions when nothing uses one")
    }

    @Test("Transforms are applied to coordinates; stroke widths and text sizes scale with them")
    func transforms() throws {
        let layout = typesetter.layout("Scaled", font: Font(size: 10))
        let text = try svg(background: nil) { context in
            context.translate(by: 10, 5)
            context.scale(by: 2, 2)
            context.fill(Rect(x: 1, y: 1, width: 5, height: 5), color: .black)
            context.strokeLine(from: .zero, to: Point(x: 10, y: 0), color: .black)
            context.draw(layout, at: .zero, color: .black)
        }
        #expect(text.contains(##"<rect x="12" y="7" width="10" height="10"/>"##))
        #expect(text.contains(##"stroke-width="2""##))
        #expect(text.contains(##"font-size="20""##))
        let rotated = try svg(background: nil) { context in
            context.rotate(by: Double.pi / 2)
            context.draw(layout, at: .zero, color: .black)
        }
        #expect(rotated.contains("transform=\"matrix(0 1 -1 0 0 0)\""))
    }

    @Test("Text is <text> at Pango's baseline with its measured width, the style's family first, then a generic one")
    func realText() throws {
        let layout = typesetter.layout("Georgia $7.9B", font: Font(family: "DejaVu Sans", size: 12, weight: .bold))
        let text = try svg { context in context.draw(layout, at: Point(x: 5, y: 10), color: .black) }
        let width = SVGDeviceTests.format(layout.lines[0].width)
        let baseline = SVGDeviceTests.format(10 + layout.baseline)
        #expect(text.contains(##"font-family="DejaVu Sans,sans-serif" font-size="12" fill="#000">"##), "set once, on the root")
        #expect(text.contains(##"<text x="5" y="\##(baseline)" font-weight="bold" textLength="\##(width)" lengthAdjust="spacingAndGlyphs">Georgia $7.9B</text>"##),
                "\(text)")
    }

    @Test("Wrapped and ellipsized text: one <text> per line, trailing spaces dropped, the ellipsis kept")
    func lines() throws {
        let wrapped = typesetter.layout("Announced manufacturing investment by state", font: Font(size: 10), width: 120)
        let cut = typesetter.layout("A label far too long for its place", font: Font(size: 10), width: 80, maxLines: 1)
        let text = try svg { context in
            context.mark(class: "tb-label") { context.draw(wrapped, at: .zero, color: .black) }
            context.draw(cut, at: Point(x: 0, y: 60), color: .black)
        }
        #expect(wrapped.lineCount >= 2)
        #expect(text.contains(##"<g class="tb-label"><text"##))
        #expect(text.components(separatedBy: "<text").count - 1 == wrapped.lineCount + 1)
        #expect(!text.contains(" </text>"))
        #expect(text.contains("…</text>"))
    }

    @Test("Drawing lines 1..<2 of a layout puts that line's top at the point")
    func lineRange() throws {
        let layout = typesetter.layout("first line second line third line", font: Font(size: 10), width: 60)
        let lines = layout.lines
        try #require(lines.count >= 3)
        let text = try svg { context in context.draw(layout, lines: 1..<2, at: Point(x: 0, y: 50), color: .black) }
        #expect(text.components(separatedBy: "<text").count - 1 == 1)
        #expect(text.contains("y=\"\(SVGDeviceTests.format(50 + lines[1].baseline - lines[1].top))\""))
    }

    @Test("Everything is escaped, and characters XML forbids never reach the file")
    func escaping() throws {
        let nasty = "A & B <c> \"d\" 'e' \u{1}\u{8}\u{FFFE} é 한국 ]]>"
        let layout = typesetter.layout(nasty, font: Font(size: 10))
        let options = SVGOptions(title: nasty, description: nasty, idPrefix: .fixed("x"))
        let data = try ImageRenderer(size: Size(width: 300, height: 50), svg: options).render(.svg, typesetter: typesetter) { context in
            context.mark(title: nasty, class: "tb-a") { context.fill(Rect(x: 0, y: 0, width: 5, height: 5), color: .black) }
            context.draw(layout, at: .zero, color: .black)
        }
        let parser = XMLParser(data: data)
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("A &amp; B &lt;c&gt;"))
        #expect(!text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || $0.value == 0xFFFE })
        #expect(text.contains("한국"))
    }

    @Test("Spaces between words survive when the words are separate runs (Hangul, and Hangul beside Latin); a line's end has none")
    func spacesBetweenRuns() throws {
        let cases = ["한국 투자가 향하는 곳", "별디스플레이 ($642M), Mirae Semiconductor", "Kia 기아 Georgia"]
        for sample in cases {
            let layout = typesetter.layout(sample + "   ", font: Font(size: 10))
            let text = try svg(width: 400) { context in context.draw(layout, at: .zero, color: .black) }
            let shown = text.components(separatedBy: "<text").dropFirst().map { node in
                let content = node.split(separator: ">", maxSplits: 1).last.map(String.init) ?? ""
                return (content.components(separatedBy: "</text>").first ?? "")
                    .replacingOccurrences(of: #"<[^>]*>"#, with: "", options: .regularExpression)
            }.joined()
            #expect(shown == sample, "\(sample): the SVG shows \(shown)")
        }
    }

    @Test("A mark of one element puts its class and tooltip on it; a mark of several is a <g>")
    func marks() throws {
        let label = typesetter.layout("GA", font: Font(size: 10))
        let text = try svg(background: nil) { context in
            context.mark(title: "Georgia: $7.9B, 2 projects", class: "tb-bar") {
                context.fill(Rect(x: 0, y: 0, width: 50, height: 10), color: .black)
            }
            context.mark(title: "Kentucky: $5.7B, 1 project") {
                context.mark(class: "tb-tile") { context.fill(Rect(x: 0, y: 20, width: 20, height: 20), color: .black) }
                context.mark(class: "tb-code") { context.draw(label, at: Point(x: 2, y: 22), color: .white) }
            }
            context.mark(title: "empty") {}
        }
        #expect(text.contains(##"<rect width="50" height="10" class="tb-bar"><title>Georgia: $7.9B, 2 projects</title></rect>"##))
        #expect(text.contains(##"<g><title>Kentucky: $5.7B, 1 project</title><rect y="20" width="20" height="20" class="tb-tile"/>"##))
        #expect(text.contains(##"<text class="tb-code""##))
        #expect(!text.contains("empty"))
    }

    @Test("A clip is a prefixed <clipPath> that the clipped elements reference")
    func clipping() throws {
        let text = try svg(prefix: .fixed("c9")) { context in
            context.withSavedState {
                context.clip(to: Rect(x: 0, y: 0, width: 50, height: 50))
                context.fill(Rect(x: 10, y: 10, width: 100, height: 100), color: .black)
            }
            context.fill(Rect(x: 60, y: 60, width: 5, height: 5), color: .black)
            context.withSavedState { context.clip(to: Rect(x: 0, y: 0, width: 1, height: 1)) }   // unused
        }
        #expect(text.contains(##"<clipPath id="c9-c1"><path d="M0 0H50V50H0Z"/></clipPath>"##))
        #expect(text.contains(##"<rect x="10" y="10" width="100" height="100" clip-path="url(#c9-c1)"/>"##))
        #expect(text.contains(##"<rect x="60" y="60" width="5" height="5"/>"##))
        #expect(!text.contains("c9-c2"), "an unused clip is not written")
    }

    @Test("The root carries role, title, desc and the id; every other id starts with the prefix")
    func embedding() throws {
        let text = try svg(prefix: .fixed("map1")) { context in context.fill(Rect(x: 0, y: 0, width: 1, height: 1), color: .black) }
        #expect(text.contains(##"<svg xmlns="http://www.w3.org/2000/svg" id="map1" role="img" aria-labelledby="map1-title map1-desc" width="200" height="100" viewBox="0 0 200 100""##))
        #expect(text.contains(##"<title id="map1-title">Title</title>"##))
        #expect(text.contains(##"<desc id="map1-desc">Description</desc>"##))
        #expect(text.components(separatedBy: "<style>").count == 2)
        #expect(text.contains("<style>@media (prefers-color-scheme:dark){"))
        #expect(text.contains("#map1 [fill=\"#fff\"]{fill:#131313}"), "the background turns dark, scoped by the root's id")
    }

    @Test("A derived id prefix is the same for the same drawing and differs for another")
    func derivedPrefix() throws {
        func draw(_ width: Double) -> (GraphicsContext) -> Void {
            { context in context.fill(Rect(x: 0, y: 0, width: width, height: 10), color: .black) }
        }
        let first = try svg(prefix: .derived("tb-x"), draw(10))
        let again = try svg(prefix: .derived("tb-x"), draw(10))
        let other = try svg(prefix: .derived("tb-x"), draw(11))
        func root(_ text: String) -> String? {
            text.range(of: ##"id="tb-x-[0-9a-f]{8}""##, options: .regularExpression).map { String(text[$0]) }
        }
        #expect(root(first) != nil)
        #expect(root(first) == root(again))
        #expect(root(first) != root(other))
        #expect(first == again)
    }

    @Test("A recording cannot be drawn into the SVG writer: an error, not a silent gap")
    func recordingIsAnError() throws {
        let recording = try Recording(size: Size(width: 10, height: 10), typesetter: typesetter) { _ in }
        #expect(throws: RenderError.self) {
            _ = try ImageRenderer(size: Size(width: 10, height: 10)).render(.svg, typesetter: typesetter) { context in
                context.draw(recording, at: .zero)
            }
        }
    }

    static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let text = String(format: "%.2f", Double(hundredths) / 100)
        var trimmed = text
        while trimmed.hasSuffix("0") { trimmed.removeLast() }
        if trimmed.hasSuffix(".") { trimmed.removeLast() }
        return trimmed == "-0" ? "0" : trimmed
    }
}
