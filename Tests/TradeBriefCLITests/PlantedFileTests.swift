import Foundation
import Testing
import TestSupport

/// Files and links planted in the output folder under the names the old
/// versions used for temporary files (`.NAME.PID.tmp`, predictable once the
/// process id is known): `chart -o` and `build` must neither follow nor
/// truncate them (issue 19, item 1). The shell plants them under its own
/// process id, then `exec`s tradebrief, which keeps that id.
@Suite("Planted links and files under temporary-file names")
struct PlantedFileTests {
    /// Runs `tradebrief ARGUMENTS` in `folder` after `setup` (shell commands, `$$` being tradebrief's process id).
    private func run(_ setup: String, _ arguments: [String], in folder: URL) throws -> CLI.Result {
        let quoted = ([CLI.binary.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        return try Program.run(URL(fileURLWithPath: "/bin/sh"), ["-c", "\(setup) exec \(quoted)"], in: folder)
    }

    private func contents(_ url: URL) -> String? {
        FileManager.default.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test("chart -o: a link at .NAME.PID.tmp to another file does not get that file overwritten")
    func chartThroughPlantedLink() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("precious\n".utf8).write(to: folder.appendingPathComponent("victim.txt"))
        try Data("planted\n".utf8).write(to: folder.appendingPathComponent("planted.txt"))
        let result = try run("ln -s victim.txt .x.svg.$$.tmp && cp planted.txt .y.svg.$$.tmp && ", ["chart", "state-bars", "-o", "x.svg"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(contents(folder.appendingPathComponent("victim.txt")) == "precious\n")
        #expect(contents(folder.appendingPathComponent("x.svg"))?.contains("<svg") == true)
        let names = CLI.files(in: folder)
        #expect(names.contains { $0.hasPrefix(".x.svg.") }, "the planted link was removed or renamed: \(names)")
    }

    @Test("build: links at .NAME.PID.tmp for every artifact leave their targets alone")
    func buildThroughPlantedLinks() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("out"), withIntermediateDirectories: true)
        try Data("precious\n".utf8).write(to: folder.appendingPathComponent("victim.txt"))
        let names = ["manifest.json", "state-bars.svg", "state-map.svg", "key-figures.svg", "sector-bars.svg", "state-sector.svg", "trade-balance.svg"]
        let plant = names.map { "ln -s ../victim.txt out/.\($0).$$.tmp && " }.joined()
        let result = try run(plant, ["build", "--out", "out", "--format", "svg", "--quiet"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(contents(folder.appendingPathComponent("victim.txt")) == "precious\n")
        #expect(contents(folder.appendingPathComponent("out/manifest.json"))?.contains("\"artifacts\"") == true)
    }

    @Test("New files get 0644 less the umask")
    func permissions() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (mask, expected) in [("022", 0o644), ("077", 0o600), ("027", 0o640)] {
            let result = try run("umask \(mask) && ", ["chart", "state-bars", "-o", "c\(mask).svg"], in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("c\(mask).svg").path)
            #expect((attributes[.posixPermissions] as? Int) == expected, "umask \(mask)")
        }
    }
}
