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
        let words = joined(wordRanges(in: text), amountRanges(in: text))
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

    /// `words` and `amounts` with every amount and the words it overlaps
    /// made one range (`38억 7,000만 달러로` whole).
    private static func joined(_ words: [Range<Int>], _ amounts: [Range<Int>]) -> [Range<Int>] {
        guard !amounts.isEmpty else { return words }
        var result: [Range<Int>] = []
        for range in (words + amounts).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, last.overlaps(range) {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }

    /// The byte ranges of the Korean amounts of `text` in more than one word:
    /// myriad groups (`9억`, `5,800만`, `1조`) and the currency word after
    /// them (`9억 5,800만 달러`, `400억 달러)`), from the first digit to the
    /// end of the last group or of `달러`, so that a line never ends inside one.
    static func amountRanges(in text: String) -> [Range<Int>] {
        guard text.unicodeScalars.contains(where: { "조억만천".unicodeScalars.contains($0) }) else { return [] }
        // The space-separated tokens with their byte offsets.
        var tokens: [(start: Int, scalars: [Unicode.Scalar])] = []
        var offset = 0
        var current: [Unicode.Scalar] = []
        var start = 0
        for scalar in text.unicodeScalars {
            if scalar == " " {
                if !current.isEmpty { tokens.append((start, current)) }
                current = []
                start = offset + 1
            } else {
                if current.isEmpty { start = offset }
                current.append(scalar)
            }
            offset += UTF8.width(scalar)
        }
        if !current.isEmpty { tokens.append((start, current)) }
        let units = "조억만천".unicodeScalars
        let currency = Array(currencyWord.unicodeScalars)
        func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
        // A group: digits (with separators) and a unit (`5,800만`); the first of an amount may
        // follow opening punctuation or a word (`(9억`, `주(1조`, `1(9억`), the others stand alone.
        // The byte offsets of its first digit and of the end of its unit, and whether more follows it.
        func group(_ token: (start: Int, scalars: [Unicode.Scalar]), first: Bool) -> (from: Int, to: Int, closes: Bool)? {
            let scalars = token.scalars
            guard let unit = scalars.indices.first(where: { units.contains(scalars[$0]) && $0 > 0 && isDigit(scalars[$0 - 1]) }) else {
                return nil
            }
            var digit = unit
            while digit > 0, isDigit(scalars[digit - 1]) || ((scalars[digit - 1] == "," || scalars[digit - 1] == ".") && digit > 1 && isDigit(scalars[digit - 2])) {
                digit -= 1
            }
            guard digit == 0 || (first && !scalars[digit - 1].properties.isAlphabetic) else { return nil }
            let bytes = { (count: Int) in scalars[..<count].reduce(0) { $0 + UTF8.width($1) } }
            return (token.start + bytes(digit), token.start + bytes(unit + 1), unit + 1 < scalars.count)
        }
        var ranges: [Range<Int>] = []
        var index = 0
        while index < tokens.count {
            guard let first = group(tokens[index], first: true) else { index += 1; continue }
            var end = first.to
            var closed = first.closes
            var next = index + 1
            while !closed, next < tokens.count, let more = group(tokens[next], first: false) {
                end = more.to
                closed = more.closes
                next += 1
            }
            if !closed, next < tokens.count, tokens[next].scalars.starts(with: currency) {
                end = tokens[next].start + currency.reduce(0) { $0 + UTF8.width($1) }
                next += 1
            }
            if next > index + 1 { ranges.append(first.from..<end) }
            index = next
        }
        return ranges
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
