import BriefData
import BriefMarkdown

/// Finds numbers in prose that are neither live figures nor in a sentence
/// carrying a citation.
///
/// The rule, as the README states it:
///
/// - A *number* is a run of digits (with `,` thousands separators and a
///   decimal part), with what belongs to it: a currency sign before it
///   (`$`, `US$`, `₩`, `€`, `£`, `#`) and a unit after it (`%`, `percent`,
///   `billion`, `million`, `trillion`, `thousand`, `bn`, `B`, `M`, `K`, `T`,
///   `x`). Numbers written as words are not checked.
/// - It needs a source unless it is a live figure, or its *sentence* carries
///   a citation `[@id]` (or a footnote reference whose note cites one). A
///   citation right after a sentence's full stop belongs to that sentence. In
///   a table, a citation anywhere in the row, or in the header row, counts.
/// - Exempt, because they are names or dates rather than quantities:
///   a year (four digits from 1900 to 2100 with no sign or unit, also
///   `1990s` and the second year of `2023–24` or `2023-2025`); a day of the
///   month next to a month's name (`23 April`, `April 23`); a number right
///   after `Section`, `Article`, `Chapter`, `Title`, `Part`, `Figure`,
///   `Table`, `No.`, `Number`, `Order`, `Rule`, `Phase`, `Tier` or `§`
///   (`Section 232`, `Executive Order 14257`); digits joined to letters
///   (`G7`, `5G`, `H100`, `COVID-19`); a section number at the start of a
///   heading (`2. Trade`, `2.1 Exports`); and an ordinal before `century`
///   (`21st century`).
/// - Not prose at all: code, addresses, citation keys, footnote labels and
///   list markers.
/// - Korean (a `lang: ko` brief): a number with a Korean unit or counter
///   after it (`114억 달러`, `1,278억`, `4건`, `2위`, `3개 주`) is a quantity
///   and needs a source; a date is exempt (`2024년`, `4월`, `23일`), like
///   a year in English.
public struct ProvenanceCheck: Sendable {
    /// One piece of prose to read, and what kind.
    public struct Unit: Hashable, Sendable {
        /// What kind of prose it is.
        public enum Kind: Hashable, Sendable {
            /// Sentences: a paragraph, list item, quote, caption or footnote.
            case prose
            /// A heading (a leading section number is exempt).
            case heading
            /// A table row; `cited` when its header row carries a citation.
            case tableRow(headerCited: Bool)
        }

        /// The text.
        public var text: ProseText
        /// What kind of prose it is.
        public var kind: Kind

        /// Creates a unit.
        public init(text: ProseText, kind: Kind) {
            self.text = text
            self.kind = kind
        }
    }

    /// A number found without a source.
    public struct Finding: Hashable, Sendable {
        /// The number as written (`42 billion`, `$7.9B`).
        public var text: String
        /// Where it starts.
        public var position: SourcePosition?
    }

    /// Creates a check.
    public init() {}

    /// The numbers without a source in `units`, in order.
    public func findings(in units: [Unit]) -> [Finding] {
        units.flatMap(findings)
    }

    /// The warnings for `units` in `file`, in the documented form.
    public func problems(in units: [Unit], file: String) -> [DataProblem] {
        findings(in: units).map { finding in
            DataProblem(file: file, line: finding.position?.line, column: finding.position?.column,
                        message: "'\(finding.text)' has no source: compute it ({{...}}) or cite it ([@id])")
        }
    }

    func findings(in unit: Unit) -> [Finding] {
        let characters = unit.text.characters
        if case .tableRow(let headerCited) = unit.kind {
            if headerCited || unit.text.hasCitation { return [] }
            return numbers(in: characters, unit: unit, from: 0, to: characters.count)
        }
        var result: [Finding] = []
        for sentence in sentences(characters) where !characters[sentence].contains(ProseText.citationMark) {
            result += numbers(in: characters, unit: unit, from: sentence.lowerBound, to: sentence.upperBound)
        }
        return result
    }

    // MARK: Sentences

    /// Words ending in `.` that do not end a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "vs", "etc", "inc", "co", "corp", "ltd", "jr", "sr",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gov", "sen", "rep",
        "fig", "approx", "cf", "al",
    ]

    /// The sentences of `text` as ranges; a citation just after a sentence's
    /// end belongs to that sentence.
    func sentences(_ text: [Character]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < text.count {
            let character = text[index]
            var end: Int?
            if character == ProseText.breakMark {
                end = index + 1
            } else if character == "." || character == "!" || character == "?" || character == "。" {
                var after = index + 1
                while after < text.count, "\"'”’)]".contains(text[after]) { after += 1 }
                if after == text.count || text[after].isWhitespace, !(character == "." && isAbbreviation(text, dot: index)) {
                    // The next word must not start in lower case ("approx. five").
                    var next = after
                    while next < text.count, text[next].isWhitespace { next += 1 }
                    if next == text.count || !(text[next].isLowercase) { end = after }
                }
            }
            if var end {
                // Citations right after the full stop still belong to this sentence.
                var look = end
                while look < text.count, text[look].isWhitespace || text[look] == ProseText.citationMark {
                    if text[look] == ProseText.citationMark { end = look + 1 }
                    look += 1
                }
                result.append(start..<end)
                start = end
                index = end
                continue
            }
            index += 1
        }
        if start < text.count { result.append(start..<text.count) }
        return result
    }

    /// Whether the `.` at `dot` ends an abbreviation (`U.S.`, `e.g.`, `Dr.`, an initial `L.`).
    func isAbbreviation(_ text: [Character], dot: Int) -> Bool {
        var start = dot
        while start > 0, !text[start - 1].isWhitespace, text[start - 1] != "(" { start -= 1 }
        let word = String(text[start..<dot])
        guard !word.isEmpty else { return false }
        if word.contains(".") { return true }                                    // U.S., e.g.
        if word.count == 1, let letter = word.first, letter.isUppercase { return true }   // an initial
        return Self.abbreviations.contains(word.lowercased())
    }

    // MARK: Numbers

    static let currencyPrefixes = ["US$", "$", "₩", "€", "£", "#"]
    static let unitWords = ["percent", "per cent", "billion", "million", "trillion", "thousand"]
    static let unitLetters = ["%", "bn", "tn", "B", "M", "K", "T", "x"]
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]
    static let labelWords: Set<String> = [
        "section", "sections", "article", "articles", "chapter", "title", "part", "figure", "table", "no.", "number",
        "order", "rule", "phase", "tier", "§",
    ]
    static let months: Set<String> = Set(DateText.months.map { $0.lowercased() } + ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"])

    func numbers(in text: [Character], unit: Unit, from lower: Int, to upper: Int) -> [Finding] {
        var result: [Finding] = []
        var index = lower
        while index < upper {
            guard text[index].isASCII, text[index].isNumber else { index += 1; continue }
            // The digits: 1,234.5
            var end = index
            while end < upper, (text[end].isASCII && text[end].isNumber)
                    || ((text[end] == "," || text[end] == ".") && end + 1 < upper && text[end + 1].isASCII && text[end + 1].isNumber
                        && end > index) {
                end += 1
            }
            let digits = String(text[index..<end])
            var start = index
            // A sign or currency in front.
            for prefix in Self.currencyPrefixes {
                let count = prefix.count
                if start - count >= lower, String(text[(start - count)..<start]) == prefix { start -= count; break }
            }
            // A unit after.
            var unitEnd = end
            var unitText = ""
            if let match = unitAfter(text, at: end, upper: upper) {
                unitEnd = match.end
                unitText = match.text
            } else if let suffix = Optional(word(after: end, in: text, upper: upper)), end < upper, text[end].isLetter,
                      Self.ordinalSuffixes.contains(suffix) {
                unitEnd = end + suffix.count
                unitText = suffix
            }
            let token = String(text[start..<unitEnd])
            defer { index = max(unitEnd, end) }
            if isExempt(text, digits: digits, start: start, digitsStart: index, digitsEnd: end, unitEnd: unitEnd, unit: unitText,
                        lower: lower, upper: upper, kind: unit.kind) {
                continue
            }
            result.append(Finding(text: token, position: unit.text.positions[start]))
        }
        return result
    }

    /// A unit right after a number (`%`, ` billion`, `B`), with where it ends.
    func unitAfter(_ text: [Character], at index: Int, upper: Int) -> (text: String, end: Int)? {
        func matches(_ word: String, at position: Int) -> Bool {
            let characters = Array(word)
            guard position + characters.count <= upper else { return false }
            for (offset, character) in characters.enumerated() where text[position + offset] != character { return false }
            let after = position + characters.count
            return after == upper || !(text[after].isLetter || text[after].isNumber)
        }
        var position = index
        if position < upper, text[position] == " " || text[position] == "\u{00A0}" || text[position] == "-" { position += 1 }
        for word in Self.unitWords where matches(word, at: position) {
            return (word, position + word.count)
        }
        for letters in Self.unitLetters where matches(letters, at: index) {
            return (letters, index + letters.count)
        }
        return nil
    }

    /// The word before `index` (skipping spaces), lowercased.
    func word(before index: Int, in text: [Character], lower: Int) -> String {
        var end = index
        while end > lower, text[end - 1] == " " || text[end - 1] == "\u{00A0}" { end -= 1 }
        var start = end
        while start > lower, !text[start - 1].isWhitespace { start -= 1 }
        return String(text[start..<end]).lowercased().trimmingCharacters(in: ",;:(")
    }

    /// The word after `index` (skipping spaces), lowercased.
    func word(after index: Int, in text: [Character], upper: Int) -> String {
        var start = index
        while start < upper, text[start] == " " || text[start] == "\u{00A0}" { start += 1 }
        var end = start
        while end < upper, text[end].isLetter { end += 1 }
        return String(text[start..<end]).lowercased()
    }

    func isExempt(_ text: [Character], digits: String, start: Int, digitsStart: Int, digitsEnd: Int, unitEnd: Int, unit: String,
                  lower: Int, upper: Int, kind: Unit.Kind) -> Bool {
        let signed = start < digitsStart
        let before: Character? = digitsStart > lower ? text[digitsStart - 1] : nil
        let after: Character? = unitEnd < upper ? text[unitEnd] : nil
        // Digits joined to letters: G7, H100, COVID-19 (but not a unit such as 5B).
        if !signed, let before, before.isLetter { return true }
        if !signed, before == "-", digitsStart - 2 >= lower, text[digitsStart - 2].isLetter { return true }
        // An ordinal counts, except in "the 21st century".
        if Self.ordinalSuffixes.contains(unit) { return !signed && word(after: unitEnd, in: text, upper: upper) == "century" }
        // Korean: a date (2024년, 4월 23일) is exempt; any other unit or counter (114억, 4건, 2위) is a quantity.
        if unit.isEmpty, let after, Self.isHangul(after) { return Self.koreanDateUnits.contains(after) }
        if unit.isEmpty, let after, after.isLetter { return true }           // 5G, 3D, the 1990s
        guard !signed, unit.isEmpty else { return false }
        // A year, and the second year of a range.
        if isYear(digits) { return true }
        if let before, before == "–" || before == "-", digitsStart - 5 >= lower,
           isYear(String(text[(digitsStart - 5)..<(digitsStart - 1)])), digits.count == 2 || isYear(digits) { return true }
        // A day next to a month.
        if let day = Int(digits), (1...31).contains(day), !digits.contains(".") {
            if Self.months.contains(word(before: digitsStart, in: text, lower: lower))
                || Self.months.contains(word(after: digitsEnd, in: text, upper: upper)) { return true }
        }
        // A label's number: Section 232, Executive Order 14257.
        if Self.labelWords.contains(word(before: digitsStart, in: text, lower: lower)) { return true }
        // A heading's section number.
        if kind == .heading, text[lower..<digitsStart].allSatisfy({ $0.isWhitespace || $0.isNumber || $0 == "." }) { return true }
        return false
    }

    /// The Korean date counters: year, month, day.
    static let koreanDateUnits: Set<Character> = ["년", "월", "일"]

    /// Whether `character` is a Hangul syllable or jamo.
    static func isHangul(_ character: Character) -> Bool {
        character.unicodeScalars.first.map { (0xAC00...0xD7A3).contains($0.value) || (0x1100...0x11FF).contains($0.value)
            || (0x3130...0x318F).contains($0.value) } ?? false
    }

    func isYear(_ digits: String) -> Bool {
        digits.count == 4 && digits.allSatisfy(\.isNumber) && (Int(digits).map { (1900...2100).contains($0) } ?? false)
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text.removeFirst() }
        while let last = text.last, set.contains(last) { text.removeLast() }
        return String(text)
    }
}
