import Foundation

/// The temporary files this process is writing (`.brief.pdf.1234.tmp`
/// beside `brief.pdf`), so that an interrupted run can remove them: see
/// ``InterruptCleanup``.
final class TemporaryFiles: @unchecked Sendable {
    /// The files of this process.
    static let shared = TemporaryFiles()

    private let lock = NSLock()
    private var paths: Set<String> = []

    /// Notes `path` before the file is created.
    func add(_ path: String) {
        lock.lock()
        paths.insert(path)
        lock.unlock()
    }

    /// Forgets `path` once it was renamed into place or removed.
    func remove(_ path: String) {
        lock.lock()
        paths.remove(path)
        lock.unlock()
    }

    /// Removes every file still noted and keeps the lock, so that no writer
    /// starts a new one; for the moment before the process exits.
    func removeAllBeforeExit() {
        lock.lock()
        for path in paths { unlink(path) }
        paths.removeAll()
    }
}
