import Foundation
import Testing
@testable import BriefText

/// BriefText's helpers give what Foundation's `trimmingCharacters(in:)`,
/// `CharacterSet.alphanumerics` and `String(format:)` give, so moving a module
/// from Foundation to FoundationEssentials changes no byte of output.
@Suite struct FoundationParityTests {
    /// Every scalar of the Basic Multilingual Plane. (Above it Foundation's
    /// tables lag further: Tangut ideographs, for one, are letters to the
    /// standard library and not to `CharacterSet.alphanumerics`. No name,
    /// header or font family the project reads is written in those scripts.)
    static let scalars: [Unicode.Scalar] = (0...0xFFFF).compactMap(Unicode.Scalar.init)

    @Test func scalarClassesMatchCharacterSet() {
        let spaces = CharacterSet.whitespaces, breaks = CharacterSet.newlines, words = CharacterSet.alphanumerics
        var mismatches: [String] = []
        for scalar in Self.scalars {
            if scalar.isHorizontalWhitespace != spaces.contains(scalar) { mismatches.append("whitespace U+\(String(scalar.value, radix: 16))") }
            if scalar.isLineBreak != breaks.contains(scalar) { mismatches.append("newline U+\(String(scalar.value, radix: 16))") }
            // Foundation's Unicode data is 15.1 (its ICU); newer scalars are letters only here.
            let known = scalar.properties.age.map { $0.major < 15 || ($0.major == 15 && $0.minor <= 1) } ?? true
            if known, scalar.isAlphanumeric != words.contains(scalar) { mismatches.append("alphanumeric U+\(String(scalar.value, radix: 16))") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }

    @Test(arguments: [
        "", " ", "\t a b \t", "\u{00A0}Seoul\u{3000}", "\n line \r\n", "\u{2028}x\u{85}", "한국 \u{2003}", "  ,;  ", "é\u{301} ",
    ])
    func trimmingMatchesFoundation(_ text: String) {
        #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces))
        #expect(text.trimmingWhitespaceAndNewlines() == text.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(text[...].trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces))
    }

    @Test func numbersMatchStringFormat() {
        let doubles: [Double] = [0, 0.05, 0.25, 1.25, 2.35, 9.95, 99.5, -3.14159, 1e9 + 0.5, 123_456.789, .pi * 1e6]
        for value in doubles {
            for format in ["%.1f", "%.2f", "%.3f", "%.4f", "%.1f%%", "%.1f KB", "%.1f배"] {
                #expect(cFormat(format, value) == String(format: format, value), "\(format) \(value)")
            }
        }
        for value in [0, 7, 99, 255, 0x1F, 0xFFFF, 0x10FFFF] as [UInt32] {
            #expect(cFormat("%04X", value) == String(format: "%04X", value))
            #expect(cFormat("\\u%04x", value) == String(format: "\\u%04x", value))
        }
        for cents in [0, 5, 10, 99] as [Int64] {
            #expect(cFormat(".%02lld", cents) == String(format: ".%02lld", cents))
        }
        let long = cFormat("%.2f", 1e200)
        #expect(long == String(format: "%.2f", 1e200) && long.count > 128)
    }
}
