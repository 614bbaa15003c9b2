import Foundation

/// Writes files so that they appear whole or not at all: the bytes go to a
/// temporary file in the same folder, which is then renamed into place.
public enum AtomicFile {
    /// Writes `data` to `url` atomically, creating the folder if needed.
    /// - Throws: ``TradeBriefError/io(path:reason:)`` with the path and the reason.
    public static func write(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw TradeBriefError.io(path: folder.path, reason: "cannot create the folder (\(reason(error)))")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw TradeBriefError.io(path: url.path, reason: "is a folder; give a file name")
        }
        // A device or pipe (e.g. -o /dev/stdout) is written to, never replaced.
        var info = stat()
        if stat(url.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFCHR || (info.st_mode & S_IFMT) == S_IFIFO {
            try writeTemporary(data, to: url, finalPath: url.path, truncate: false)
            return
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        TemporaryFiles.shared.add(temporary.path)
        defer { TemporaryFiles.shared.remove(temporary.path) }
        try writeTemporary(data, to: temporary, finalPath: url.path)
        if rename(temporary.path, url.path) != 0 {
            let message = String(cString: strerror(errno))
            unlink(temporary.path)
            throw TradeBriefError.io(path: url.path, reason: "cannot move the new file into place (\(message))")
        }
    }

    /// Writes `data` to `temporary` completely, or removes it and throws. (No fsync:
    /// a killed process cannot truncate what the kernel already holds, and the
    /// rename makes the file appear whole.)
    static func writeTemporary(_ data: Data, to temporary: URL, finalPath: String, truncate: Bool = true) throws {
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | (truncate ? O_TRUNC : 0) | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw TradeBriefError.io(path: finalPath, reason: "cannot write here (\(String(cString: strerror(errno)))); check that the folder exists and is writable")
        }
        var failure: String?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress?.advanced(by: offset), buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if let failure {
            if truncate { unlink(temporary.path) }
            throw TradeBriefError.io(path: finalPath, reason: "cannot write (\(failure)); nothing was changed")
        }
    }

    private static func reason(_ error: Error) -> String {
        (error as NSError).localizedFailureReason ?? error.localizedDescription
    }
}
