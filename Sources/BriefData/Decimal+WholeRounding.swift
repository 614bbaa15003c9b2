import BriefText
import FoundationEssentials

/// Rounding a `Decimal` to a whole number as Foundation's
/// `NSDecimalRound(&result, &value, 0, mode)` does, for code that links only
/// FoundationEssentials (where `NSDecimalRound` is not public).
///
/// - `.plain`: to the nearest whole number, halves away from zero (2.5 → 3, −2.5 → −3);
/// - `.down`: toward negative infinity (2.7 → 2, −2.1 → −3);
/// - `.up`: toward positive infinity (2.1 → 3, −2.7 → −2);
/// - `.bankers`: to the nearest, halves to the even neighbour (2.5 → 2, 3.5 → 4).
extension Decimal {
    /// The number rounded to a whole number by `mode`, as `NSDecimalRound` with scale 0 rounds it.
    func rounded(_ mode: RoundingMode) -> Decimal {
        guard let whole = wholeParts(mode) else { return self }
        if whole.mantissa <= UInt64.max {
            return Decimal(sign: whole.isNegative ? .minus : .plus, exponent: whole.exponent, significand: Decimal(UInt64(whole.mantissa)))
        }
        // A mantissa over 64 bits: its digits, which `Decimal` reads exactly (it is under 2^128).
        let digits = String(whole.mantissa) + String(repeating: "0", count: whole.exponent)
        return Decimal(string: (whole.isNegative ? "-" : "") + digits) ?? .nan
    }

    /// ``rounded(_:)`` as a 64-bit integer, as `NSDecimalNumber(decimal:).int64Value`
    /// gives it for `NSDecimalRound`'s result (the low 64 bits of a number
    /// beyond `Int64`'s range, as `int64Value` in BriefText says).
    func roundedInt64(_ mode: RoundingMode) -> Int64 {
        guard let whole = wholeParts(mode) else { return int64Value }
        return Self.int64Value(mantissa: whole.mantissa, exponent: whole.exponent, isNegative: whole.isNegative)
    }

    /// The rounded number as `NSDecimalRound` stores it (the mantissa without
    /// trailing zeros, which go to the exponent), or nil when the number is
    /// returned as it is: whole already (exponent ≥ 0), or NaN.
    private func wholeParts(_ mode: RoundingMode) -> (mantissa: UInt128, exponent: Int, isNegative: Bool)? {
        let (mantissa, exponent, isNegative) = storedParts
        guard exponent < 0, !isNaN else { return nil }
        // Drop the fraction's digits: the last one dropped is the first after the
        // point; `sticky` says whether any dropped after it was not zero.
        var whole = mantissa, digit: UInt128 = 0, sticky = false
        for _ in 0..<exponent.magnitude {
            sticky = sticky || digit != 0
            (whole, digit) = whole.quotientAndRemainder(dividingBy: 10)
        }
        let inexact = digit != 0 || sticky
        let away: Bool = switch mode {
        case .plain: digit >= 5
        case .down: isNegative && inexact
        case .up: !isNegative && inexact
        case .bankers: digit > 5 || (digit == 5 && (sticky || whole % 2 == 1))
        @unknown default: digit >= 5
        }
        if away { whole += 1 }
        guard whole != 0 else { return (0, 0, false) }
        var zeros = 0
        while whole % 10 == 0 {
            whole /= 10
            zeros += 1
        }
        return (whole, zeros, isNegative)
    }
}
