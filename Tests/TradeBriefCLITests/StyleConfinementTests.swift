import Foundation
import Testing
import TestSupport

/// Where styles may come from (issue 19, items 3 and 10): `extends` stays in
/// the style's folder, a file given with `--style` is never echoed beyond one
/// line of 120 characters, only regular files are opened (a FIFO cannot hang
/// `build` or `styles`), and `Styles/default.yaml` may extend the built-in `default`.
@Suite("Style files: confined, never echoed, never waited on")
struct StyleConfinementTests {
    private func run(_ arguments: [String], in folder: URL) throws -> CLI.Result {
        try CLIWithTimeout.runUnhung(arguments, in: folder, seconds: 30)
    }

    @Test("--style naming a file that is not a style quotes at most its first line, cut to 120 characters")
    func systemFileAsStyle() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let secret = folder.appendingPathComponent("secret.txt")
        let first = "user:" + String(repeating: "x", count: 200)
        try Data((first + "\nSECOND LINE SECRET\nthird: line secret\n").utf8).write(to: secret)
        for style in [secret.path, "../" + folder.lastPathComponent + "/secret.txt", "/etc/passwd"] {
            let result = try run(["chart", "state-bars", "-o", "x.svg", "--style", style], in: folder)
            #expect(result.status == 4, "\(style): \(result.stderr)")
            #expect(!result.stderr.contains("SECOND LINE SECRET") && !result.stderr.contains("third: line secret"), "\(style): \(result.stderr)")
            #expect(!result.stderr.contains(String(first.prefix(120))), "\(style): more than 120 characters quoted")
            if style == "/etc/passwd", let passwd = try? String(contentsOfFile: "/etc/passwd", encoding: .utf8) {
                for line in passwd.split(separator: "\n").dropFirst() where line.count > 8 {
                    #expect(!result.stderr.contains(line), "/etc/passwd: echoed \(line)")
                }
            }
        }
    }

    @Test("extends through a link to a file outside the style's folder is refused unread")
    func extendsThroughLink() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let styles = folder.appendingPathComponent("Styles")
        try FileManager.default.createDirectory(at: styles, withIntermediateDirectories: true)
        try Data("colors:\n  accent: \"#123456\"\nSECRET_OUTSIDE: 1\n".utf8).write(to: folder.appendingPathComponent("outside.yaml"))
        try FileManager.default.createSymbolicLink(atPath: styles.appendingPathComponent("base.yaml").path, withDestinationPath: "../outside.yaml")
        try Data("extends: base\n".utf8).write(to: styles.appendingPathComponent("mine.yaml"))
        try Data("extends: ./base.yaml\n".utf8).write(to: styles.appendingPathComponent("mine2.yaml"))
        for name in ["mine", "mine2"] {
            let result = try run(["chart", "state-bars", "-o", "x.svg", "--style", "Styles/\(name).yaml"], in: folder)
            #expect(result.status == 4, "\(result.stderr)")
            #expect(result.stderr.contains("Styles/\(name).yaml:1:10: key 'extends':") && result.stderr.contains("is outside the folder of this style"), "\(result.stderr)")
            #expect(!result.stderr.contains("SECRET_OUTSIDE"))
        }
    }

    @Test("A FIFO given as a style, or lying in ./Styles, hangs neither build nor styles")
    func fifo() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let styles = folder.appendingPathComponent("Styles")
        try FileManager.default.createDirectory(at: styles, withIntermediateDirectories: true)
        #expect(mkfifo(styles.appendingPathComponent("pipe.yaml").path, 0o600) == 0)
        let asStyle = try run(["build", "--out", "out", "--format", "svg", "--style", "Styles/pipe.yaml"], in: folder)
        #expect(asStyle.status == 4)
        #expect(asStyle.stderr.contains("Styles/pipe.yaml: cannot read the style: it is not a regular file"), "\(asStyle.stderr)")
        let byName = try run(["build", "--out", "out", "--format", "svg", "--style", "pipe", "--quiet"], in: folder)
        #expect(byName.status == 4, "\(byName.stderr)")
        #expect(byName.stderr.contains("Styles/pipe.yaml: cannot read the style: it is not a regular file"), "\(byName.stderr)")
        let listed = try run(["styles"], in: folder)
        #expect(listed.status == 0)
        #expect(listed.stdout.contains("default") && listed.stdout.contains("pipe           (not a regular file, so not read)"), "\(listed.stdout)")
        let built = try run(["build", "--out", "out", "--format", "svg", "--quiet"], in: folder)
        #expect(built.status == 0, "\(built.stderr)")
    }

    @Test("./Styles/default.yaml with extends: default extends the built-in default, not itself")
    func localDefaultExtendsBuiltIn() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let styles = folder.appendingPathComponent("Styles")
        try FileManager.default.createDirectory(at: styles, withIntermediateDirectories: true)
        try Data("extends: default\ncolors:\n  accent: \"#ff00ff\"\n".utf8).write(to: styles.appendingPathComponent("default.yaml"))
        let result = try run(["build", "--out", "out", "--format", "svg", "--quiet"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try String(contentsOf: folder.appendingPathComponent("out/state-bars.svg"), encoding: .utf8)
        #expect(svg.contains("fill=\"#f0f\""), "the local default's accent was not used")
        let manifest = try String(contentsOf: folder.appendingPathComponent("out/manifest.json"), encoding: .utf8)
        #expect(manifest.contains("\"<built-in>/default.yaml\"") && manifest.contains("\"default.yaml\""))
    }
}

/// `CLI.run` under `timeout(1)`: status 124 when it took longer than `seconds`.
enum CLIWithTimeout {
    static func run(_ arguments: [String], in folder: URL, seconds: Int) throws -> CLI.Result {
        let result = try Program.run(try Checker.require("timeout"), ["-s", "KILL", String(seconds), CLI.binary.path] + arguments, in: folder)
        return result.status == 137 ? CLI.Result(status: 124, stdout: result.stdout, stderr: result.stderr) : result
    }

    /// ``run(_:in:seconds:)``, recording an issue when it hung, so that a hang
    /// fails the test instead of stopping the run.
    static func runUnhung(_ arguments: [String], in folder: URL, seconds: Int) throws -> CLI.Result {
        let result = try run(arguments, in: folder, seconds: seconds)
        #expect(result.status != 124, "timed out (hung): \(arguments)")
        return result
    }
}
