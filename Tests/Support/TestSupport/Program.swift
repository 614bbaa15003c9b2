import Foundation

/// Runs a program and waits for it: the one place the tests start processes
/// whose output they read (the built `tradebrief`, the example, checkers).
public enum Program {
    /// Runs `executable` with `arguments`, optionally in `directory` and with
    /// `environment` added to this process's, and returns what it printed.
    /// Standard output and standard error are read at the same time, so a
    /// program that fills one pipe while the other is read cannot block.
    /// With `capturing` false its output goes nowhere (a browser whose helper
    /// processes may hold a pipe open after it exits) and the result's texts are empty.
    public static func run(_ executable: URL, _ arguments: [String], in directory: URL? = nil,
                           environment: [String: String] = [:], capturing: Bool = true) throws -> ProgramResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        process.standardInput = FileHandle.nullDevice
        guard capturing else {
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            return ProgramResult(status: process.terminationStatus, stdout: "", stderr: "")
        }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let errors = PipeReader(err.fileHandleForReading)
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = errors.wait()
        process.waitUntilExit()
        return ProgramResult(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                             stderr: String(decoding: stderr, as: UTF8.self), stdoutBytes: stdout)
    }
}

/// Reads a pipe to its end on a thread of its own.
private final class PipeReader: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    /// Everything the pipe carried, once its writer has closed it.
    func wait() -> Data {
        done.wait()
        return data
    }
}
