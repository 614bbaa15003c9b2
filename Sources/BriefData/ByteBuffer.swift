#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A growable run of bytes at a stable address: pointers into it stay valid
/// until it grows or is emptied, so a reader can hand out spans of it without
/// wrapping every use in a closure.
///
/// A class because it owns memory it frees when it goes; it is never shared
/// across tasks (each reader has its own).
final class ByteBuffer {
    /// The start of the storage.
    private(set) var base: UnsafeMutablePointer<UInt8>
    /// The bytes in use.
    private(set) var count = 0
    /// The bytes the storage holds.
    private(set) var capacity: Int

    /// Makes an empty buffer with room for `capacity` bytes.
    init(capacity: Int = 64) {
        self.capacity = max(capacity, 1)
        // malloc, not allocate(capacity:): the storage grows with realloc (reserve).
        guard let storage = malloc(self.capacity) else { preconditionFailure("ByteBuffer: out of memory") }
        base = storage.assumingMemoryBound(to: UInt8.self)
    }

    deinit { free(base) }

    /// The bytes in use.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// Room for the bytes past ``count`` up to ``capacity``.
    var freeSpace: UnsafeMutableBufferPointer<UInt8> { UnsafeMutableBufferPointer(start: base + count, count: capacity - count) }

    /// Adds one byte at the end.
    @inline(__always)
    func append(_ byte: UInt8) {
        if count == capacity { reserve(capacity * 2) }
        base[count] = byte
        count += 1
    }

    /// Adds `bytes` at the end, each changed by `transform`.
    @inline(__always)
    func append(_ bytes: UnsafeBufferPointer<UInt8>, transform: (UInt8) -> UInt8 = { $0 }) {
        if count + bytes.count > capacity { reserve(max(capacity * 2, count + bytes.count)) }
        let end = base + count
        for (offset, byte) in bytes.enumerated() { end[offset] = transform(byte) }
        count += bytes.count
    }

    /// Counts `added` more bytes, written into ``freeSpace``, as in use.
    func commit(_ added: Int) {
        count = min(count + added, capacity)
    }

    /// Keeps the bytes from `offset` on, moved to the start.
    func dropFirst(_ offset: Int) {
        let kept = count - offset
        // The regions may overlap: moveInitialize allows it.
        if offset > 0, kept > 0 { base.moveInitialize(from: base + offset, count: kept) }
        count = max(kept, 0)
    }

    /// Empties the buffer, keeping its storage.
    func removeAll() { count = 0 }

    /// Makes room for at least `wanted` bytes in all, keeping those in use.
    ///
    /// Grows with `realloc`: a large block (glibc serves them with `mmap`) is
    /// moved with `mremap`, page tables and all, so growing a 128 MB buffer to
    /// 256 MB never holds both copies at once (`validate /dev/zero` peaked at
    /// 552 MB with allocate-copy-free, issue 19 item 9).
    func reserve(_ wanted: Int) {
        guard wanted > capacity else { return }
        guard let grown = realloc(base, wanted) else {
            // Out of memory: as allocate(capacity:) would, stop here.
            preconditionFailure("ByteBuffer: cannot grow to \(wanted) bytes")
        }
        base = grown.assumingMemoryBound(to: UInt8.self)
        capacity = wanted
    }
}
