/// Finds the Korean words of a text: the byte ranges (UTF-8, as Pango
/// counts) inside which a line must not break when Korean is set with
/// `word-break: keep-all`, the practice of Korean typesetting and of CSS.
///
/// Korean separates words (어절) with spaces, and a line breaks at those
/// spaces; breaking between the syllables of a word (Pango's default for
/// Hangul, which treats every syllable like a Chinese character) splits
/// `투자국이` into `투자` / `국이` and reads as a typo. A word here is a run
/// of letters and digits that holds at least one Hangul character, so a
/// word with a Latin or numeric part (`SK하이닉스의`, `2024년`) stays whole
/// too; punctuation, spaces and symbols end a word, so breaks after a
/// comma, a middle dot or a dash are kept (CSS keep-all suppresses breaks
/// only between letters and numbers).
public enum HangulWords {
    /// The word for dollars, which stays on the line of the amount before it
    /// (`114억 달러`, `7,000만 달러로`): a line never ends between them.
    static let currencyWord = "달러"

    /// The byte ranges of the Korean words of `text`, in order; an amount's
    /// last word and the currency word after it (`114억 달러`) are one range.
    public static func ranges(in text: String) -> [Range<Int>] {
        let words = wordRanges(in: text)
        guard text.contains(currencyWord) else { return words }
        let bytes = Array(text.utf8)
        let currency = Array(currencyWord.utf8)
        var merged: [Range<Int>] = []
        for word in words {
            if let last = merged.last, last.upperBound + 1 == word.lowerBound, bytes[last.upperBound] == 0x20,
               bytes[last].contains(where: { (0x30...0x39).contains($0) }),
               bytes[word].starts(with: currency) {
                merged[merged.count - 1] = last.lowerBound..<word.upperBound
            } else {
                merged.append(word)
            }
        }
        return merged
    }

    /// The Korean words of `text`, each on its own.
    private static func wordRanges(in text: String) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start: Int?
        var hasHangul = false
        var offset = 0
        for scalar in text.unicodeScalars {
            let length = UTF8.width(scalar)
            if isWordScalar(scalar) {
                if start == nil { start = offset; hasHangul = false }
                if isHangul(scalar) { hasHangul = true }
            } else if let begin = start {
                if hasHangul { ranges.append(begin..<offset) }
                start = nil
            }
            offset += length
        }
        if let begin = start, hasHangul { ranges.append(begin..<offset) }
        return ranges
    }

    /// Whether `text` holds any Hangul (a quick check before the scan).
    public static func containsHangul(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: isHangul)
    }

    /// Hangul syllables and jamo (compatibility and conjoining).
    static func isHangul(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xAC00...0xD7A3, 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xD7B0...0xD7FF: true
        default: false
        }
    }

    /// Letters, digits and combining marks: what a word is made of.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if isHangul(scalar) { return true }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark: return true
        default: return false
        }
    }
}
