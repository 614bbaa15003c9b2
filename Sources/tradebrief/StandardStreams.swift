#if canImport(Glibc)
import Glibc
#endif
import TradeBrief

/// Standard output and standard error, written with `write(2)` and checked.
///
/// `FileHandle.write(_:)` traps on a failed write (`data >/dev/full`, a closed
/// standard output, `build 2>/dev/full`), so every byte tradebrief prints goes
/// through here instead. A failed write ends the command with exit status 5
/// (file or folder error), with a message on standard error when one can
/// still be written there; a reader that went away (`data | head -1`, EPIPE)
/// ends it quietly with status 5. SIGPIPE is ignored, so a closed pipe is an
/// error value, not a signal that kills the process.
enum StandardStreams {
    /// Call once at start: ignores SIGPIPE, and puts a read-only `/dev/null`
    /// on standard input, output or error if one is closed, so that no file
    /// opened later gets their numbers (and printed text goes into a file), and
    /// a write to a closed stream fails (EBADF) rather than vanishing.
    static func prepare() {
        signal(SIGPIPE, SIG_IGN)
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            let null = open("/dev/null", O_RDONLY)
            if null >= 0, null != descriptor {
                dup2(null, descriptor)
                close(null)
            }
        }
    }

    /// Writes `text` to standard output, or ends the command (status 5).
    static func out(_ text: String) { out(Data(text.utf8)) }

    /// Writes `data` to standard output (`chart -o -`), or ends the command (status 5).
    static func out(_ data: Data) {
        if let failure = write(data, to: STDOUT_FILENO) {
            if failure != EPIPE {
                _ = write("tradebrief: error: cannot write to standard output (\(String(cString: strerror(failure))))\n", to: STDERR_FILENO)
            }
            end(ExitStatus.io)
        }
    }

    /// Ends the process at once with `status`, when a standard stream can no
    /// longer be written. Nothing is left to flush (every byte goes through
    /// `write(2)` here; stdio is flushed anyway) and no output file is half
    /// written (files are renamed into place whole). `_exit` skips the
    /// at-exit handlers, LeakSanitizer's among them: the command ends in the
    /// middle of its work, with its values alive on purpose, which are not
    /// leaks. Every other exit goes through ``TradeBriefCommand/main()``.
    static func end(_ status: Int32) -> Never {
        fflush(nil)
        _exit(status)
    }

    /// Writes `text` to standard error, or ends the command (status 5): no
    /// message can be shown, so none is lost silently.
    static func err(_ text: String) {
        if write(text, to: STDERR_FILENO) != nil { end(ExitStatus.io) }
    }

    /// Writes all of `text` to `descriptor`; the `errno` of a failed write, or nil.
    static func write(_ text: String, to descriptor: Int32) -> Int32? { write(Data(text.utf8), to: descriptor) }

    /// Writes all of `data` to `descriptor`; the `errno` of a failed write, or nil.
    static func write(_ data: Data, to descriptor: Int32) -> Int32? {
        data.withUnsafeBytes { buffer -> Int32? in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress?.advanced(by: offset), buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
    }
}
