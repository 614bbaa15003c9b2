import Testing
@testable import BriefData

/// The quick byte test agrees with the rule it stands in for, for every
/// Unicode scalar: it is what decides whether a brief's text is looked at
/// character by character (a brief's Characters walked every time cost 2%
/// of a default build's critical path).
@Suite("Unshowable text: the byte test and the rule agree")
struct UnshowableTextTests {
    @Test("For every scalar, alone and between letters, the byte test says what the rule says")
    func everyScalar() {
        var disagreements: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = UnshowableText.problem(with: scalar) != nil || UnshowableText.isBidiControl(scalar)
            var text = "a"
            text.unicodeScalars.append(scalar)
            text += "b"
            if UnshowableText.mayHaveUnshowable(text) != expected { disagreements.append(UnshowableText.codePoint(scalar)) }
            if disagreements.count > 20 { break }
        }
        #expect(disagreements.isEmpty, "\(disagreements)")
    }

    @Test("Text cut before a sequence's end is not read past its end")
    func truncatedSequences() {
        for bytes: [UInt8] in [[0xC2], [0xE2, 0x80], [0xEF, 0xBF], [0xF0, 0x9F, 0xBF]] {
            let text = String(decoding: bytes, as: UTF8.self)   // repaired to U+FFFD: showable
            #expect(!UnshowableText.mayHaveUnshowable(text))
        }
    }

    @Test("A file's name as outputs show it: controls, line ends and bidi overrides become U+FFFD, the rest stays")
    func shownName() {
        #expect(UnshowableText.shownName("evil\u{1B}[31m\nname\u{202E}.md.csv") == "evil\u{FFFD}[31m\u{FFFD}name\u{FFFD}.md.csv")
        #expect(UnshowableText.shownName("투자 목록 (2025).csv") == "투자 목록 (2025).csv")
        #expect(UnshowableText.shownName("my\tfile.csv") == "my\u{FFFD}file.csv")
    }

    @Test("The first byte that is not UTF-8 is found at its line and column (scalars)")
    func invalidUTF8() {
        #expect(InvalidUTF8.firstPlace(in: Array("ok\n한국 café".utf8)) == nil)
        #expect(InvalidUTF8.firstPlace(in: Array("a\n한국 caf".utf8) + [0xE9, 0x0A]).map { [$0.line, $0.column] } == [2, 7])
        #expect(InvalidUTF8.firstPlace(in: [0xFF]).map { [$0.line, $0.column] } == [1, 1])
        // A byte-order mark is not a column; a letter and its combining accent are one; CRLF ends a line.
        #expect(InvalidUTF8.firstPlace(in: [0xEF, 0xBB, 0xBF, 0x61, 0xFF]).map { [$0.line, $0.column] } == [1, 2])
        #expect(InvalidUTF8.firstPlace(in: Array("x\r\n한국e\u{301}x".utf8) + [0xFF]).map { [$0.line, $0.column] } == [2, 5])
    }
}
