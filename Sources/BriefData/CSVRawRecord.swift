/// One record of a CSV input as ``CSVRecordReader`` hands it out: its fields
/// as spans of bytes (in the input, or unescaped in a scratch buffer), so that
/// a reader of the common case never makes a `String`.
///
/// The spans point into the input window the reader had when it read the
/// record; a record is only valid until the reader reads the next one.
struct CSVRawRecord {
    /// Where one field's bytes are.
    struct Span {
        /// The start offset, in the input or in ``CSVRawRecord/scratch``.
        var start: Int
        /// The end offset (exclusive).
        var end: Int
        /// Whether the bytes are in ``CSVRawRecord/scratch`` (a quoted field with `""` in it).
        var inScratch: Bool
    }

    /// The input the spans point into.
    var input = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    /// The 1-based line the record starts on.
    var line = 1
    /// The fields, in order.
    var spans: [Span] = []
    /// The unescaped bytes of quoted fields that had `""` in them.
    let scratch = ByteBuffer()
    /// The 1-based positions of fields with a reported syntax problem.
    var flawedColumns: [Int] = []
    /// Whether the input ended inside the last (quoted) field.
    var isCutShort = false
    /// Whether any field has a byte of 0x80 or more.
    var hasNonASCII = false
    /// Fields whose text is not their bytes decoded in one piece (text after a
    /// closing quote is decoded apart from the quoted part, as it always was).
    var texts: [(column: Int, text: String)] = []

    /// The number of fields.
    var count: Int { spans.count }

    /// Empties the record for reuse, keeping its storage.
    mutating func reset(line: Int) {
        self.line = line
        spans.removeAll(keepingCapacity: true)
        scratch.removeAll()
        flawedColumns.removeAll(keepingCapacity: true)
        isCutShort = false
        hasNonASCII = false
        if !texts.isEmpty { texts.removeAll() }
    }

    /// The bytes of field `index` (0-based), valid while the record is.
    @inline(__always)
    func bytes(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        let span = spans[index]
        if span.inScratch {
            return UnsafeBufferPointer(start: scratch.base + span.start, count: span.end - span.start)
        }
        return UnsafeBufferPointer(rebasing: input[span.start..<span.end])
    }

    /// The text of field `index` (0-based), decoded as UTF-8 (bad bytes become U+FFFD).
    func string(_ index: Int) -> String {
        if !texts.isEmpty, let text = texts.first(where: { $0.column == index + 1 })?.text { return text }
        return String(decoding: bytes(index), as: UTF8.self)
    }

    /// The record with its fields as strings.
    var parsed: CSVParser.Record {
        CSVParser.Record(line: line, fields: (0..<count).map { string($0) }, flawedColumns: flawedColumns, isCutShort: isCutShort)
    }
}

extension CSVRawRecord {
    /// Whether every field is blank (an empty line, or `,,,`), and none has a syntax problem.
    var isBlank: Bool {
        guard !isCutShort, flawedColumns.isEmpty else { return false }
        for index in 0..<count {
            for byte in bytes(index) {
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { continue }
                if byte < 0x80 { return false }
                // Other white space (U+00A0, U+2003, …) is blank too.
                if !string(index).allSatisfy(\.isWhitespace) { return false }
                break
            }
        }
        return true
    }
}
