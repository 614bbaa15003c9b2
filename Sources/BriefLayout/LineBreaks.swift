import BriefRender
import BriefText

/// Prepares the markup of running text for line breaking: an amount with
/// its unit ("$127.8 billion", "53 percent", "3억 2,400만 달러") is kept on one line, a Korean
/// word breaks only at spaces (never inside a name), and,
/// with a hyphenator, longer common words are marked where they may break
/// (soft hyphens at libhyphen's points, which Pango shows as a hyphen when
/// it breaks there).
///
/// Never hyphenated: names (any word with a capital letter), amounts and
/// anything else with a digit, codes, web addresses, compounds that
/// already carry a hyphen, and text inside `<tt>` or a `lang` span (Korean
/// names).
struct LineBreaks {
    /// Where words may break; nil sets text without hyphenation.
    let hyphenator: Hyphenator?
    /// The shortest word that is hyphenated.
    var minimumWordLength = 7
    /// Whether Korean words are kept on one line (keep-all). A table that
    /// cannot fit its columns otherwise is set with this off, so that its
    /// Korean words break between syllables, as Korean text may, rather than
    /// run into the next column.
    var keepsKoreanWordsWhole = true

    /// The most Hangul a Korean word kept whole may have. A longer run
    /// without a space (a company's full legal name written solid, say)
    /// would overflow a narrow column or line, so it may break between
    /// syllables; ordinary words and names are far shorter.
    static let longestKoreanWordKeptWhole = 20

    /// Units that stay on the line of the number before them.
    static let units: Set<Substring> = ["billion", "million", "trillion", "thousand", "percent", "per"]

    /// `markup` with amounts bound to their units and, if `hyphenate`, soft hyphens in long words.
    func prepare(_ markup: String, hyphenate: Bool) -> String {
        var result = ""
        result.reserveCapacity(markup.utf8.count + 16)
        var protectedDepth = 0
        var openTags: [Bool] = []
        var textStart = markup.startIndex
        var index = markup.startIndex
        while index < markup.endIndex {
            let character = markup[index]
            if character == "<", let close = markup[index...].firstIndex(of: ">") {
                result += prepareText(String(markup[textStart..<index]), hyphenate: hyphenate && protectedDepth == 0)
                let tag = markup[index...close]
                if tag.hasPrefix("</") {
                    if openTags.popLast() == true { protectedDepth -= 1 }
                } else if !tag.hasSuffix("/>") {
                    let protects = tag.hasPrefix("<tt") || tag.contains("lang=")
                    openTags.append(protects)
                    if protects { protectedDepth += 1 }
                }
                result += tag
                index = markup.index(after: close)
                textStart = index
            } else {
                index = markup.index(after: index)
            }
        }
        return result + prepareText(String(markup[textStart...]), hyphenate: hyphenate && protectedDepth == 0)
    }

    /// One run of text between tags (entities such as `&amp;` included).
    private func prepareText(_ text: String, hyphenate: Bool) -> String {
        guard !text.isEmpty else { return text }
        let tokens = text.split(separator: " ", omittingEmptySubsequences: false)
        var pieces: [String] = []
        var position = 0
        while position < tokens.count {
            let token = tokens[position]
            // A footnote mark stays with the word before it ("$126.5M *").
            if position + 1 < tokens.count, !token.isEmpty, Self.isMark(tokens[position + 1]) {
                pieces.append("<span allow_breaks=\"false\">\(token) \(tokens[position + 1])</span>")
                position += 2
                continue
            }
            // A Korean amount in myriad groups and its currency ("3억 2,400만 달러"): kept together, with a mark after it.
            let korean = koreanAmountLength(tokens, from: position)
            if korean > 1 {
                var end = position + korean
                if end < tokens.count, Self.isMark(tokens[end]) { end += 1 }
                pieces.append("<span allow_breaks=\"false\">\(tokens[position..<end].joined(separator: " "))</span>")
                position = end
                continue
            }
            // A number followed by its unit: kept together.
            if position + 1 < tokens.count, token.last?.isNumber == true, token.contains(where: \.isNumber),
               Self.units.contains(unitWord(tokens[position + 1])) {
                pieces.append("<span allow_breaks=\"false\">\(token) \(tokens[position + 1])</span>")
                position += 2
                continue
            }
            if !Self.isASCII(token), token.unicodeScalars.contains(where: Self.isHangul) {
                // A Korean word breaks only at spaces (keep-all), as Korean typesetting does, unless
                // it is too long for that.
                pieces.append(keepsWhole(koreanWord: token) ? "<span allow_breaks=\"false\">\(token)</span>" : String(token))
            } else {
                pieces.append(hyphenate ? hyphenated(token) : String(token))
            }
            position += 1
        }
        return pieces.joined(separator: " ")
    }

    /// Whether the Korean word `token` stays on one line: with ``keepsKoreanWordsWhole``, when it
    /// has at most ``longestKoreanWordKeptWhole`` Hangul.
    private func keepsWhole(koreanWord token: Substring) -> Bool {
        guard keepsKoreanWordsWhole else { return false }
        var hangul = 0
        for scalar in token.unicodeScalars where Self.isHangul(scalar) {
            hangul += 1
            if hangul > Self.longestKoreanWordKeptWhole { return false }
        }
        return true
    }

    /// How many tokens from `start` make one Korean amount: groups of digits
    /// each with its myriad unit (`1조`, `3억`, `2,400만`), then optionally
    /// the currency (`달러`, punctuation after it allowed); 0 when none starts there.
    private func koreanAmountLength(_ tokens: [Substring], from start: Int) -> Int {
        var end = start
        while end < tokens.count, Self.isKoreanAmountGroup(tokens[end]) { end += 1 }
        guard end > start else { return 0 }
        if end < tokens.count, tokens[end].prefix(while: { $0.isLetter }) == "달러" { end += 1 }
        return end - start
    }

    /// Whether `token` is digits (with separators) and a Korean myriad unit: `3억`, `2,400만`, `1조`.
    static func isKoreanAmountGroup(_ token: Substring) -> Bool {
        // The units are Hangul, never a single byte: most tokens end in ASCII and are not looked at further.
        guard let lastByte = token.utf8.last, lastByte >= 0x80 else { return false }
        guard let unit = token.last, "조억만천".contains(unit) else { return false }
        let digits = token.dropLast()
        return digits.first?.isNumber == true && digits.allSatisfy { $0.isNumber || $0 == "," || $0 == "." }
    }

    /// Footnote marks that stay on the line of the word they follow.
    static let marks: Set<Substring> = ["*", "†", "‡", "§", "**"]

    /// Whether `token` is one of ``marks`` (at most three bytes, so longer
    /// tokens, most words, are not hashed).
    static func isMark(_ token: Substring) -> Bool {
        token.utf8.count <= 3 && marks.contains(token)
    }

    /// Whether `token` is all ASCII (then it has no Hangul and no unit to check).
    static func isASCII(_ token: Substring) -> Bool {
        token.utf8.allSatisfy { $0 < 0x80 }
    }

    /// Hangul syllables and jamo.
    static func isHangul(_ scalar: Unicode.Scalar) -> Bool {
        (0xAC00...0xD7A3).contains(scalar.value) || (0x1100...0x11FF).contains(scalar.value) || (0x3130...0x318F).contains(scalar.value)
    }

    /// A unit word without trailing punctuation, lowercased.
    private func unitWord(_ token: Substring) -> Substring {
        var word = token
        while let last = word.last, !last.isLetter { word = word.dropLast() }
        return Substring(word.lowercased())
    }

    /// A token with soft hyphens in its word, if it is a long, lowercase, plain word.
    private func hyphenated(_ token: Substring) -> String {
        // A word of fewer bytes than the shortest hyphenated word has fewer characters too.
        guard let hyphenator, token.utf8.count >= minimumWordLength else { return String(token) }
        if Self.isASCII(token), !token.utf8.contains(0x0D) { return asciiHyphenated(token, hyphenator) }
        return characterHyphenated(token, hyphenator)
    }

    /// ``hyphenated(_:)`` for any token, Character by Character.
    func characterHyphenated(_ token: Substring, _ hyphenator: Hyphenator) -> String {
        guard token.count >= minimumWordLength else { return String(token) }
        // Leading and trailing punctuation stays outside the word.
        let leading = token.prefix { "(“‘\"'[".contains($0) }
        let rest = token.dropFirst(leading.count)
        let trailing = String(rest.reversed().prefix { ".,;:!?)”’\"']".contains($0) }.reversed())
        let word = rest.dropLast(trailing.count)
        guard word.count >= minimumWordLength, word.allSatisfy({ $0.isASCII && $0.isLowercase && $0.isLetter }) else {
            return String(token)
        }
        return String(leading) + hyphenator.softHyphenated(String(word)) + trailing
    }

    /// ``hyphenated(_:)`` for an ASCII token without a carriage return, where each byte is one
    /// Character: the same marks kept outside the word and the same test of the word, on bytes
    /// (the Character version was most of this function's time in a default build).
    func asciiHyphenated(_ token: Substring, _ hyphenator: Hyphenator) -> String {
        let bytes = Array(token.utf8)
        var start = 0
        while start < bytes.count, Self.leadingMarks.contains(bytes[start]) { start += 1 }
        var end = bytes.count
        while end > start, Self.trailingMarks.contains(bytes[end - 1]) { end -= 1 }
        guard end - start >= minimumWordLength, bytes[start..<end].allSatisfy({ (0x61...0x7A).contains($0) }) else {
            return String(token)
        }
        return String(decoding: bytes[..<start], as: UTF8.self)
            + hyphenator.softHyphenated(String(decoding: bytes[start..<end], as: UTF8.self))
            + String(decoding: bytes[end...], as: UTF8.self)
    }

    /// The ASCII marks kept before a hyphenated word (the others are “ and ‘).
    private static let leadingMarks = ASCIIByteSet("(\"'[")
    /// The ASCII marks kept after a hyphenated word (the others are ” and ’).
    private static let trailingMarks = ASCIIByteSet(".,;:!?)\"']")
}
