import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
import TestSupport

/// Inputs found by an adversarial pass (fifteenth session): a named pipe with
/// nothing writing to it as the investments or the brief (it once hung every
/// command), a link whose parentheses could end its PDF string, and text that
/// a terminal would obey when a message quotes it.
@Suite("Hostile inputs: never waited on, never made live, never echoed raw")
struct HostileInputCLITests {
    private func run(_ arguments: [String], in folder: URL) throws -> CLI.Result {
        try CLIWithTimeout.runUnhung(arguments, in: folder, seconds: 60)
    }

    private func fifo(_ name: String, in folder: URL) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try #require(mkfifo(path, 0o644) == 0, "mkfifo \(path)")
        return path
    }

    @Test("A named pipe with no writer as the investments ends at once, as an empty file", arguments: [
        ["validate", "pipe.csv"], ["data", "--by", "state", "--investments", "pipe.csv"],
        ["chart", "state-bars", "-o", "out/x.svg", "--investments", "pipe.csv"],
        ["build", "--out", "out", "--format", "pdf", "--investments", "pipe.csv"],
    ])
    func pipeAsInvestments(_ arguments: [String]) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try fifo("pipe.csv", in: folder)
        let result = try run(arguments, in: folder)
        #expect(result.status == 3, "\(arguments): \(result.status) \(result.stderr)")
        #expect(result.stderr.contains("pipe.csv: the file is empty"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path), "wrote output")
    }

    @Test("A brief whose front matter names a named pipe as its investments ends at once")
    func pipeNamedByBrief() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try fifo("pipe.csv", in: folder)
        try Data("---\ntitle: Pipe\ninvestments: pipe.csv\n---\nText.\n".utf8).write(to: folder.appendingPathComponent("brief.md"))
        let result = try run(["build", "--brief", "brief.md", "--out", "out", "--format", "pdf"], in: folder)
        #expect(result.status == 3, "\(result.status) \(result.stderr)")
    }

    @Test("A named pipe as the brief is refused as not a regular file")
    func pipeAsBrief() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try fifo("brief.md", in: folder)
        let result = try run(["build", "--brief", "brief.md", "--out", "out", "--format", "pdf"], in: folder)
        #expect(result.status == 5, "\(result.status) \(result.stderr)")
        #expect(result.stderr.contains("brief.md: is not a regular file (a named pipe, a device or a socket)"), "\(result.stderr)")
    }

    @Test("A pipe with a writer (a command's output) is still read to its end")
    func pipeWithWriter() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = "company,sector,states,amount_usd,source,url\nAcme,Batteries,GA,1000000,Acme (2025),https://example.com/a\n"
        let bash = try Checker.require("bash")
        let command = "printf '%s' \"$1\" | timeout -s KILL 60 \"$2\" validate /dev/stdin"
        let result = try Program.run(bash, ["-c", command, "bash", csv, CLI.binary.path], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1 investment(s)"), "\(result.stdout)")
    }

    @Test("A link whose address has parentheses builds a PDF whose link is that address, with no action of its own")
    func linkWithParentheses() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let address = "https://x.example/)/S/JavaScript/JS(app.alert(7)"
        try Data("---\ntitle: Links\n---\n[The report](<\(address)>) says so.\n".utf8).write(to: folder.appendingPathComponent("brief.md"))
        let result = try run(["build", "--brief", "brief.md", "--out", "out", "--format", "pdf", "--quiet"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let pdf = folder.appendingPathComponent("out/brief.pdf").path
        let check = try Checker.run("qpdf", ["--check", pdf])
        #expect(check.status == 0 && !check.output.contains("WARNING"), "\(check.output)")
        let json = try Checker.run("qpdf", ["--json", "--json-key=qpdf", pdf]).output
        #expect(json.contains("\"/URI\": \"u:\(address)\""), "the link is not the address as written")
        #expect(!json.contains("\"/S\": \"/JavaScript\""), "a JavaScript action")
    }

    @Test("A message quoting the brief shows its control characters as U+FFFD, never raw")
    func messagesAreShownSafely() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A character reference writes ESC into the link and the live figure without tripping the file's own check.
        let brief = "---\ntitle: Escapes\n---\n[x](javascript:&#x1B;]0;pwned&#x7;) and {{state:&#x1B;[2J}}.\n"
        try Data(brief.utf8).write(to: folder.appendingPathComponent("brief.md"))
        let result = try run(["build", "--brief", "brief.md", "--out", "out", "--format", "pdf"], in: folder)
        #expect(result.status != 0, "\(result.stderr)")
        #expect(!result.stderr.utf8.contains(0x1B) && !result.stderr.utf8.contains(0x07), "raw control bytes: \(result.stderr.debugDescription)")
        #expect(result.stderr.contains("brief.md:4:"), "\(result.stderr)")
    }

    @Test("A usage error keeps its lines (only control characters other than line feeds and tabs are replaced)")
    func usageErrorKeepsLines() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run(["build", "--lang", "fr"], in: folder)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count >= 2 && !result.stderr.contains("\u{FFFD}"), "\(result.stderr.debugDescription)")
    }

    @Test("Listings on standard output show a file name's or a style's control and format characters as U+FFFD")
    func listingsAreShownSafely() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let name = "i\u{1B}]0;pwned\u{07}.csv"
        let csv = "company,sector,states,amount_usd,source,url\nAcme,Batteries,GA,1000000,Acme (2025),https://example.com/a\n"
        try Data(csv.utf8).write(to: folder.appendingPathComponent(name))
        let validated = try run(["validate", name], in: folder)
        #expect(validated.status == 0, "\(validated.stderr)")
        #expect(!validated.stdout.utf8.contains(0x1B) && !validated.stdout.utf8.contains(0x07), "\(validated.stdout.debugDescription)")
        #expect(validated.stdout.contains("i\u{FFFD}]0;pwned\u{FFFD}.csv: OK"), "\(validated.stdout.debugDescription)")
        let styles = folder.appendingPathComponent("Styles")
        try FileManager.default.createDirectory(at: styles, withIntermediateDirectories: true)
        try Data("description: \"mine \\u202Eevil\"\nextends: default\n".utf8).write(to: styles.appendingPathComponent("mine.yaml"))
        let listed = try run(["styles"], in: folder)
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains("mine") && !listed.stdout.unicodeScalars.contains("\u{202E}"), "\(listed.stdout.debugDescription)")
    }
}
