import Foundation
import Testing

/// SIGINT and SIGTERM during a build: no temporary file is left, and every
/// output file is either the previous version or the complete new one.
@Suite("Interrupted builds")
struct InterruptTests {
    /// Every regular file under `folder` (relative path → bytes), hidden ones included.
    static func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return files }
        while let path = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = folder.appendingPathComponent(path).path
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                // Through a file handle: FileManager.contents(atPath:) keeps 4 KB of an empty
                // file's read buffer, which LeakSanitizer reports (`make sanitize`).
                guard let handle = FileHandle(forReadingAtPath: full) else { continue }
                files[path] = (try? handle.readToEnd()) ?? Data()
                try? handle.close()
            }
        }
        return files
    }

    /// A process that runs `tradebrief` with `arguments` as a shell would:
    /// with no signal blocked. (Foundation's `Process` passes on the test
    /// runner's signal mask, where SIGINT and SIGTERM are blocked, so a
    /// Python wrapper clears the mask before it execs the binary.)
    static func shellLike(_ arguments: [String]) -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let unblock = "import os, signal, sys; signal.pthread_sigmask(signal.SIG_SETMASK, []); "
            + "signal.signal(signal.SIGPIPE, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])"
        process.arguments = ["python3", "-c", unblock, CLI.binary.path] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(["SOURCE_DATE_EPOCH": "1700000000"]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        return process
    }

    /// Starts `tradebrief` with `arguments`, waits until a temporary file
    /// appears in `folder` (or the process ends), then stops it, sends
    /// `signal` and lets it go on; returns the exit status and whether a
    /// temporary file was seen while it was stopped.
    static func interrupt(_ arguments: [String], folder: URL, with signal: Int32) throws -> (status: Int32, sawTemporary: Bool) {
        let process = shellLike(arguments)
        try process.run()
        var sawTemporary = false
        let deadline = Date().addingTimeInterval(600)
        while process.isRunning, Date() < deadline {
            if snapshot(folder).keys.contains(where: { $0.hasSuffix(".tmp") }) {
                kill(process.processIdentifier, SIGSTOP)
                sawTemporary = snapshot(folder).keys.contains { $0.hasSuffix(".tmp") }
                kill(process.processIdentifier, signal)
                kill(process.processIdentifier, SIGCONT)
                break
            }
            usleep(200)
        }
        process.waitUntilExit()
        return (process.terminationStatus, sawTemporary)
    }

    @Test("A signal while files are being written leaves each file old or new, and no temporary file",
          arguments: [SIGTERM, SIGINT])
    func signalDuringWrites(signal: Int32) throws {
        let work = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let old = work.appendingPathComponent("out")
        let fresh = work.appendingPathComponent("fresh")
        // The previous build (default data) and the complete new one (every state, PNG too): many files to write.
        let csv = work.appendingPathComponent("all.csv")
        var rows = "company,project,sector,states,amount_usd,year,source,url\n"
        let codes = ["AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
                     "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH",
                     "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY"]
        for (index, code) in codes.enumerated() {
            rows += "Company \(index),Plant \(index),Batteries,\(code),\(index + 1)00 million,2024,Source \(index % 3),https://example.com/\(index)\n"
        }
        try rows.write(to: csv, atomically: true, encoding: .utf8)
        let newBuild = ["build", "--format", "pdf,svg,png", "--per-state", "--investments", csv.path, "--quiet"]
        #expect(try CLI.run(["build", "--out", old.path, "--quiet"], environment: ["SOURCE_DATE_EPOCH": "1700000000"]).status == 0)
        #expect(try CLI.run(newBuild + ["--out", fresh.path], environment: ["SOURCE_DATE_EPOCH": "1700000000"]).status == 0)
        let before = Self.snapshot(old)
        let after = Self.snapshot(fresh)
        try #require(!before.isEmpty && after.count > 60)

        let result = try Self.interrupt(newBuild + ["--out", old.path], folder: old, with: signal)
        // 128 + the signal when the handler ran first; 0 when the build had already finished its renames.
        #expect(result.status == 128 + signal || result.status == 0, "exit status \(result.status)")
        let left = Self.snapshot(old)
        #expect(left.keys.filter { $0.hasSuffix(".tmp") }.isEmpty, "temporary files left: \(left.keys.sorted())")
        for (path, bytes) in left where !path.hasSuffix(".tmp") {
            #expect(bytes == before[path] || bytes == after[path], "\(path) is neither the old nor the new file")
        }
        if result.status == 0 { #expect(left == after) }
        // When the process was stopped with temporary files present, the signal came
        // mid-write: the handler must have removed them (checked above). Otherwise it
        // came after the last rename (slow machines, sanitizers), which is also fine.
        if result.sawTemporary, result.status == 128 + signal {
            #expect(left.keys.allSatisfy { before[$0] != nil || after[$0] != nil })
        }
    }

    @Test("A signal before anything is written changes nothing")
    func signalWhileRendering() throws {
        let work = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let out = work.appendingPathComponent("out")
        #expect(try CLI.run(["build", "--out", out.path, "--quiet"]).status == 0)
        let before = Self.snapshot(out)
        let process = Self.shellLike(["build", "--format", "pdf,svg,png", "--per-state", "--out", out.path, "--quiet"])
        try process.run()
        usleep(150_000)
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        // Ctrl-C this early lands while the inputs are read or the pages drawn (or,
        // on a slow machine, before the handler is installed: killed by the signal).
        let killed = process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGINT
        #expect(process.terminationStatus == 128 + SIGINT || process.terminationStatus == 0 || killed,
                "exit status \(process.terminationStatus), \(process.terminationReason)")
        if process.terminationStatus != 0 || killed { #expect(Self.snapshot(out) == before) }
        #expect(Self.snapshot(out).keys.filter { $0.hasSuffix(".tmp") }.isEmpty)
    }
}
