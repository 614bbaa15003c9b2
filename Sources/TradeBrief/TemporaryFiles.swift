import FoundationEssentials
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The temporary files this process is writing, and how they are made.
///
/// Each one sits beside the file it will replace, named
/// `.NAME.PID.RANDOM.tmp` (`.brief.pdf.4242.q7Xk2mB9aZ.tmp`): the process id
/// lets a later build find the files of a process that is gone (see
/// ``removeStale(in:)``), and the ten random letters and digits (from the
/// system's secure generator) make the name unpredictable. A file is created
/// with `O_CREAT | O_EXCL | O_NOFOLLOW`, so a file or link planted under any
/// name is never opened, followed or truncated: the name is skipped and
/// another one drawn. Its permissions are 0644 less the umask.
///
/// An interrupted run removes the files still noted: see ``InterruptCleanup``.
final class TemporaryFiles: Sendable {
    /// The files of this process.
    static let shared = TemporaryFiles()

    /// How many names are tried before giving up (each a fresh random draw).
    static let attempts = 64

    /// The random part of a name: this many letters and digits.
    static let randomLength = 10

    /// The files noted, and whether the process is exiting (then no new file is made).
    private struct Noted {
        var paths: Set<String> = []
        var exiting = false
    }

    private let noted = Mutex(Noted())
    /// Makes the random part of each name; tests replace it to plant files under the names it gives.
    private let randomPart: @Sendable () -> String

    /// A registry that draws the random part of each name from `randomPart`.
    init(randomPart: @escaping @Sendable () -> String = TemporaryFiles.secureRandomPart) {
        self.randomPart = randomPart
    }

    /// An open, new, empty temporary file beside `final`.
    struct Created {
        /// Its path.
        var path: String
        /// Its file descriptor, open for writing; the caller closes it.
        var descriptor: Int32
    }

    /// Creates a new temporary file beside `final` (in the same folder, so
    /// that a rename can replace `final`), exclusively and without following
    /// links, and notes it for removal on interruption.
    /// - Throws: ``TradeBriefError/io(path:reason:)`` naming `final`.
    func create(beside final: URL) throws(TradeBriefError) -> Created {
        let folder = final.deletingLastPathComponent().path
        let prefix = (folder.hasSuffix("/") ? folder : folder + "/") + "." + final.lastPathComponent + ".\(getpid())."
        let outcome: Attempt = noted.withLock { noted in
            guard !noted.exiting else { return .exiting }
            var lastError: Int32 = EEXIST
            for _ in 0..<Self.attempts {
                let path = prefix + randomPart() + ".tmp"
                let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
                if descriptor >= 0 {
                    // Noted while the lock is held: an interruption removes it from here on.
                    noted.paths.insert(path)
                    return .created(Created(path: path, descriptor: descriptor))
                }
                lastError = errno
                // Only a name that is taken (a file or a link, planted or not) is worth another try.
                guard lastError == EEXIST || lastError == ELOOP || lastError == EINTR else { break }
            }
            return .failed(errno: lastError)
        }
        let lastError: Int32
        switch outcome {
        case .created(let created): return created
        case .exiting:
            // An interruption removed the files: this writer waits for the exit
            // rather than make a file or an error message.
            while true { pause() }
        case .failed(let code): lastError = code
        }
        let reason = String(cString: strerror(lastError))
        throw .io(path: final.path, reason: "cannot write here (\(reason)); check that the folder exists and is writable")
    }

    /// Forgets `path` once it was renamed into place or removed.
    func remove(_ path: String) {
        _ = noted.withLock { $0.paths.remove(path) }
    }

    /// Removes the file at `path` (if still there) and forgets it.
    func discard(_ path: String) {
        noted.withLock { noted in
            unlink(path)
            noted.paths.remove(path)
        }
    }

    /// Removes every file still noted, and makes no new one from then on
    /// (``create(beside:)`` waits for the exit); for the moment before the
    /// process exits.
    func removeAllBeforeExit() {
        noted.withLock { noted in
            for path in noted.paths { unlink(path) }
            noted.paths.removeAll()
            noted.exiting = true
        }
    }

    /// What ``create(beside:)``'s attempts came to.
    private enum Attempt {
        /// A new file.
        case created(Created)
        /// None: the process is exiting.
        case exiting
        /// None: the last attempt's `errno`.
        case failed(errno: Int32)
    }

    /// Ten random ASCII letters and digits from the system's secure generator.
    static func secureRandomPart() -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8)
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<randomLength).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
        return String(decoding: bytes, as: UTF8.self)
    }
}
