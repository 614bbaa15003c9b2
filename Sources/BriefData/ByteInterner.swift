#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A set of byte strings that gives each distinct one a small id (0, 1, 2, …
/// in order of first insertion), without making a `String` or an `Array` per
/// lookup: the keys live end to end in one buffer, found through an
/// open-addressing table of their 64-bit hashes.
struct ByteInterner {
    /// The keys, end to end.
    private var arena: [UInt8] = []
    /// Key `i` is `arena[ends[i]..<ends[i + 1]]`.
    private var ends: [Int] = [0]
    /// The hash of each key.
    private var hashes: [UInt64] = []
    /// For each slot, 0 when empty, else the high 32 bits of the key's hash
    /// above `id + 1` (so most misses are told apart without reading the key);
    /// the count is a power of two.
    private var slots: [UInt64] = Array(repeating: 0, count: 64)

    /// The number of distinct keys.
    var count: Int { hashes.count }

    /// Makes room for `keys` keys of about `bytesEach` bytes, so that the
    /// table need not grow while they are added.
    mutating func reserveCapacity(_ keys: Int, bytesEach: Int) {
        guard keys > hashes.count else { return }
        hashes.reserveCapacity(keys)
        ends.reserveCapacity(keys + 1)
        arena.reserveCapacity(keys * bytesEach)
        var size = slots.count
        while size < keys * 2 { size *= 2 }
        if size > slots.count {
            slots = Array(repeating: 0, count: size / 2)
            grow()
        }
    }

    /// The id of `key`, inserting it when new.
    @inline(__always)
    mutating func intern(_ key: UnsafeBufferPointer<UInt8>) -> (id: Int, inserted: Bool) {
        let hash = Self.hash(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        let tag = hash & 0xFFFF_FFFF_0000_0000
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let id = Int(entry & 0xFFFF_FFFF) - 1
                if hashes[id] == hash, equals(id, key) { return (id, false) }
            }
            slot = (slot + 1) & mask
        }
        let id = hashes.count
        hashes.append(hash)
        arena.append(contentsOf: key)
        ends.append(arena.count)
        slots[slot] = tag | UInt64(id + 1)
        if hashes.count * 2 > slots.count { grow() }
        return (id, true)
    }

    /// Calls `body` with the bytes of key `id`.
    func withKey<R>(_ id: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        arena.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[ends[id]..<ends[id + 1]])) }
    }

    private func equals(_ id: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = ends[id], end = ends[id + 1]
        guard end - start == key.count else { return false }
        return arena.withUnsafeBufferPointer { stored in
            guard let base = stored.baseAddress, let other = key.baseAddress else { return key.isEmpty }
            return memcmp(base + start, other, key.count) == 0
        }
    }

    private mutating func grow() {
        var bigger = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = bigger.count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while bigger[slot] != 0 { slot = (slot + 1) & mask }
            bigger[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(index + 1)
        }
        slots = bigger
    }

    /// A 64-bit hash of `key`, eight bytes at a time.
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(key.count)
        guard let base = key.baseAddress else { return finalize(h) }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        let count = key.count
        while offset + 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            h = (h ^ word) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            offset += 8
        }
        if offset < count {
            var word: UInt64 = 0
            var shift: UInt64 = 0
            while offset < count {
                word |= UInt64(base[offset]) << shift
                shift += 8
                offset += 1
            }
            h = (h ^ word) &* 0xC4CE_B9FE_1A85_EC53
            h ^= h >> 32
        }
        return finalize(h)
    }

    @inline(__always)
    private static func finalize(_ value: UInt64) -> UInt64 {
        var h = value
        h ^= h >> 29
        h &*= 0xBF58_476D_1CE4_E5B9
        h ^= h >> 32
        return h
    }
}
