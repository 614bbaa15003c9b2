import Foundation
import StressData
import Testing
@testable import BriefData

/// `Decimal.rounded(_:)` and `roundedInt64(_:)` (BriefData's own rounding to
/// whole numbers, as FoundationEssentials has no public `NSDecimalRound`) give
/// what `NSDecimalRound(&result, &value, 0, mode)` and then
/// `NSDecimalNumber(decimal: result).int64Value` give, for every mode: exact
/// halves, negative numbers, tiny and huge ones, and numbers left by arithmetic.
@Suite struct DecimalRoundingTests {
    static let modes: [Decimal.RoundingMode] = [.plain, .down, .up, .bankers]

    /// Foundation's answer: the rounded number and its `int64Value`.
    private static func foundation(_ value: Decimal, _ mode: Decimal.RoundingMode) -> (value: Decimal, int64: Int64) {
        var source = value
        var result = Decimal()
        NSDecimalRound(&result, &source, 0, mode)
        return (result, NSDecimalNumber(decimal: result).int64Value)
    }

    /// The mismatches between BriefData's rounding and Foundation's over `values`, in every mode.
    private static func mismatches(_ values: [Decimal]) -> [String] {
        var found: [String] = []
        for value in values {
            for mode in modes {
                let expected = foundation(value, mode)
                let rounded = value.rounded(mode)
                let sameValue = rounded == expected.value || (rounded.isNaN && expected.value.isNaN)
                if !sameValue || rounded.description != expected.value.description || value.roundedInt64(mode) != expected.int64 {
                    found.append("\(value) \(mode): \(rounded) (\(value.roundedInt64(mode))) ≠ \(expected.value) (\(expected.int64))")
                }
            }
        }
        return found
    }

    @Test(arguments: [
        "2.5", "-2.5", "0.5", "-0.5", "1.5", "-1.5", "3.5", "-3.5", "0.49999999999999999999", "-0.49999999999999999999",
        "0.50000000000000000001", "-0.50000000000000000001", "2.4", "-2.4", "2.6", "-2.6", "0.1", "-0.1", "0", "7", "-7",
        "1234567.005", "-1234567.005", "99.995", "-99.995", "0.000000000000000000000000000000000000001",
        "-0.000000000000000000000000000000000000001", "9223372036854775807.5", "-9223372036854775808.5",
        "9223372036854775806.5", "18446744073709551615.5", "12345678901234567890123456789012345.5",
        "-12345678901234567890123456789012345.5", "99999999999999999999999999999999999999.9", "1e100", "-1e100", "1e-100", "-1e-100",
    ])
    func namedValues(text: String) throws {
        let value = try #require(Decimal(string: text))
        #expect(Self.mismatches([value]).isEmpty, "\(Self.mismatches([value]))")
    }

    @Test func halvesRoundAwayFromZeroAndDownGoesTowardMinusInfinity() throws {
        let half = try #require(Decimal(string: "-2.5")), small = try #require(Decimal(string: "-2.1"))
        #expect(half.rounded(.plain) == -3 && (-half).rounded(.plain) == 3)
        #expect(small.rounded(.down) == -3 && (-small).rounded(.down) == 2)
        #expect(small.roundedInt64(.down) == -3 && half.roundedInt64(.plain) == -3)
    }

    @Test func specialValues() {
        let values: [Decimal] = [.nan, .greatestFiniteMagnitude, .leastFiniteMagnitude, .leastNonzeroMagnitude, -.leastNonzeroMagnitude, .pi, -.pi]
        #expect(Self.mismatches(values).isEmpty, "\(Self.mismatches(values))")
    }

    /// Random mantissas of 1 to 38 digits with exponents from −45 to 20, and
    /// what the data code rounds: amounts × 100 and shares × 10,000 and × a total ÷ a sum.
    @Test func randomValues() {
        let seed: UInt64 = ProcessInfo.processInfo.environment["TRADEBRIEF_TEST_SEED"].flatMap { UInt64($0) } ?? 20_251_201
        var generator = SeededGenerator(seed: seed)
        var values: [Decimal] = []
        for _ in 0..<4_000 {
            let digits = String((0..<generator.int(in: 1...38)).map { _ in Character(String(generator.int(in: 0...9))) })
            let sign = generator.chance(0.5) ? "-" : ""
            guard let value = Decimal(string: "\(sign)\(digits)e\(generator.int(in: -45...20))") else { continue }
            values += [value, value * 100, value * 10_000, Decimal(generator.int(in: 1...1_000_000_000)) * value / 3]
        }
        let found = Self.mismatches(values)
        #expect(found.isEmpty, "\(found.count) of \(values.count * Self.modes.count) (seed \(seed)): \(found.prefix(10))")
    }
}
