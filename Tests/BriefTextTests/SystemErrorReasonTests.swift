import Foundation
import Testing
@testable import BriefText

/// File errors read as the C library words them, whatever wraps them.
@Suite struct SystemErrorReasonTests {
    @Test func missingFile() {
        do {
            _ = try Data(contentsOf: URL(fileURLWithPath: "/nonexistent/tradebrief-test"))
            Issue.record("a missing file was read")
        } catch {
            #expect(systemErrorReason(error) == "No such file or directory")
        }
    }

    @Test func folderWhereAFileIs() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tradebrief-reason-\(getpid())")
        try Data("x".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        do {
            try FileManager.default.createDirectory(at: file.appendingPathComponent("sub"), withIntermediateDirectories: true)
            Issue.record("a folder was created under a file")
        } catch {
            #expect(["Not a directory", "File exists"].contains(systemErrorReason(error)), "\(systemErrorReason(error))")
        }
    }

    @Test func posixCodes() {
        #expect(systemErrorReason(POSIXError(.EACCES)) == "Permission denied")
        #expect(systemErrorReason(CocoaError(.fileWriteOutOfSpace)) == "No space left on device")
    }
}
