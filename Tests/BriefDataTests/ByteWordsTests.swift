import Testing
@testable import BriefData

/// The eight-bytes-at-a-time tests under the CSV reader (``ByteWords``), and
/// the loops that use them, against byte-by-byte references.
@Suite("Bytes eight at a time")
struct ByteWordsTests {
    /// A small deterministic generator (SplitMix64), so that a failure can be replayed.
    private struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// The mask a test should give: 0x80 in each byte of `bytes` that passes `test`.
    private func expectedMask(_ bytes: [UInt8], _ test: (UInt8) -> Bool) -> UInt64 {
        bytes.enumerated().reduce(0) { mask, item in test(item.element) ? mask | 0x80 << UInt64(item.offset * 8) : mask }
    }

    private func word(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { ByteWords.load($0.baseAddress!, at: 0) }
    }

    @Test("Each mask marks exactly the bytes that pass its test, whatever their neighbours (no borrow between bytes)")
    func masksAreExact() {
        var generator = Generator(state: 20)
        // Every byte value in every position, beside random bytes and beside the values that
        // make borrows (0x00, 0x01, 0x80, 0xFF).
        for position in 0..<8 {
            for value in 0...255 {
                for fill in [nil, 0x00, 0x01, 0x80, 0xFF] as [UInt8?] {
                    var bytes = (0..<8).map { _ in fill ?? UInt8.random(in: 0...255, using: &generator) }
                    bytes[position] = UInt8(value)
                    let word = word(bytes)
                    #expect(ByteWords.zeroBytes(word) == expectedMask(bytes) { $0 == 0 })
                    for target: UInt8 in [0x0A, 0x0D, 0x20, 0x22, 0x2C, 0x7F] {
                        #expect(ByteWords.bytes(word, equalTo: target) == expectedMask(bytes) { $0 == target })
                    }
                    for limit: UInt8 in [0x01, 0x20, 0x41, 0x80] {
                        #expect(ByteWords.bytes(word, below: limit) == expectedMask(bytes) { $0 < limit })
                    }
                }
            }
        }
    }

    @Test("firstMarked gives the first marked byte; load reads the first byte into the low bits")
    func firstMarkedAndLoad() {
        let bytes: [UInt8] = [1, 2, 3, 0x2C, 5, 0x2C, 7, 8]
        #expect(ByteWords.firstMarked(ByteWords.bytes(word(bytes), equalTo: 0x2C)) == 3)
        #expect(word(bytes) & 0xFF == 1)
        // Any alignment.
        let longer: [UInt8] = [9] + bytes
        #expect(longer.withUnsafeBufferPointer { ByteWords.load($0.baseAddress!, at: 1) } == word(bytes))
    }

    /// ``CSVText/isCleanASCII(_:)`` as it was written byte by byte.
    private func referenceIsCleanASCII(_ bytes: [UInt8]) -> Bool {
        var previousSpace = true
        for byte in bytes {
            let space = byte == 0x20
            if byte < 0x20 || byte >= 0x7F || (space && previousSpace) { return false }
            previousSpace = space
        }
        return !previousSpace || bytes.isEmpty
    }

    @Test("isCleanASCII agrees with the byte-by-byte rule on texts of every length up to 40, spaces across word ends included")
    func cleanASCIIAgreesWithTheRule() {
        var generator = Generator(state: 4180)
        // Mostly letters and spaces, so that double spaces fall on every offset, with a few bytes that are never clean.
        let alphabet: [UInt8] = Array("aZ9 ".utf8) + Array("aZ9 ".utf8) + [0x00, 0x09, 0x1F, 0x7E, 0x7F, 0x80, 0xC3, 0xFF]
        var clean = 0
        for length in 0...40 {
            for _ in 0..<400 {
                let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? 0x61 }
                let expected = referenceIsCleanASCII(bytes)
                if expected { clean += 1 }
                #expect(bytes.withUnsafeBufferPointer { CSVText.isCleanASCII($0) } == expected, "\(bytes)")
            }
        }
        // Both answers were exercised.
        #expect(clean > 500)
        // Two spaces that straddle the first word's end, and a space that ends the text.
        for (text, clean) in [("abcdefg  hijk", false), ("abcdefg hijklmnop", true), ("abcdefghijklmno ", false)] {
            #expect(Array(text.utf8).withUnsafeBufferPointer { CSVText.isCleanASCII($0) } == clean, "\(text)")
        }
    }

    @Test("Fields of every length split exactly where the commas, quotes and line ends are")
    func fieldsOfEveryLength() {
        var generator = Generator(state: 2024)
        let alphabet = Array("abc XYZ 09,\"\n\r\u{E9}".unicodeScalars).map(String.init)
        for _ in 0..<600 {
            let records = (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                (0..<Int.random(in: 1...5, using: &generator)).map { _ in
                    (0..<Int.random(in: 0...30, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? "a" }.joined()
                }
            }
            // Quoted where RFC 4180 needs it (looked for in bytes: "\r\n" is one Character); a record of one empty field is written quoted so it is not an empty line.
            let text = records.map { fields in
                fields.map { field in
                    field.isEmpty && fields.count == 1 || field.utf8.contains(where: { Array(",\"\n\r".utf8).contains($0) })
                        ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
                }.joined(separator: ",")
            }.joined(separator: "\r\n")
            let output = CSVParser().parse(text)
            #expect(output.problems.isEmpty, "\(text.debugDescription)")
            #expect(output.records.map(\.fields) == records, "\(text.debugDescription)")
        }
    }

    @Test("A byte that is not UTF-8 is found at any offset of a long field, quoted or not, with its line and column")
    func badUTF8AtEveryOffset() {
        for quoted in [false, true] {
            for offset in 0..<24 {
                var field = Array(repeating: UInt8(ascii: "x"), count: 24)
                field[offset] = 0xFF
                let cell = quoted ? [UInt8(ascii: "\"")] + field + [UInt8(ascii: "\"")] : field
                let bytes = Array("a,b\n1,".utf8) + cell + Array("\n".utf8)
                let problems = CSVParser().parse(bytes).problems
                #expect(problems.count == 1)
                #expect(problems.first?.line == 2)
                #expect(problems.first?.column == 2)
                #expect(problems.first?.message.contains("not valid UTF-8") == true)
            }
        }
        // Valid UTF-8 beyond ASCII in a skipped word is not reported.
        #expect(CSVParser().parse("a,b\n1,\u{D604}\u{B300}\u{C11C}\u{C6B8} motor group\n").problems.isEmpty)
    }
}
