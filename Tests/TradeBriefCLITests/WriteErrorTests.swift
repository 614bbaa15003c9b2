import Foundation
import Testing
import TestSupport

/// Every write to standard output and error is checked (issue 19, item 5):
/// a full device, a closed stream or a reader that went away ends the command
/// with status 5 (and a message where one can be shown), never a crash.
@Suite("Write errors on standard output and error")
struct WriteErrorTests {
    /// Runs tradebrief with the given standard output and error.
    private func run(_ arguments: [String], stdout: FileHandle, stderr: FileHandle) throws -> Int32 {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = arguments
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
    }

    private static let hasFull = FileManager.default.fileExists(atPath: "/dev/full")

    @Test("data >/dev/full: exit 5 with a message", .enabled(if: hasFull))
    func dataToFullDevice() throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let err = Pipe()
        let status = try run(["data", "--by", "company"], stdout: full, stderr: err.fileHandleForWriting)
        try err.fileHandleForWriting.close()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(status == 5)
        #expect(message.contains("tradebrief: error: cannot write to standard output (No space left on device)"), "\(message)")
    }

    @Test("--help, --version, chart --list and chart -o - >/dev/full: exit 5 with a message", .enabled(if: hasFull), arguments: [
        ["--help"], ["--version"], ["chart", "--list"], ["validate", "--help"], ["chart", "state-bars", "-o", "-", "--format", "svg"],
    ])
    func helpToFullDevice(_ arguments: [String]) throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let err = Pipe()
        let status = try run(arguments, stdout: full, stderr: err.fileHandleForWriting)
        try err.fileHandleForWriting.close()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(status == 5, "\(arguments)")
        #expect(message.contains("cannot write to standard output (No space left on device)"), "\(message)")
    }

    @Test("Standard output closed (data >&-, validate >&-, styles >&-): exit 5 with a message", arguments: [
        ["data"], ["styles"], ["chart", "--list"],
    ])
    func closedStandardOutput(_ arguments: [String]) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let quoted = ([CLI.binary.path] + arguments).joined(separator: " ")
        let result = try Program.run(URL(fileURLWithPath: "/bin/sh"), ["-c", "exec \(quoted) >&-"], in: folder)
        #expect(result.status == 5, "\(arguments): \(result.status) \(result.stderr)")
        #expect(result.stderr.contains("cannot write to standard output (Bad file descriptor)"), "\(result.stderr)")
    }

    @Test("A reader that went away (EPIPE): exit 5, no signal, no message")
    func brokenPipe() throws {
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        let err = Pipe()
        let status = try run(["data", "--by", "company"], stdout: pipe.fileHandleForWriting, stderr: err.fileHandleForWriting)
        try err.fileHandleForWriting.close()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(status == 5)
        #expect(message.isEmpty, "\(message)")
    }

    @Test("build 2>/dev/full: exit 5, no crash", .enabled(if: hasFull))
    func buildWithFullStandardError() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let status = try run(["build", "--out", folder.appendingPathComponent("out").path, "--format", "svg"], stdout: FileHandle.nullDevice, stderr: full)
        #expect(status == 5)
        let invalid = try run(["validate", "/nonexistent/x.csv"], stdout: FileHandle.nullDevice, stderr: full)
        #expect(invalid == 5)
    }
}
