import BriefText
import Testing

@Suite("Byte scans: a quick no before a Character search")
struct ByteScanTests {
    /// Texts where bytes and Characters could disagree: combining marks after the
    /// second byte, CR LF, Hangul, and the plain cases.
    static let texts = [
        "", " ", "  ", "a  b", "a \u{301} b", "  \u{301}", "{{top:state}}", "{\u{301}{", "{{\u{301}", "[@csis]", "[\u{301}@",
        "line\r\nnext", "한국  투자", "no markers here", "{", "[", "x{y", "tail {{",
    ]

    @Test("Two bytes in a row: found wherever the two ASCII Characters are in a row", arguments: texts)
    func pairs(text: String) {
        for (first, second, pair) in [(UInt8(0x20), UInt8(0x20), "  "), (0x7B, 0x7B, "{{"), (0x5B, 0x40, "[@")] {
            if text.contains(pair) { #expect(text.containsBytes(first, second), "\(text.debugDescription) holds \(pair)") }
            // And only where the bytes are there.
            #expect(text.containsBytes(first, second) == text.utf8.indices.contains { index in
                text.utf8[index] == first && text.utf8.index(after: index) < text.utf8.endIndex
                    && text.utf8[text.utf8.index(after: index)] == second
            })
        }
    }

    @Test("A set of ASCII bytes holds exactly its members")
    func sets() {
        let set = ASCIIByteSet("{[&<>\"'")
        for byte in UInt8.min...UInt8.max {
            #expect(set.contains(byte) == "{[&<>\"'".utf8.contains(byte), "byte \(byte)")
        }
        #expect("a [b".containsAnyByte(set))
        #expect(!"plain text, 한국".containsAnyByte(set))
    }
}
