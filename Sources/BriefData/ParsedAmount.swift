import FoundationEssentials

/// An amount of dollars as ``AmountParser`` reads it: `significand × 10^exponent`
/// dollars, exact, with the same value in cents.
struct ParsedAmount: Hashable, Sendable {
    /// The digits, without leading or trailing zeros of the fraction.
    var significand: UInt64
    /// The power of ten (−2 or more, so the amount is whole cents).
    var exponent: Int

    /// The amount in cents (exact: less than 10^15).
    var cents: Int64 {
        var value = Int64(significand)
        for _ in 0..<(exponent + 2) { value *= 10 }
        return value
    }

    /// The amount as the `Decimal` that ``AmountParser/parse(_:)`` returns.
    var decimal: Decimal { Decimal(sign: .plus, exponent: exponent, significand: Decimal(significand)) }
}

extension AmountParser {
    /// The amount in `bytes` when they are one that ``parse(_:)`` accepts
    /// (the same rules, on bytes, with no `String` and no `Decimal`); nil for
    /// anything else, including every text ``parse(_:)`` rejects, so that the
    /// caller can ask ``parse(_:)`` for the message.
    ///
    /// Only for text without white space at either end (a cleaned cell).
    static func parsedAmount(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedAmount? {
        let count = bytes.count
        guard count > 0 else { return nil }
        let zero = UInt8(ascii: "0")
        var position = 0
        if bytes[0] == UInt8(ascii: "$") {
            position = 1
            // A sign after the `$` (`$-5B`, `$+5B`, `$−5B`) is an error with its own message.
            if count > 1, bytes[1] == UInt8(ascii: "-") || bytes[1] == UInt8(ascii: "+") || bytes[1] >= 0x80 { return nil }
        }
        // The whole digits, optionally grouped by commas: only leading zeros are dropped.
        var significand: UInt64 = 0
        var integerDigits = 0
        var wholeDigits = 0
        var groupLength = 0
        var groups = 0
        var firstGroup = 0
        var groupsValid = true
        while position < count {
            let byte = bytes[position]
            if byte &- zero < 10 {
                integerDigits += 1
                groupLength += 1
                if wholeDigits > 0 || byte != zero {
                    wholeDigits += 1
                    if wholeDigits > 13 { return nil }
                    significand = significand * 10 + UInt64(byte &- zero)
                }
            } else if byte == UInt8(ascii: ",") {
                guard integerDigits > 0, position + 1 < count, bytes[position + 1] &- zero < 10 else { return nil }
                if groups == 0 { firstGroup = groupLength } else if groupLength != 3 { groupsValid = false }
                groups += 1
                groupLength = 0
            } else {
                break
            }
            position += 1
        }
        if groups > 0 {
            guard groupsValid, groupLength == 3, (1...3).contains(firstGroup) else { return nil }
        }
        guard integerDigits > 0 || (position < count && bytes[position] == UInt8(ascii: ".")) else { return nil }
        // The fraction: its digits after the last non-zero one do not count.
        var fraction: UInt64 = 0
        var fractionDigits = 0
        var pendingZeros = 0
        if position < count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            let start = position
            while position < count, bytes[position] &- zero < 10 {
                if bytes[position] == zero {
                    pendingZeros += 1
                } else {
                    // More than 11 fraction digits is always more precise than a cent.
                    if fractionDigits + pendingZeros + 1 > 11 { return nil }
                    for _ in 0..<pendingZeros { fraction *= 10 }
                    fraction = fraction * 10 + UInt64(bytes[position] &- zero)
                    fractionDigits += pendingZeros + 1
                    pendingZeros = 0
                }
                position += 1
            }
            guard position > start else { return nil }
        }
        // The suffix, after any spaces.
        while position < count, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t") { position += 1 }
        let scale: Int
        let rest = count - position
        func isWord(_ word: StaticString) -> Bool {
            guard rest == word.utf8CodeUnitCount else { return false }
            return word.withUTF8Buffer { letters in
                for offset in 0..<rest where bytes[position + offset] | 0x20 != letters[offset] { return false }
                return true
            }
        }
        if rest == 0 {
            scale = 0
        } else if isWord("b") || isWord("billion") {
            scale = 9
        } else if isWord("m") || isWord("million") {
            scale = 6
        } else {
            return nil
        }
        if wholeDigits + scale > 13 { return nil }
        let exponent = scale - fractionDigits
        if exponent < -2 { return nil }
        for _ in 0..<fractionDigits { significand *= 10 }
        significand += fraction
        guard significand > 0 else { return nil }
        return ParsedAmount(significand: significand, exponent: exponent)
    }
}
