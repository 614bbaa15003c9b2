@testable import BriefRender
import Testing

@Suite("Finding bytes in a finished PDF")
struct PDFPatchTests {
    /// The first (or last) position of `pattern` in `bytes` from `start`, one position at a time.
    static func naive(_ pattern: [UInt8], in bytes: [UInt8], from start: Int = 0, last: Bool = false) -> Int? {
        guard !pattern.isEmpty, pattern.count <= bytes.count, start <= bytes.count - pattern.count else { return nil }
        let positions = Array(max(0, start)...(bytes.count - pattern.count))
        return (last ? positions.reversed() : positions).first { Array(bytes[$0..<$0 + pattern.count]) == pattern }
    }

    @Test("find and findLast agree with a byte-by-byte search: at the ends, overlapping, absent, from any start")
    func agreesWithNaiveSearch() {
        var generator = SystemRandomNumberGenerator()
        let patterns: [[UInt8]] = [Array("/Type /Catalog".utf8), Array(">>".utf8), Array("aa".utf8), [0x61], Array("abc".utf8)]
        for round in 0..<300 {
            // Few distinct bytes, so that first bytes match often and patterns overlap.
            let count = round % 40
            let bytes = (0..<count).map { _ in [0x61, 0x62, 0x63, 0x3E][Int.random(in: 0..<4, using: &generator)] as UInt8 }
            for pattern in patterns {
                for start in [0, 1, count / 2, count] {
                    #expect(PDFPatch.find(pattern, in: bytes, from: start) == Self.naive(pattern, in: bytes, from: start), "\(bytes) \(pattern) \(start)")
                }
                #expect(PDFPatch.findLast(pattern, in: bytes) == Self.naive(pattern, in: bytes, last: true), "\(bytes) \(pattern)")
            }
        }
        let text = Array("1 0 obj\n<< /Type /Catalog\n   /Pages 2 0 R\n>>\nendobj\n".utf8)
        #expect(PDFPatch.find(Array("/Type /Catalog".utf8), in: text) == 11)
        #expect(PDFPatch.find(Array(">>".utf8), in: text, from: 11) == 42)
        #expect(PDFPatch.findLast(Array("obj".utf8), in: text) == 48)
    }
}
