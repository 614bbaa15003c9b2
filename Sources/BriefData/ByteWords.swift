/// Byte tests eight bytes at a time ("SIMD within a register"), for the CSV
/// reader's hot loops: a 64-bit word holds eight bytes, and each test gives a
/// mask with the high bit (0x80) set in exactly the bytes that pass it.
///
/// Written by hand for the hot loops of ``CSVRecordReader`` and
/// ``CSVText/isCleanASCII(_:)``, which test every byte of a file: callgrind
/// counted 173.5 M and 166.0 M instructions in the two functions for a
/// 100,000-row file (10 MB), 40% of `data --by state`'s 848.7 M; with these
/// tests, 142.8 M and 124.1 M (Benchmarks/RESULTS.md 0000000000). Swift's
/// `SIMD` types were not tried. Every mask here is exact (no false positives
/// from borrows), so a loop may use it to skip a whole word, or to find the
/// first byte that matters.
enum ByteWords {
    /// 0x01 in every byte.
    static let ones: UInt64 = 0x0101_0101_0101_0101
    /// 0x80 in every byte.
    static let highBits: UInt64 = 0x8080_8080_8080_8080
    /// 0x7F in every byte.
    private static let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The eight bytes at `base + offset`, the first in the low byte (any alignment).
    @inline(__always)
    static func load(_ base: UnsafePointer<UInt8>, at offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
    }

    /// 0x80 in each byte of `word` that is zero.
    @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        // Adding 0x7F to the low seven bits sets a byte's high bit unless they are all zero;
        // no byte carries into the next.
        ~(((word & lowBits) &+ lowBits) | word) & highBits
    }

    /// 0x80 in each byte of `word` equal to `byte`.
    @inline(__always)
    static func bytes(_ word: UInt64, equalTo byte: UInt8) -> UInt64 {
        zeroBytes(word ^ (ones &* UInt64(byte)))
    }

    /// 0x80 in each byte of `word` below `limit` (at most 0x80).
    @inline(__always)
    static func bytes(_ word: UInt64, below limit: UInt8) -> UInt64 {
        // (low seven bits) + (0x80 - limit) reaches 0x80 exactly when the byte is at least
        // `limit`, and never carries; bytes of 0x80 or more are never below the limit.
        ~(((word & lowBits) &+ ones &* UInt64(0x80 - limit)) | word) & highBits
    }

    /// The index (0–7) of the first byte marked in `mask`, a nonzero mask from these tests.
    @inline(__always)
    static func firstMarked(_ mask: UInt64) -> Int {
        mask.trailingZeroBitCount >> 3
    }
}
