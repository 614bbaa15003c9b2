#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A byte range of an open regular file as a ``CSVByteSource``, read with
/// `pread(2)` only, so that several slices of one file descriptor can be read
/// at once from different threads (``InvestmentCSV``'s two halves). Offsets in
/// ``read(at:into:)`` are from the start of the slice.
final class CSVFileSlice: CSVByteSource {
    private let descriptor: Int32
    /// The slice's first byte in the file.
    let start: Int
    /// The byte after the slice's last, in the file.
    let end: Int
    /// The next byte ``read(into:)`` reads, from ``start``.
    private var position = 0
    /// Whether a read failed (then the caller reads the whole file the usual way, which reports it).
    private(set) var hasFailed = false

    /// The bytes `start..<end` of the regular file open as `descriptor`, which the caller keeps open.
    init(descriptor: Int32, start: Int, end: Int) {
        self.descriptor = descriptor
        self.start = start
        self.end = max(start, end)
    }

    var expectedSize: Int? { end - start }
    var canReadAgain: Bool { true }

    func read(into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        guard !hasFailed, let count = read(at: position, into: buffer) else { return 0 }
        position += count
        return count
    }

    func read(at offset: Int, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        guard let base = buffer.baseAddress, offset >= 0 else { return nil }
        let wanted = max(0, min(buffer.count, end - start - offset))
        var filled = 0
        while filled < wanted {
            let count = CSVFileInput.retrying { pread(descriptor, base + filled, wanted - filled, off_t(start + offset + filled)) }
            // A file that shrank, or a failed read: not the bytes the slice promised.
            guard count > 0 else {
                hasFailed = true
                return nil
            }
            filled += count
        }
        return filled
    }
}
