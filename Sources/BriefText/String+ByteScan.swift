/// Byte-level pre-checks for text searched many times on the way to a page
/// (prose, markup, SVG runs). `String.contains(_:)` and `firstRange(of:)`
/// compare grapheme clusters and, in a default build, were 2–3% of the
/// CPU (perf, Benchmarks/RESULTS.md); most texts hold no candidate byte at
/// all, which a scan of the UTF-8 bytes tells at once.
///
/// A byte check never replaces a Character comparison: where two ASCII
/// characters follow each other as Characters, their bytes follow each other
/// too, so "no such bytes" proves "no such Characters"; where the bytes are
/// there, callers still compare Characters (a combining mark after the
/// second byte makes another Character).
///
/// `@inlinable` so that each caller gets a loop over its own `String` or
/// `Substring` bytes (unspecialised, the scan cost more than it saved).
extension StringProtocol {
    /// Whether the UTF-8 bytes hold `first` immediately followed by `second`.
    @inlinable
    public func containsBytes(_ first: UInt8, _ second: UInt8) -> Bool {
        var previous: UInt8 = 0
        for byte in utf8 {
            if previous == first, byte == second { return true }
            previous = byte
        }
        return false
    }

    /// Whether any UTF-8 byte is one of `bytes` (ASCII values).
    @inlinable
    public func containsAnyByte(_ bytes: ASCIIByteSet) -> Bool {
        for byte in utf8 where bytes.contains(byte) { return true }
        return false
    }
}
