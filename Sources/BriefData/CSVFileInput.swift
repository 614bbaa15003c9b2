import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `read(2)`, named apart from the method that calls it.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

/// `open(2)`, named apart from the method that calls it.
private func systemOpen(_ path: String, _ flags: Int32) -> Int32 {
    open(path, flags)
}

/// An open file read as a ``CSVByteSource``: a chunk at a time, never more
/// than a limit in all, with what stopped it (a read error, or more bytes than
/// the limit) kept in ``failure`` for the caller to report.
///
/// A regular file can be read again from any offset (``read(at:into:)``);
/// a pipe or a device cannot.
package final class CSVFileInput: CSVByteSource {
    /// Why reading stopped before the end of the file.
    package enum Failure: Equatable, Sendable {
        /// The file has more bytes than the limit.
        case tooLarge
        /// The system refused a read; the reason as it says it.
        case unreadable(String)
    }

    private let descriptor: Int32
    private let limit: Int
    private let isRegularFile: Bool
    private var bytesRead = 0
    /// What stopped reading early, if anything.
    package private(set) var failure: Failure?
    let expectedSize: Int?
    var canReadAgain: Bool { isRegularFile }
    var hasFailed: Bool { failure != nil }
    var bytesBeforeLimit: Int? { max(0, limit + 1 - bytesRead) }

    /// Opens the file at `path` for reading without waiting for a writer:
    /// a named pipe (FIFO) that nothing writes to would block `open(2)`
    /// for ever, so it is opened non-blocking and then switched back to
    /// blocking reads. A pipe with a writer (`--investments <(…)`) is read
    /// to its end as before; one without reads as empty at once.
    /// - Returns: the descriptor (close it when done), or -1 with `errno` set.
    package static func open(_ path: String) -> Int32 {
        let descriptor = systemOpen(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return -1 }
        let flags = fcntl(descriptor, F_GETFL)
        if flags == -1 || fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) == -1 {
            let error = errno
            close(descriptor)
            errno = error
            return -1
        }
        return descriptor
    }

    /// Reads from the open file `descriptor`, which the caller keeps open
    /// until reading is done (and then closes), at most `limit` bytes.
    package init(descriptor: Int32, limit: Int) {
        self.descriptor = descriptor
        self.limit = limit
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG {
            isRegularFile = true
            expectedSize = Int(status.st_size)
        } else {
            isRegularFile = false
            expectedSize = nil
        }
    }

    func read(into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        guard failure == nil, let base = buffer.baseAddress, !buffer.isEmpty else { return 0 }
        // One byte past the limit is enough to know that the file is over it.
        let wanted = min(buffer.count, limit + 1 - bytesRead)
        let count = Self.retrying { systemRead(descriptor, base, wanted) }
        guard count >= 0 else {
            failure = .unreadable(String(cString: strerror(errno)))
            return 0
        }
        bytesRead += count
        if bytesRead > limit {
            failure = .tooLarge
            return 0
        }
        return count
    }

    /// The bytes from here to the end of the file, or to where reading
    /// stopped (then ``failure`` says why).
    package func readToEnd() -> Data {
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBufferPointer { read(into: $0) }
            guard count > 0 else { return data }
            data.append(contentsOf: chunk[..<count])
        }
    }

    func read(at offset: Int, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        guard isRegularFile, let base = buffer.baseAddress else { return nil }
        var filled = 0
        while filled < buffer.count {
            let count = Self.retrying { pread(descriptor, base + filled, buffer.count - filled, off_t(offset + filled)) }
            guard count > 0 else { return count == 0 ? filled : nil }
            filled += count
        }
        return filled
    }

    /// The bytes `start..<end` of the file as a source of their own, read
    /// with `pread(2)` without moving this input's position; nil unless this
    /// is a regular file that nothing has been read from yet.
    func slice(from start: Int, to end: Int) -> CSVFileSlice? {
        guard isRegularFile, bytesRead == 0, failure == nil else { return nil }
        return CSVFileSlice(descriptor: descriptor, start: start, end: end)
    }

    /// Whether the file ends at `offset`: a read there finds the end (not a
    /// byte, not an error); false for a pipe.
    func endsAt(_ offset: Int) -> Bool {
        guard isRegularFile else { return false }
        var byte: UInt8 = 0
        return Self.retrying { pread(descriptor, &byte, 1, off_t(offset)) } == 0
    }

    /// Runs a system call again while a signal interrupts it.
    static func retrying(_ call: () -> Int) -> Int {
        while true {
            let result = call()
            if result < 0, errno == EINTR { continue }
            return result
        }
    }
}
