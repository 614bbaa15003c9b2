import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Inserts bytes into a PDF that Cairo has finished, and moves every
/// cross-reference offset (the classic `xref` table Cairo 1.16 writes at
/// PDF 1.5, without object streams) and `startxref` after them, so that
/// the file stays valid (`qpdf --check`). For the few things Cairo 1.16
/// cannot write itself: the `D:` prefix of dates (``PDFDateFix``) and the
/// document's language (``PDFLanguage``).
enum PDFPatch {
    /// `bytes` with each insertion's bytes put before its position (positions
    /// in the original bytes), offsets fixed; nil when the cross-reference
    /// table is not where Cairo writes it (the caller keeps the file as it was).
    static func insert(_ insertions: [(position: Int, bytes: [UInt8])], into original: [UInt8]) -> [UInt8]? {
        let sorted = insertions.filter { !$0.bytes.isEmpty }.sorted { $0.position < $1.position }
        guard !sorted.isEmpty else { return original }
        guard sorted.allSatisfy({ $0.position >= 0 && $0.position <= original.count }) else { return nil }
        var bytes = original
        for insertion in sorted.reversed() { bytes.insert(contentsOf: insertion.bytes, at: insertion.position) }
        func shifted(_ offset: Int) -> Int {
            offset + sorted.filter { $0.position < offset }.reduce(0) { $0 + $1.bytes.count }
        }

        // Rewrite the classic xref table's 20-byte entries and startxref.
        guard let xref = findLast(Array("\nxref\n".utf8), in: bytes) else { return nil }
        var cursor = xref + 6
        guard let headerEnd = bytes[cursor...].firstIndex(of: 0x0A) else { return nil }
        let header = String(decoding: bytes[cursor..<headerEnd], as: UTF8.self).split(separator: " ")
        guard header.count == 2, let count = Int(header[1]) else { return nil }
        cursor = headerEnd + 1
        for _ in 0..<count {
            guard cursor + 20 <= bytes.count,
                  let offset = Int(String(decoding: bytes[cursor..<cursor + 10], as: UTF8.self)) else { return nil }
            if bytes[cursor + 17] == UInt8(ascii: "n") {
                // Ten digits, zero-padded, written in place (as `%010d`, without a format string per object).
                var value = shifted(offset)
                guard (0..<10_000_000_000).contains(value) else { return nil }
                for position in (cursor..<cursor + 10).reversed() {
                    bytes[position] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
            }
            cursor += 20
        }
        guard let startxref = findLast(Array("startxref\n".utf8), in: bytes) else { return nil }
        let numberStart = startxref + 10
        guard let numberEnd = bytes[numberStart...].firstIndex(of: 0x0A),
              let old = Int(String(decoding: bytes[numberStart..<numberEnd], as: UTF8.self)) else { return nil }
        bytes.replaceSubrange(numberStart..<numberEnd, with: Array(String(shifted(old)).utf8))
        return bytes
    }

    /// The first position of `pattern` in `bytes` at or after `start`.
    static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int = 0) -> Int? {
        guard let first = pattern.first, pattern.count <= bytes.count else { return nil }
        return bytes.withUnsafeBufferPointer { haystack -> Int? in
            pattern.withUnsafeBufferPointer { needle -> Int? in
                guard let base = haystack.baseAddress, let wanted = needle.baseAddress else { return nil }
                let last = haystack.count - needle.count
                var index = max(0, start)
                // memchr finds each candidate first byte; memcmp checks the rest (a PDF is tens of KB, scanned whole).
                while index <= last {
                    guard let hit = memchr(base + index, Int32(first), last - index + 1) else { return nil }
                    let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + position, wanted, needle.count) == 0 { return position }
                    index = position + 1
                }
                return nil
            }
        }
    }

    /// The last position of `pattern` in `bytes`.
    static func findLast(_ pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard let first = pattern.first, pattern.count <= bytes.count else { return nil }
        return bytes.withUnsafeBufferPointer { haystack -> Int? in
            pattern.withUnsafeBufferPointer { needle -> Int? in
                guard let base = haystack.baseAddress, let wanted = needle.baseAddress else { return nil }
                var index = haystack.count - needle.count
                while index >= 0 {
                    if base[index] == first, memcmp(base + index, wanted, needle.count) == 0 { return index }
                    index -= 1
                }
                return nil
            }
        }
    }
}
