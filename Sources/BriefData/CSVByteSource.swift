/// Where the bytes of a CSV input come from, a chunk at a time
/// (``CSVRecordStream`` reads them); ``CSVFileInput`` reads a file.
///
/// A class protocol: a source has a position and may record why it stopped.
protocol CSVByteSource: AnyObject {
    /// Reads the next bytes of the input into `buffer` (at most its count);
    /// 0 at the end of the input, or when reading cannot go on.
    func read(into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int

    /// Reads the bytes of the input from `offset` on into `buffer`, as many as
    /// fit before the end; nil when the source cannot go back (a pipe).
    func read(at offset: Int, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int?

    /// Whether reading stopped before the end of the input (a read error, too
    /// many bytes): then nothing more is read, not even the record in progress.
    var hasFailed: Bool { get }

    /// Whether ``read(at:into:)`` works.
    var canReadAgain: Bool { get }

    /// The size of the input when known ahead (a regular file), to size tables.
    var expectedSize: Int? { get }

    /// How many more bytes reading may return before the source stops for
    /// being over its size limit (one past the limit), if it has a limit: the
    /// reader never makes room for more than that.
    var bytesBeforeLimit: Int? { get }
}

extension CSVByteSource {
    var bytesBeforeLimit: Int? { nil }
}
