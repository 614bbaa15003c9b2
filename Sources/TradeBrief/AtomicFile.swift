import BriefText
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Writes files so that they appear whole or not at all: the bytes go to a
/// new temporary file in the same folder (see `TemporaryFiles`: created
/// exclusively, under an unpredictable name, never through a link), which is
/// then renamed into place.
package enum AtomicFile {
    /// Writes `data` to `url` atomically, creating the folder if needed.
    /// A device or pipe at `url` (e.g. `-o /dev/stdout`) is written into, not replaced.
    /// - Throws: ``TradeBriefError/io(path:reason:)`` with the path and the reason.
    package static func write(_ data: Data, to url: URL) throws(TradeBriefError) {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw TradeBriefError.io(path: folder.path, reason: "cannot create the folder (\(systemErrorReason(error)))")
        }
        var info = stat()
        if stat(url.path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                throw TradeBriefError.io(path: url.path, reason: "is a folder; give a file name")
            case S_IFCHR, S_IFIFO:
                try writeIntoExisting(data, at: url)
                return
            default:
                break
            }
        }
        StaleTemporaryFiles.remove(in: folder, named: url.lastPathComponent)
        let temporary = try TemporaryFiles.shared.create(beside: url)
        defer { TemporaryFiles.shared.remove(temporary.path) }
        try finish(temporary, data: data, finalPath: url.path)
        if rename(temporary.path, url.path) != 0 {
            let message = String(cString: strerror(errno))
            TemporaryFiles.shared.discard(temporary.path)
            throw TradeBriefError.io(path: url.path, reason: "cannot move the new file into place (\(message))")
        }
    }

    /// Writes `data` into a new temporary file and closes it; on failure
    /// removes it and throws, naming `finalPath`.
    static func finish(_ temporary: TemporaryFiles.Created, data: Data, finalPath: String) throws(TradeBriefError) {
        if let failure = writeAll(data, to: temporary.descriptor) {
            TemporaryFiles.shared.discard(temporary.path)
            throw .io(path: finalPath, reason: "cannot write (\(failure)); nothing was changed")
        }
    }

    /// Writes into a device or pipe that exists at `url`, without creating or truncating anything.
    private static func writeIntoExisting(_ data: Data, at url: URL) throws(TradeBriefError) {
        let descriptor = open(url.path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw .io(path: url.path, reason: "cannot write here (\(String(cString: strerror(errno)))); check that the folder exists and is writable")
        }
        if let failure = writeAll(data, to: descriptor) {
            throw .io(path: url.path, reason: "cannot write (\(failure)); nothing was changed")
        }
    }

    /// Writes every byte to `descriptor` and closes it unless `closing` is
    /// false; the reason when that fails.
    /// (No fsync: a killed process cannot truncate what the kernel already
    /// holds, and the rename makes the file appear whole.)
    static func writeAll(_ data: Data, to descriptor: Int32, closing: Bool = true) -> String? {
        var failure: String?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress?.advanced(by: offset), buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if closing, close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        return failure
    }
}
