/// The cleaned text of one cell, as the row rules of ``InvestmentCSV`` read
/// it: the cell's own bytes when they are clean printable ASCII (the common
/// case, read without making a `String`), otherwise the text cleaned by
/// ``CSVText/clean(_:)``.
enum CellText {
    /// Printable ASCII with no space first, last or after another space,
    /// pointing into the record (valid while it is).
    case ascii(UnsafeBufferPointer<UInt8>)
    /// Any other text, trimmed, with each run of white space made one space.
    case text(String)

    /// No text (an absent column).
    static var empty: CellText { .ascii(UnsafeBufferPointer(start: nil, count: 0)) }

    /// Whether the text is empty.
    var isEmpty: Bool {
        switch self {
        case .ascii(let bytes): bytes.isEmpty
        case .text(let text): text.isEmpty
        }
    }

    /// The text as a `String`.
    var string: String {
        switch self {
        case .ascii(let bytes): String(decoding: bytes, as: UTF8.self)
        case .text(let text): text
        }
    }

    /// The number of characters.
    var characterCount: Int {
        switch self {
        case .ascii(let bytes): bytes.count
        case .text(let text): text.count
        }
    }

    /// Whether the text has more than `limit` characters.
    func isLonger(than limit: Int) -> Bool {
        switch self {
        case .ascii(let bytes): bytes.count > limit
        case .text(let text): text.utf8.count > limit && text.count > limit
        }
    }

    /// Calls `body` with the text's UTF-8 bytes.
    func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        switch self {
        case .ascii(let bytes): return body(bytes)
        case .text(let text):
            var copy = text
            return copy.withUTF8(body)
        }
    }
}
