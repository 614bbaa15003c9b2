import Foundation
import Testing
@testable import BriefText

/// `Decimal.int64Value`, `.doubleValue` and `.description` give what
/// Foundation's `NSDecimalNumber(decimal:)` gives (`int64Value`,
/// `doubleValue`, `stringValue`), bit for bit, for numbers of every size and
/// sign and for numbers stored in several ways (as read, and after arithmetic).
@Suite struct DecimalNumberValuesTests {
    /// Mantissas as digits: small, around 2^53, 2^63, 2^64 and 10^19, up to 2^128 − 1.
    static let mantissas = [
        "0", "1", "2", "5", "9", "10", "15", "25", "99", "100", "101", "12345", "999999", "1000000", "4503599627370497",
        "9007199254740991", "9007199254740993", "123456789012345678", "922337203685477580", "9223372036854775807",
        "9223372036854775808", "9223372036854775809", "10000000000000000000", "18446744073709551615", "18446744073709551616",
        "99999999999999999999", "1000000000000000000000", "36893488147419103232", "170141183460469231731687303715884105727",
        "99999999999999999999999999999999999999", "340282366920938463463374607431768211455",
        "31415926535897932384626433832795028841", "27182818284590452353602874713527",
    ]

    /// Decimals from the mantissas with exponents from −45 to 25, both signs,
    /// as read and as left by arithmetic (× 100, ÷ 7, + 0.5).
    static let values: [Decimal] = {
        var values: [Decimal] = [.nan, .greatestFiniteMagnitude, .leastFiniteMagnitude, .leastNonzeroMagnitude, .pi]
        for digits in mantissas {
            for exponent in -45...25 {
                for sign in ["", "-"] {
                    guard let value = Decimal(string: "\(sign)\(digits)e\(exponent)") else { continue }
                    values += [value, value * 100, value / 7, value + Decimal(5) / 10]
                }
            }
        }
        return values
    }()

    @Test func int64ValueMatchesNSDecimalNumber() {
        var mismatches: [String] = []
        for value in Self.values where value.int64Value != NSDecimalNumber(decimal: value).int64Value {
            mismatches.append("\(value): \(value.int64Value) ≠ \(NSDecimalNumber(decimal: value).int64Value)")
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) of \(Self.values.count): \(mismatches.prefix(10))")
    }

    @Test func doubleValueMatchesNSDecimalNumberBitForBit() {
        var mismatches: [String] = []
        for value in Self.values {
            let expected = NSDecimalNumber(decimal: value).doubleValue
            // NaN ≠ NaN: compare the bits (both give the same NaN).
            if value.doubleValue.bitPattern != expected.bitPattern, !(value.doubleValue.isNaN && expected.isNaN) {
                mismatches.append("\(value): \(value.doubleValue) ≠ \(expected)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) of \(Self.values.count): \(mismatches.prefix(10))")
    }

    @Test func descriptionMatchesStringValue() {
        let mismatches = Self.values.filter { $0.description != NSDecimalNumber(decimal: $0).stringValue }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10).map { "\($0.description) ≠ \(NSDecimalNumber(decimal: $0).stringValue)" })")
    }

    /// The values the briefs show and check: shares' sums near 1 (the 0.001
    /// tolerance), percents and ranks.
    @Test(arguments: ["1", "0.999", "1.001", "0.9989", "1.0011", "0.3333", "0.25", "12.5", "99.9", "100", "0.1", "3", "-1.5"])
    func everydayValues(text: String) throws {
        let value = try #require(Decimal(string: text))
        #expect(value.doubleValue.bitPattern == NSDecimalNumber(decimal: value).doubleValue.bitPattern)
        #expect((abs(value.doubleValue - 1) > 0.001) == (abs(NSDecimalNumber(decimal: value).doubleValue - 1) > 0.001))
        #expect(value.description == NSDecimalNumber(decimal: value).stringValue)
        #expect(value.int64Value == NSDecimalNumber(decimal: value).int64Value)
    }

    @Test func storedParts() throws {
        let value = try #require(Decimal(string: "-123.45"))
        #expect(value.storedParts.mantissa == 12345 && value.storedParts.exponent == -2 && value.storedParts.isNegative)
        #expect(Decimal.nan.storedParts.mantissa == 0 && Decimal.nan.storedParts.isNegative)
        #expect(Decimal.greatestFiniteMagnitude.storedParts.mantissa == UInt128.max)
    }
}
