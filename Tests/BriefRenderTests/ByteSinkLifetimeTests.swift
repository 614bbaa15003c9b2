@testable import BriefRender
import Testing

/// A PDF surface keeps its byte sink alive for as long as Cairo may write to
/// it, and no longer. Cairo finishes a surface, writing the rest of the file,
/// when the last reference to it goes; that may be a page's drawing context
/// that outlives the writer (after an error). The sink once went with the
/// writer, and Cairo then wrote into freed memory (a crash in about half the
/// runs, found by an adversarial pass). Neither a plain run nor
/// AddressSanitizer caught that reliably (the write comes through Cairo's C
/// callback), so the sink's lifetime itself is what this checks.
@Suite("The byte sink lives exactly as long as its surface")
struct ByteSinkLifetimeTests {
    @Test("After the writer goes, the sink lives while a context holds the surface, and goes with it")
    func sinkOutlivesWriter() throws {
        weak var sink: ByteSink?
        var context: GraphicsContext?
        do {
            let writer = try PDFDocumentWriter(metadata: PDFMetadata(title: "Unfinished"), typesetter: Typesetter())
            sink = writer.sink
            context = try writer.beginPage(size: .letter)
            context?.fill(Rect(x: 10, y: 10, width: 100, height: 40), color: .black)
        }
        #expect(sink != nil, "the sink went with its writer while the surface could still write to it")
        context = nil
        #expect(sink == nil, "the sink outlived its surface")
    }
}
