/// Trimming that matches Foundation's `CharacterSet.whitespaces` and
/// `.whitespacesAndNewlines`, for code that links only the standard library
/// and FoundationEssentials (whose `String` has no `trimmingCharacters(in:)`).
extension StringProtocol {
    /// The text without leading and trailing spaces and tabs: Unicode's
    /// space separators (Zs, which include U+00A0 and U+3000) and U+0009,
    /// as `trimmingCharacters(in: .whitespaces)`.
    public func trimmingWhitespace() -> String {
        trimming(where: \.isHorizontalWhitespace)
    }

    /// The text without leading and trailing whitespace and line breaks, as
    /// `trimmingCharacters(in: .whitespacesAndNewlines)`: the space separators
    /// and U+0009, plus U+000A–U+000D, U+0085, U+2028 and U+2029.
    public func trimmingWhitespaceAndNewlines() -> String {
        trimming { $0.isHorizontalWhitespace || $0.isLineBreak }
    }

    /// The text without leading and trailing scalars for which `drop` holds.
    public func trimming(where drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop($0) }),
              let last = scalars.lastIndex(where: { !drop($0) })
        else { return "" }
        var trimmed = String.UnicodeScalarView()
        trimmed.append(contentsOf: scalars[first...last])
        return String(trimmed)
    }
}

extension Unicode.Scalar {
    /// A space or tab, as Foundation's `CharacterSet.whitespaces`: the
    /// space separators (general category Zs), U+0009, and U+200B (zero
    /// width space), which Foundation's set keeps although Unicode no longer
    /// counts it as a space.
    public var isHorizontalWhitespace: Bool {
        value == 0x09 || value == 0x200B || properties.generalCategory == .spaceSeparator
    }

    /// A line break, as the part of Foundation's `CharacterSet.newlines`:
    /// U+000A–U+000D, U+0085, U+2028 and U+2029.
    public var isLineBreak: Bool {
        (0x0A...0x0D).contains(value) || value == 0x85 || value == 0x2028 || value == 0x2029
    }

    /// A letter, mark or number, as Foundation's `CharacterSet.alphanumerics`
    /// (general categories L*, M* and N*). The standard library's Unicode
    /// data is newer than Foundation's, so scalars assigned after Unicode
    /// 15.1 count here and not there.
    public var isAlphanumeric: Bool {
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .otherNumber:
            true
        default:
            false
        }
    }
}
