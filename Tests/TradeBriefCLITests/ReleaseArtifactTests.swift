import Foundation
import Testing
import TestSupport

@Suite("Release artifacts: manifest, check mode, atomic writes")
struct ReleaseArtifactTests {
    let epoch = ["SOURCE_DATE_EPOCH": "1745366400"]

    func sha256(_ url: URL) throws -> String {
        let output = try Checker.output("sha256sum", [url.path])
        return String(output.prefix(64))
    }

    @Test("manifest.json lists every artifact, sorted, with sizes, SHA-256 sums (checked by sha256sum) and PDF page counts")
    func manifest() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CLI.run(["build", "--out", folder.path, "--quiet"], environment: epoch).status == 0)
        let data = try Data(contentsOf: folder.appendingPathComponent("manifest.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["tool"] as? String == "tradebrief")
        let artifacts = try #require(json["artifacts"] as? [[String: Any]])
        let paths = artifacts.compactMap { $0["path"] as? String }
        #expect(paths == paths.sorted())
        #expect(Set(paths) == Set(CLI.files(in: folder).filter { $0 != "manifest.json" }))
        for artifact in artifacts {
            let path = try #require(artifact["path"] as? String)
            let url = folder.appendingPathComponent(path)
            #expect(artifact["sha256"] as? String == (try sha256(url)), "\(path)")
            #expect(artifact["bytes"] as? Int == (try Data(contentsOf: url)).count)
            if path.hasSuffix(".pdf") { #expect((artifact["pages"] as? Int ?? 0) >= 1) }
        }
        let inputs = try #require(json["inputs"] as? [[String: Any]])
        #expect(inputs.first?["path"] as? String == "(embedded) dataset.json")
    }

    @Test("--check exits 0 on an up-to-date folder, 1 with the differing files on a stale one, and writes nothing")
    func checkMode() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CLI.run(["build", "--out", folder.path, "--quiet"], environment: epoch).status == 0)
        #expect(try CLI.run(["build", "--out", folder.path, "--check", "--quiet"], environment: epoch).status == 0)

        let stale = folder.appendingPathComponent("state-bars.svg")
        try Data("stale".utf8).write(to: stale)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("sector-bars.png"))
        let before = CLI.files(in: folder)
        let result = try CLI.run(["build", "--out", folder.path, "--check"], environment: epoch)
        #expect(result.status == 1)
        #expect(result.stdout.contains("state-bars.svg"))
        #expect(result.stdout.contains("sector-bars.png (missing)"))
        #expect(!result.stdout.contains("brief.pdf"))
        #expect(CLI.files(in: folder) == before)
        #expect(try Data(contentsOf: stale) == Data("stale".utf8))
    }

    @Test("A build that fails while writing leaves the previous files untouched and no temporary files")
    func failedBuildChangesNothing() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CLI.run(["build", "--out", folder.path, "--quiet"], environment: epoch).status == 0)
        let old = folder.appendingPathComponent("state-bars.svg")
        try Data("previous".utf8).write(to: old)
        // A folder where a file must go makes the build fail part-way.
        let blocker = folder.appendingPathComponent("trade-balance.svg")
        try? FileManager.default.removeItem(at: blocker)
        try FileManager.default.createDirectory(at: blocker, withIntermediateDirectories: true)
        let result = try CLI.run(["build", "--out", folder.path], environment: epoch)
        #expect(result.status == 5)
        #expect(result.stderr.contains("is a folder"))
        #expect(try Data(contentsOf: old) == Data("previous".utf8))
        #expect(!CLI.files(in: folder).contains { $0.hasSuffix(".tmp") })
    }

    @Test("--out naming a file is a clear error")
    func outIsAFile() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("plain.txt")
        try Data("x".utf8).write(to: file)
        let result = try CLI.run(["build", "--out", file.path])
        #expect(result.status == 5)
        #expect(result.stderr.contains("is a file, not a folder"))
        #expect(try Data(contentsOf: file) == Data("x".utf8))
    }

    @Test("--help documents the exit statuses")
    func helpDocumentsExitCodes() throws {
        let result = try CLI.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Exit status"))
        #expect(result.stdout.contains("1 check found differences"))
    }
}
