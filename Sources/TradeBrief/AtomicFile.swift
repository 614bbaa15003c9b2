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
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
            throw TradeBriefError.io(path: url.path, reason: "cannot write here (\(String(cString: strerror(errno)))); check that the folder exists and is writable")
        }
        if rename(temporary.path, url.path) != 0 {
            let message = String(cString: strerror(errno))
            unlink(temporary.path)
            throw TradeBriefError.io(path: url.path, reason: "cannot move the new file into place (\(message))")
        }
    }

    private static func reason(_ error: Error) -> String {
        (error as NSError).localizedFailureReason ?? error.localizedDescription
    }
}
