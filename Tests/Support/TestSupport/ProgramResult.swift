import Foundation

/// What a program printed and how it ended.
public struct ProgramResult: Sendable {
    /// The exit status (or the signal's number, when a signal ended it).
    public var status: Int32
    /// Standard output, decoded as UTF-8.
    public var stdout: String
    /// Standard error, decoded as UTF-8.
    public var stderr: String
    /// Standard output as bytes (an image written to `-`).
    public var stdoutBytes: Data

    /// A result; `stdoutBytes` defaults to `stdout`'s UTF-8 bytes.
    public init(status: Int32, stdout: String, stderr: String, stdoutBytes: Data? = nil) {
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
        self.stdoutBytes = stdoutBytes ?? Data(stdout.utf8)
    }

    /// Standard output followed by standard error: what a terminal would show.
    public var output: String { stdout + stderr }
}
