/// The records of a CSV input, read from memory or from a ``CSVByteSource``
/// a chunk at a time, through one ``CSVRecordReader``.
///
/// Streamed, the bytes go through a buffer that holds the unread part of one
/// chunk: about ``chunkSize`` bytes, more only while one record is longer
/// than that (the buffer then doubles until the record fits, so a long record
/// is read again only a few times). A record is always read from one window,
/// so what the reader makes of the input does not depend on where chunks end.
struct CSVRecordStream {
    /// The reader, over the current window.
    private(set) var reader: CSVRecordReader
    /// The input when it is all in memory.
    private let whole: UnsafeBufferPointer<UInt8>?
    private let source: (any CSVByteSource)?
    /// The window's bytes, when streaming.
    private let buffer: ByteBuffer
    /// The bytes of a record read again (``reread(at:into:)``).
    private let rereadBuffer = ByteBuffer(capacity: 0)
    /// The most bytes asked of the source at a time (more for a longer record).
    let chunkSize: Int
    /// The default ``chunkSize``: 256 KiB.
    static let defaultChunkSize = 256 * 1024

    /// Reads `bytes`, which stay valid while the stream is used.
    init(bytes: UnsafeBufferPointer<UInt8>, parser: CSVParser) {
        reader = CSVRecordReader(bytes: bytes, parser: parser)
        whole = bytes
        source = nil
        buffer = ByteBuffer(capacity: 0)
        chunkSize = bytes.count
    }

    /// Reads `source`, `chunkSize` bytes at a time.
    /// - Parameter startsInput: whether the source starts the input (so that
    ///   a byte-order mark is looked for); false for a part that starts at a
    ///   record in the middle of a file.
    init(source: any CSVByteSource, parser: CSVParser, chunkSize: Int = Self.defaultChunkSize, startsInput: Bool = true) {
        let size = max(chunkSize, 1)
        buffer = ByteBuffer(capacity: 2 * size)
        reader = CSVRecordReader(bytes: buffer.bytes, parser: parser, isAtEnd: false, startsInput: startsInput)
        whole = nil
        self.source = source
        self.chunkSize = size
    }

    /// The bytes the streaming window can hold now (0 for an input in memory).
    var windowCapacity: Int { whole == nil ? buffer.capacity : 0 }

    /// The size of the input, when known ahead.
    var expectedSize: Int? { whole?.count ?? source?.expectedSize }

    /// Reads the next record into `record`; false at the end of the input (or
    /// of the records allowed).
    mutating func next(into record: inout CSVRawRecord) -> Bool {
        while true {
            if reader.next(into: &record) { return true }
            guard reader.needsMoreInput, let source else { return false }
            refill(from: source)
        }
    }

    /// Keeps the unread bytes and reads at least as many again (and at least a
    /// chunk), so that a record longer than the window is read whole after a
    /// few rounds; never more than the source may still give before its size
    /// limit, so a 256 MB line is not read into a 512 MB buffer.
    private mutating func refill(from source: any CSVByteSource) {
        buffer.dropFirst(reader.index)
        var wanted = max(chunkSize, buffer.count)
        if let left = source.bytesBeforeLimit { wanted = max(1, min(wanted, left)) }
        buffer.reserve(buffer.count + wanted)
        var added = 0
        var ended = false
        while added < wanted {
            let count = source.read(into: UnsafeMutableBufferPointer(rebasing: buffer.freeSpace[0..<(wanted - added)]))
            guard count > 0 else {
                ended = true
                break
            }
            buffer.commit(count)
            added += count
        }
        reader.continue(with: buffer.bytes, isAtEnd: ended)
        // A source that failed (e.g. /dev/zero past the size limit) is not an
        // end of input: the record in progress is not read as one.
        if ended, source.hasFailed { reader.stop() }
    }

    /// The problems, in input order (call once, at the end).
    mutating func finish() -> [CSVParser.Problem] { reader.finish() }

    /// When reading stopped because there were more records than allowed:
    /// the line of the first record not read.
    var stoppedAtLine: Int? { reader.stoppedAtLine }

    /// Where the last record read starts in the input.
    var recordOffset: Int { reader.recordOffset }

    /// Whether ``reread(at:into:)`` can read records again.
    var canReread: Bool { whole != nil || source?.canReadAgain == true }

    /// Reads the record that starts at `offset` of the input (where an earlier
    /// record was read) again into `record`, valid until the next call; false
    /// when it cannot be read again. Its problems were reported the first time.
    func reread(at offset: Int, into record: inout CSVRawRecord) -> Bool {
        if let whole {
            guard offset < whole.count else { return false }
            var again = CSVRecordReader(bytes: UnsafeBufferPointer(rebasing: whole[offset...]), parser: reader.parser, startsInput: false)
            return again.next(into: &record)
        }
        guard let source else { return false }
        var size = 4096
        while true {
            rereadBuffer.removeAll()
            rereadBuffer.reserve(size)
            guard let count = source.read(at: offset, into: UnsafeMutableBufferPointer(rebasing: rereadBuffer.freeSpace[0..<size])) else { return false }
            rereadBuffer.commit(count)
            var again = CSVRecordReader(bytes: rereadBuffer.bytes, parser: reader.parser, isAtEnd: count < size, startsInput: false)
            if again.next(into: &record) { return true }
            guard again.needsMoreInput else { return false }
            size *= 2
        }
    }
}
