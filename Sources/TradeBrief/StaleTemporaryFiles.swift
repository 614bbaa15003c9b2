import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Finds and removes the temporary files that a killed tradebrief left
/// behind (`kill -9` gives no chance to clean up): files named like those of
/// ``TemporaryFiles`` (`.NAME.PID.RANDOM.tmp`, or `.NAME.PID.tmp` from older
/// versions) whose process is gone.
///
/// A file is removed only when it is a regular file (never a link, folder or
/// device), owned by this user, named with the id of a process that no longer
/// exists and is not this one. A build in progress in the same folder keeps
/// its files, since its process is alive.
enum StaleTemporaryFiles {
    /// The process id in a temporary file's name, if the name has the pattern.
    static func processID(inName name: String) -> Int32? {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
        var parts = Array(name.utf8.dropFirst().dropLast(4)).split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        func isDigits(_ part: ArraySlice<UInt8>) -> Bool {
            !part.isEmpty && part.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
        // `.NAME.PID.RANDOM.tmp`: drop the random part; `.NAME.PID.tmp` has none.
        if parts.count >= 3, let last = parts.last, last.count == TemporaryFiles.randomLength,
           last.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) }),
           isDigits(parts[parts.count - 2]) {
            parts.removeLast()
        }
        guard parts.count >= 2, let last = parts.last, isDigits(last), last.count <= 9,
              parts.dropLast().contains(where: { !$0.isEmpty }),
              let pid = Int32(String(decoding: last, as: UTF8.self)), pid > 0 else { return nil }
        return pid
    }

    /// Removes the stale temporary files in `folder` (not in its subfolders);
    /// with `name`, only those of the file called `name`.
    /// - Returns: the names removed.
    @discardableResult
    static func remove(in folder: URL, named name: String? = nil) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        var removed: [String] = []
        for file in names.sorted() {
            if let name, !file.hasPrefix("." + name + ".") { continue }
            guard let pid = processID(inName: file), pid != getpid(), !isAlive(pid) else { continue }
            let path = folder.appendingPathComponent(file).path
            var info = stat()
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_uid == geteuid() else { continue }
            if unlink(path) == 0 { removed.append(file) }
        }
        return removed
    }

    /// Whether a process with this id exists (one of another user counts).
    static func isAlive(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno != ESRCH
    }
}
