import FoundationEssentials

/// Reads an amount of U.S. dollars as the investments CSV allows it.
///
/// Accepted, after trimming spaces (letters in any case):
///
/// | Form               | Example            | Value            |
/// |--------------------|--------------------|------------------|
/// | digits             | `3870000000`       | 3,870,000,000    |
/// | grouped digits     | `3,870,000,000`    | 3,870,000,000    |
/// | billions           | `$3.87B`, `3.87 billion` | 3,870,000,000 |
/// | millions           | `850M`, `850 million`    | 850,000,000   |
///
/// - A `$` may come first, with nothing between it and the number.
/// - Grouped digits must be grouped correctly: 1 to 3 digits, then groups of
///   exactly 3 (`3,870,000,000`, not `3,87,00,00,000`).
/// - The suffixes are `B`, `billion`, `M` and `million`, with or without a
///   space before them. `K` and `thousand` are not accepted: the contract
///   lists only billions and millions, and an amount in thousands is written
///   out in digits. `bn`, `mn`, `mil`, `trillion`, `T` are not accepted either.
/// - Without a suffix, the number may have cents (`1500000.50`,
///   `$3,870,000,000.00`, as spreadsheets write currency); with a suffix, any
///   number of decimals, as long as the result is exact to the cent.
/// - Not accepted: signs (`-5B`, `+5B`, `$-5B`), exponents (`1e9`), `NaN`, `inf`,
///   other currencies (`₩5,000,000`, `5 won`), digits other than ASCII `0`–`9`,
///   and an empty cell.
///
/// The value is exact (a `Decimal`, in dollars), more than 0 and less than
/// 10^13.
public enum AmountParser {
    /// The accepted forms, as listed in messages.
    public static let acceptedForms = "3870000000, 3,870,000,000, $3.87B, 3.87 billion, 850M or 850 million"

    /// The smallest amount not allowed: 10^13 dollars (10 trillion).
    public static let limit = Decimal(sign: .plus, exponent: 13, significand: 1)

    /// Why a text is not an amount.
    public struct Failure: Error, Hashable, Sendable, CustomStringConvertible {
        /// What is wrong and what to write instead.
        public var message: String

        /// Creates a failure.
        public init(message: String) { self.message = message }

        /// The message.
        public var description: String { message }
    }

    /// Reads `text` as an amount of U.S. dollars.
    /// - Returns: the exact amount in dollars, more than 0 and less than 10^13.
    /// - Throws: ``Failure`` saying what is wrong and which forms are accepted.
    public static func parse(_ text: String) throws(Failure) -> Decimal {
        try parseAmount(text).decimal
    }

    /// ``parse(_:)``, with the amount as significand and exponent.
    static func parseAmount(_ text: String) throws(Failure) -> ParsedAmount {
        let trimmed = trimmingWhitespace(text)
        guard !trimmed.isEmpty else {
            throw Failure(message: "no amount given; write the amount in U.S. dollars, e.g. \(acceptedForms)")
        }
        let shown = quoted(String(trimmed))
        var notAnAmount: Failure {
            let lowercased = trimmed.lowercased()
            if ["₩", "won", "krw", "원"].contains(where: { lowercased.contains($0) }) {
                return Failure(message: "\(shown) is not in U.S. dollars; convert it to dollars and write e.g. \(acceptedForms)")
            }
            return Failure(message: "\(shown) is not an amount; write e.g. \(acceptedForms)")
        }
        var contiguous = String(trimmed)
        let bytes = contiguous.withUTF8 { Array($0) }
        var position = 0

        func skipSpaces() {
            while position < bytes.count, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t") {
                position += 1
            }
        }

        let signStart = trimmed.utf8.first == UInt8(ascii: "$") ? trimmed.utf8.dropFirst() : trimmed.utf8[...]
        if signStart.first == UInt8(ascii: "-") || signStart.first == UInt8(ascii: "+")
            || signStart.starts(with: "−".utf8) {
            throw Failure(message: "\(shown) has a sign; an amount is a positive number of dollars: write e.g. \(acceptedForms)")
        }
        if bytes.first == UInt8(ascii: "$") { position = 1 }

        // The number: digits, optionally grouped by commas, optionally with a fraction.
        var integerDigits: [UInt8] = []
        var groups: [Int] = []
        var groupLength = 0
        while position < bytes.count {
            let byte = bytes[position]
            if isDigit(byte) {
                integerDigits.append(byte)
                groupLength += 1
            } else if byte == UInt8(ascii: ",") {
                guard !integerDigits.isEmpty, position + 1 < bytes.count, isDigit(bytes[position + 1]) else {
                    throw notAnAmount
                }
                groups.append(groupLength)
                groupLength = 0
            } else {
                break
            }
            position += 1
        }
        guard !integerDigits.isEmpty || (position < bytes.count && bytes[position] == UInt8(ascii: ".")) else {
            throw notAnAmount
        }
        if !groups.isEmpty {
            groups.append(groupLength)
            let first = groups[0]
            guard (1...3).contains(first), groups.dropFirst().allSatisfy({ $0 == 3 }) else {
                if let corrected = decimalCommaCorrection(bytes, groups: groups, end: position) {
                    throw Failure(message: "\(shown): a decimal comma? write \(corrected) (tradebrief reads '.' as the decimal point)")
                }
                throw Failure(message: "\(shown) has its thousands separators in the wrong places; group the digits in threes, e.g. 3,870,000,000, or leave the commas out")
            }
        }
        var fractionDigits: [UInt8] = []
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            while position < bytes.count, isDigit(bytes[position]) {
                fractionDigits.append(bytes[position])
                position += 1
            }
            guard !fractionDigits.isEmpty else { throw notAnAmount }
        }
        guard !integerDigits.isEmpty || !fractionDigits.isEmpty else { throw notAnAmount }

        // The suffix.
        skipSpaces()
        let scale: Int
        if position == bytes.count {
            scale = 0
        } else if matches(bytes[position...], "b") || matches(bytes[position...], "billion") {
            scale = 9
        } else if matches(bytes[position...], "m") || matches(bytes[position...], "million") {
            scale = 6
        } else {
            throw notAnAmount
        }

        // The value: significand × 10^(scale − fraction digits), exact.
        while fractionDigits.last == UInt8(ascii: "0") { fractionDigits.removeLast() }
        let firstSignificant = integerDigits.firstIndex { $0 != UInt8(ascii: "0") } ?? integerDigits.endIndex
        let wholeDigits = integerDigits[firstSignificant...]
        if wholeDigits.count + scale > 13 {
            throw Failure(message: "\(shown) is too large; amounts must be less than 10,000,000,000,000 dollars (10 trillion)")
        }
        let exponent = scale - fractionDigits.count
        if exponent < -2 {
            throw Failure(message: "\(shown) is more precise than a cent; round it to whole cents (at most two decimals in dollars)")
        }
        // At most 13 whole digits and 2 decimal places: fits in UInt64.
        var significand: UInt64 = 0
        for digit in wholeDigits { significand = significand * 10 + UInt64(digit - UInt8(ascii: "0")) }
        for digit in fractionDigits { significand = significand * 10 + UInt64(digit - UInt8(ascii: "0")) }
        guard significand > 0 else {
            throw Failure(message: "\(shown) is zero; an amount must be more than 0 dollars")
        }
        // Below 10^13: at most 13 − scale whole digits were allowed above.
        return ParsedAmount(significand: significand, exponent: exponent)
    }

    /// The amount written with a decimal point, when `bytes` look like one
    /// written with a decimal comma: one comma with one or two digits after it
    /// (`groups`, the digit counts around it, as the number's reader found them),
    /// and after those, from `end` on, nothing or a suffix (`1,2B`, `3,87 billion`,
    /// `$1,5M`, `2,50`). Nil for anything else, so that `12,34,567` and
    /// `1,2.5B` keep the message about misplaced separators. At most 13 digits
    /// before the comma (more would be too large anyway).
    private static func decimalCommaCorrection(_ bytes: [UInt8], groups: [Int], end: Int) -> String? {
        guard groups.count == 2, (1...13).contains(groups[0]), (1...2).contains(groups[1]) else { return nil }
        var suffix = end
        while suffix < bytes.count, bytes[suffix] == UInt8(ascii: " ") || bytes[suffix] == UInt8(ascii: "\t") { suffix += 1 }
        let rest = bytes[suffix...]
        let suffixes: [StaticString] = ["b", "billion", "m", "million"]
        guard rest.isEmpty || suffixes.contains(where: { matches(rest, $0) }) else { return nil }
        return String(decoding: bytes.map { $0 == UInt8(ascii: ",") ? UInt8(ascii: ".") : $0 }, as: UTF8.self)
    }

    /// Whether `bytes` spell `word` (lowercase ASCII), ignoring ASCII case.
    private static func matches(_ bytes: ArraySlice<UInt8>, _ word: StaticString) -> Bool {
        guard bytes.count == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { letters in
            zip(bytes, letters).allSatisfy { $0 | 0x20 == $1 }
        }
    }

    /// `text` without white space (including line breaks) at either end.
    static func trimmingWhitespace<Text: StringProtocol>(_ text: Text) -> Substring {
        var result = Substring(text)
        // Quick path: ends that are ASCII and not white space.
        if let first = result.utf8.first, let last = result.utf8.last,
           first > 0x20, first < 0x7F, last > 0x20, last < 0x7F {
            return result
        }
        // By scalars, not characters: a space with a combining mark on it (" \u{31D}5")
        // is a space and a mark, and the mark must not be trimmed away with the space.
        while let first = result.unicodeScalars.first, first.properties.isWhitespace { result.unicodeScalars.removeFirst() }
        while let last = result.unicodeScalars.last, last.properties.isWhitespace { result.unicodeScalars.removeLast() }
        return result
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// `'text'`, shortened to 40 characters.
    static func quoted(_ text: String) -> String {
        text.count > 40 ? "'\(text.prefix(39))…'" : "'\(text)'"
    }
}
