import Foundation
import Testing
import TestSupport

/// The one policy for a missing checker (TestSupport's `Checker`): a failure
/// in CI, a visible skip elsewhere; never a silent pass.
@Suite("Checkers: found in the system, a missing one fails in CI")
struct CheckerPolicyTests {
    @Test("An installed checker is found and runs; its output and status come back")
    func installed() throws {
        let result = try Checker.run("pdfinfo", ["-v"])
        #expect(result.status == 0)
        #expect(result.output.contains("pdfinfo version"))
        #expect(Checker.installed("no-such-checker-tradebrief") == nil)
    }

    @Test("Where a missing checker is required (CI), asking for it throws an error that names the package")
    func missingFails() {
        #expect(throws: MissingChecker.self) {
            try Checker.require(anyOf: ["no-such-checker-tradebrief"], required: true)
        }
        #expect(MissingChecker(tool: "pdftotext").description.contains("apt-get install poppler-utils"))
        #expect(MissingChecker(tool: "rsvg-convert").package == "librsvg2-bin")
    }

    @Test("Program.run reads a large standard error and standard output together without blocking")
    func bothPipes() throws {
        let script = "head -c 200000 /dev/zero | tr '\\\\0' e >&2; head -c 200000 /dev/zero | tr '\\\\0' o"
        let result = try Program.run(URL(fileURLWithPath: "/bin/sh"), ["-c", script])
        #expect(result.status == 0)
        #expect(result.stdout.count == 200_000 && result.stderr.count == 200_000)
        #expect(result.stdoutBytes.count == 200_000)
    }
}
