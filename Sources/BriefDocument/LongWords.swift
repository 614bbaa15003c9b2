import BriefData

/// Finds a word too long to set in the brief's prose: a run of more than
/// ``limit`` characters with no space and no Chinese, Japanese or Korean
/// character (where lines may break). Setting such a run costs time that
/// grows with the square of its length (50,000 characters took 4 s), and
/// from about 370,000 Pango's 32-bit widths overflow and the line is cut in
/// silence. Only text that is set as prose counts: a link's address, code,
/// HTML and a table's delimiter row are not set as words.
enum LongWords {
    /// The most characters a word may have.
    static let limit = 2_000

    /// Where in `text` (its offset in characters) the first word longer than ``limit``
    /// starts, or nil. Reads the UTF-8 bytes once; continuation bytes do not count.
    static func firstLong(in text: String) -> Int? {
        guard text.utf8.count > limit else { return nil }
        var characters = 0
        var runStart = 0
        var runLength = 0
        var bytes = text.utf8.makeIterator()
        while let byte = bytes.next() {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D:
                runLength = 0
            case 0x80...0xBF:
                continue
            case 0xE3...0xEF:
                // A scalar from U+3000 to U+FFFF (CJK, kana, Hangul and the like): lines may break at it.
                runLength = 0
            default:
                if runLength == 0 { runStart = characters }
                runLength += 1
            }
            characters += 1
            if runLength > limit { return runStart }
        }
        return nil
    }

    /// The message for a word over the limit.
    static var message: String {
        "a word of more than \(BriefLanguage.english.count(limit)) characters without a space starts here; shorten it or break it "
            + "with spaces (a long web address can be a link, [text](address), which shows only its text)"
    }
}
