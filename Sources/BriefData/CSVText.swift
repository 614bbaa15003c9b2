import BriefText
import FoundationEssentials

/// How ``InvestmentCSV`` cleans the texts of cells and shows them in messages.
enum CSVText {
    /// Whether the bytes are printable ASCII with no space first, last or
    /// after another space: text that ``clean(_:)`` leaves as it is and that
    /// has no control character.
    @inline(__always)
    static func isCleanASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return true }
        let count = bytes.count
        var previousSpace = true
        var index = 0
        // Eight bytes at a time (``ByteWords``), then the rest one by one.
        while index + 8 <= count {
            let word = ByteWords.load(base, at: index)
            let spaces = ByteWords.bytes(word, equalTo: 0x20)
            let unprintable = (word & ByteWords.highBits) | ByteWords.bytes(word, below: 0x20) | ByteWords.bytes(word, equalTo: 0x7F)
            // A space after a space: within the word, or across from the word before.
            let doubled = (spaces & (spaces << 8)) | (previousSpace ? spaces & 0x80 : 0)
            if unprintable | doubled != 0 { return false }
            previousSpace = spaces >> 63 != 0
            index += 8
        }
        while index < count {
            let byte = base[index]
            let space = byte == 0x20
            if byte < 0x20 || byte >= 0x7F || (space && previousSpace) { return false }
            previousSpace = space
            index += 1
        }
        return !previousSpace
    }

    /// Trims the text and turns each run of white space into one space.
    static func clean(_ text: String) -> String {
        if text.isEmpty { return text }
        var copy = text
        if copy.withUTF8({ isCleanASCII($0) }) { return text }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A column name or value from the file as messages show it: control
    /// characters (a terminal would obey an ESC) and format characters (a
    /// bidi control would reorder the message) as U+FFFD, and at most 40 characters.
    static func shown(_ name: String) -> String {
        var visible = name
        if name.utf8.contains(where: { $0 < 0x20 || $0 >= 0x7F }) {
            visible = String(String.UnicodeScalarView(name.unicodeScalars.map {
                $0.properties.generalCategory == .control || $0.properties.generalCategory == .format ? "\u{FFFD}" : $0
            }))
        }
        return visible.count > 40 ? visible.prefix(39) + "…" : visible
    }

    /// The first control character (Unicode category Cc, e.g. NUL or BEL)
    /// in `text`, quickly nil when it is printable ASCII. Run on cleaned text,
    /// where tabs and line breaks have become spaces.
    static func firstControlCharacter(_ text: String) -> Unicode.Scalar? {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 >= 0x7F }) else { return nil }
        return text.unicodeScalars.first { $0.properties.generalCategory == .control }
    }

    /// The bidi embedding, override and isolate controls (U+202A–U+202E,
    /// U+2066–U+2069): in a name they can reorder the text around it.
    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool { UnshowableText.isBidiControl(scalar) }

    /// `text` without its bidi controls, and the ones removed; nil when it has none.
    static func withoutBidiControls(_ text: String) -> (text: String, removed: [Unicode.Scalar])? {
        let removed = text.unicodeScalars.filter(isBidiControl)
        guard !removed.isEmpty else { return nil }
        return (clean(String(String.UnicodeScalarView(text.unicodeScalars.filter { !isBidiControl($0) }))), Array(removed))
    }

    /// `text` in lower case, quickly when it is ASCII.
    static func lowercased(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return text.lowercased() }
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for (offset, byte) in bytes.enumerated() {
                    buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                }
                return bytes.count
            }
        }
    }

    /// `U+00A0`: a scalar as messages name it.
    static func codePoint(_ scalar: Unicode.Scalar) -> String { UnshowableText.codePoint(scalar) }
}
