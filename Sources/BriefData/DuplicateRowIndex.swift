/// The rows read so far, by ``DuplicateRowKey``, to find repeated rows with
/// a few bytes per row: an open-addressing table of 4-byte slots (part of each
/// row's 64-bit hash and its number), the line of each row, and where to find
/// the row again to compare it in full.
///
/// Only hashes are kept, not keys, so a row whose slot matches is a
/// candidate: the caller compares the candidate's key with the new one
/// (``nextCandidate(_:slot:)``), reading that row again from the input
/// (``Recall/rereading``), or, when the input cannot be read again (a pipe),
/// against keys the index keeps (``Recall/keepingKeys``). So a repeated row is
/// always found, and two rows whose hashes merely collide are never called
/// the same.
///
/// Per row: a slot of 4 bytes in a table at most 70 % full, and 4 bytes each
/// of line, reference and hash (for growing the table): 1,000,000 rows take
/// a table of 8 MB, small enough to stay mostly in cache, and 12 MB beside it.
/// With ``Recall/keepingKeys`` the keys' bytes too.
struct DuplicateRowIndex {
    /// How candidates are compared in full.
    enum Recall {
        /// The caller reads the candidate row again at its ``reference(_:)`` (a byte offset).
        case rereading
        /// The index keeps every key (``matchesKept(_:_:)``).
        case keepingKeys
    }

    let recall: Recall
    /// The bits of each hash the index uses: all of them, but for tests that
    /// make every hash collide (0) to show that only full comparisons decide.
    let hashMask: UInt64
    /// Each slot: 0 when empty, else 12 low bits of the hash (a tag that
    /// tells most other rows apart without comparing them) above the row's
    /// number + 1 (20 bits). The slot count is a power of two, and a row's
    /// first slot is the top bits of its hash.
    private var slots: [UInt32]
    /// log2 of the slot count.
    private var shift: Int
    /// The top 32 bits of each row's hash, by number: where it goes when the table grows.
    private var highHashes: [UInt32] = []
    /// The line of each row, by number.
    private var lines: [UInt32] = []
    /// Where each row can be read again, by number.
    private var references: [UInt32] = []
    /// The keys' bytes end to end, when ``recall`` is ``Recall/keepingKeys``;
    /// row `n`'s end at `keptEnds[n]`, and its texts (if any) in `keptTexts`.
    private var keptBytes: [UInt8] = []
    private var keptEnds: [UInt32] = []
    private var keptTexts: [Int: (company: String, project: String)] = [:]

    private static let rowBits: UInt32 = 20
    private static let rowMask: UInt32 = (1 << rowBits) - 1
    /// The most rows the index holds, more than ``InvestmentCSV/maxRows``.
    static let capacity = Int(rowMask) - 1

    /// Makes an empty index, with room for about `expectedRows` rows.
    init(recall: Recall, expectedRows: Int = 0, hashMask: UInt64 = ~0) {
        self.recall = recall
        self.hashMask = hashMask
        let rows = min(max(expectedRows, 0), Self.capacity)
        var shift = 10
        while Self.isCrowded(rows, slots: 1 << shift) { shift += 1 }
        self.shift = shift
        slots = Array(repeating: 0, count: 1 << shift)
        highHashes.reserveCapacity(rows)
        lines.reserveCapacity(rows)
        references.reserveCapacity(rows)
    }

    /// The number of rows.
    var count: Int { lines.count }

    /// The slot where the search for `hash` starts.
    @inline(__always)
    func firstSlot(for hash: UInt64) -> Int { Int(truncatingIfNeeded: (hash & hashMask) >> UInt64(64 - shift)) }

    @inline(__always)
    private func tag(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: hash & hashMask & 0xFFF) << Self.rowBits }

    /// The next row at or after `slot` whose hash may be `hash`, with `slot`
    /// moved past it; nil at the first empty slot, with `slot` there (where
    /// ``insert(hash:line:reference:key:at:)`` puts a new row).
    @inline(__always)
    func nextCandidate(_ hash: UInt64, slot: inout Int) -> Int? {
        let mask = slots.count - 1
        let tag = tag(hash)
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            slot = (slot + 1) & mask
            if entry & ~Self.rowMask == tag { return Int(entry & Self.rowMask) - 1 }
        }
    }

    /// The line of row `number`.
    func line(_ number: Int) -> Int { Int(lines[number]) }

    /// Where row `number` can be read again.
    func reference(_ number: Int) -> Int { Int(references[number]) }

    /// Whether the kept key of row `number` is `key` (``Recall/keepingKeys`` only).
    func matchesKept(_ number: Int, _ key: DuplicateRowKey) -> Bool {
        guard number < keptEnds.count else { return false }
        let start = number == 0 ? 0 : Int(keptEnds[number - 1])
        guard keptBytes[start..<Int(keptEnds[number])].elementsEqual(key.bytes) else { return false }
        switch (keptTexts[number], key.texts) {
        case (nil, nil): return true
        case let (kept?, given?): return kept.company == given.company && kept.project == given.project
        default: return false
        }
    }

    /// Adds a row at the empty `slot` that ``nextCandidate(_:slot:)`` ended
    /// on; false (and nothing added) when the index is full, or the line or
    /// reference is past 2^32 (``InvestmentCSV``'s limits of rows and bytes
    /// keep it from both).
    @discardableResult
    mutating func insert(hash: UInt64, line: Int, reference: Int, key: DuplicateRowKey, at slot: Int) -> Bool {
        guard count < Self.capacity, let line = UInt32(exactly: line), let reference = UInt32(exactly: reference) else { return false }
        if recall == .keepingKeys {
            guard let end = UInt32(exactly: keptBytes.count + key.bytes.count) else { return false }
            keptBytes.append(contentsOf: key.bytes)
            keptEnds.append(end)
            if let texts = key.texts { keptTexts[count] = texts }
        }
        slots[slot] = tag(hash) | UInt32(count + 1)
        highHashes.append(UInt32(truncatingIfNeeded: (hash & hashMask) >> 32))
        lines.append(line)
        references.append(reference)
        if Self.isCrowded(count, slots: slots.count) { grow() }
        return true
    }

    /// Whether `rows` rows fill more than 70 % of `slots` slots (then the table grows).
    private static func isCrowded(_ rows: Int, slots: Int) -> Bool { rows * 10 > slots * 7 }

    /// Doubles the table: each row's first slot follows from the top bits of
    /// its hash, and its slot keeps its tag.
    private mutating func grow() {
        shift += 1
        var bigger = [UInt32](repeating: 0, count: 1 << shift)
        let mask = bigger.count - 1
        for entry in slots where entry != 0 {
            let number = Int(entry & Self.rowMask) - 1
            var slot = Int(highHashes[number] >> UInt32(32 - shift))
            while bigger[slot] != 0 { slot = (slot + 1) & mask }
            bigger[slot] = entry
        }
        slots = bigger
    }
}
