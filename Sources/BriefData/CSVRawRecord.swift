/// One record of a CSV input as ``CSVRecordReader`` hands it out: its fields
/// as spans of bytes (in the input, or unescaped in a scratch buffer), so that
/// a reader of the common case never makes a `String`.
///
/// The spans point into the input buffer the reader was made with; a record is
/// only valid while that buffer is.
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
    var scratch: [UInt8] = []
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
        scratch.removeAll(keepingCapacity: true)
        flawedColumns.removeAll(keepingCapacity: true)
        isCutShort = false
        hasNonASCII = false
        if !texts.isEmpty { texts.removeAll() }
    }

    /// Calls `body` with the bytes of field `index` (0-based).
    @inline(__always)
    func withBytes<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let span = spans[index]
        if span.inScratch {
            return try scratch.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[span.start..<span.end])) }
        }
        return try body(UnsafeBufferPointer(rebasing: input[span.start..<span.end]))
    }

    /// The text of field `index` (0-based), decoded as UTF-8 (bad bytes become U+FFFD).
    func string(_ index: Int) -> String {
        if !texts.isEmpty, let text = texts.first(where: { $0.column == index + 1 })?.text { return text }
        return withBytes(index) { String(decoding: $0, as: UTF8.self) }
    }
}
