import FoundationEssentials

/// The integer and floating-point values of a `Decimal` exactly as Foundation's
/// `NSDecimalNumber(decimal:).int64Value` and `.doubleValue` give them, for
/// code that links only FoundationEssentials (which has `Decimal` but not
/// `NSDecimalNumber`). They work on the number as `Decimal` stores it
/// (``storedParts``), step for step as FoundationEssentials does for
/// Foundation, so the results are the same bit for bit, odd ones included:
/// `doubleValue` divides by ten once per decimal place (it is not always the
/// nearest `Double`), and `int64Value` keeps the low 64 bits of a number too
/// large for them.
extension Decimal {
    /// The number as it is stored: ±`mantissa` × 10^`exponent` (a NaN has a
    /// zero mantissa and `isNegative` set).
    public var storedParts: (mantissa: UInt128, exponent: Int, isNegative: Bool) {
        // `significand` is the stored mantissa with exponent 0: its text is the mantissa's digits.
        (UInt128(significand.description) ?? 0, exponent, sign == .minus)
    }

    /// The number as a 64-bit integer, as `NSDecimalNumber.int64Value` gives
    /// it: the fraction dropped (toward zero); 0 for NaN, for an exponent
    /// outside −38…20, and for anything that rounds to 0; the low 64 bits of
    /// a number beyond `Int64`'s range.
    public var int64Value: Int64 {
        let parts = storedParts
        return Self.int64Value(mantissa: parts.mantissa, exponent: parts.exponent, isNegative: parts.isNegative)
    }

    /// ``int64Value`` of the number stored as ±`mantissa` × 10^`exponent`.
    public static func int64Value(mantissa: UInt128, exponent: Int, isNegative: Bool) -> Int64 {
        var magnitude: UInt64 = 0
        if (-38...20).contains(exponent), mantissa != 0 {
            var value = mantissa
            for _ in 0..<exponent.magnitude {
                if exponent < 0 {
                    value /= 10
                } else {
                    // Foundation stops growing the number once it would not fit in 128 bits.
                    let (product, overflow) = value.multipliedReportingOverflow(by: 10)
                    if !overflow { value = product }
                }
            }
            magnitude = UInt64(truncatingIfNeeded: value)
        }
        if isNegative {
            if magnitude == Int64.max.magnitude + 1 { return .min }
            if magnitude <= Int64.max.magnitude { return -Int64(magnitude) }
        }
        return Int64(bitPattern: magnitude)
    }

    /// The number as a `Double`, as `NSDecimalNumber.doubleValue` gives it:
    /// the mantissa's 16-bit words summed from the top, then divided (or
    /// multiplied) by 10 once per unit of the exponent. NaN for NaN.
    public var doubleValue: Double {
        if isNaN { return .nan }
        let (mantissa, exponent, isNegative) = storedParts
        var value = 0.0
        for shift in stride(from: 112, through: 0, by: -16) {
            value = value * 65536 + Double(UInt16(truncatingIfNeeded: mantissa >> shift))
        }
        if exponent < 0 {
            for _ in exponent..<0 { value /= 10 }
        } else {
            for _ in 0..<exponent { value *= 10 }
        }
        return isNegative ? -value : value
    }
}
