import Foundation
import Testing
import TestSupport

/// What a build leaves in its folder (issue 19, items 7, 8 and 10): stale
/// temporary files of killed runs removed, a manifest that does not depend on
/// the working directory and names no path of the machine, `--check` telling
/// a folder that does not match its own manifest, and long names and
/// addresses that stay inside the page.
@Suite("The output folder: stale files, manifest, check, long text")
struct OutputFolderTests {
    let epoch = ["SOURCE_DATE_EPOCH": "1745366400"]

    /// The id of a process that surely no longer exists (one that ran and was reaped).
    private func goneProcessID() throws -> Int32 {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try child.run()
        child.waitUntilExit()
        return child.processIdentifier
    }

    @Test("A build removes the temporary files that a killed run left (its process is gone), and keeps others")
    func staleTemporaryFiles() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out.appendingPathComponent("states"), withIntermediateDirectories: true)
        let gone = try goneProcessID()
        let stale = [".brief.pdf.\(gone).Ab3dE5gH9k.tmp", ".state-bars.svg.\(gone).tmp", "states/.GA.pdf.\(gone).zzzzzzzzzz.tmp"]
        let kept = [".brief.pdf.1.Ab3dE5gH9k.tmp", ".hidden-notes.txt", "notes.\(gone).tmp"]
        for name in stale + kept { try Data("left\n".utf8).write(to: out.appendingPathComponent(name)) }
        let result = try CLI.run(["build", "--out", "out", "--format", "pdf,svg", "--state", "GA", "--quiet"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        for name in stale { #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name) was left") }
        for name in kept { #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name) was removed") }
    }

    @Test("build --check reports a folder whose files do not match its own manifest (a mixed set)")
    func checkAgainstOwnManifest() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CLI.run(["build", "--out", "out", "--format", "svg", "--quiet"], in: folder, environment: epoch).status == 0)
        let fresh = try CLI.run(["build", "--out", "out", "--format", "svg", "--check"], in: folder, environment: epoch)
        #expect(fresh.status == 0, "\(fresh.stderr)")
        #expect(!fresh.stderr.contains("manifest.json"))
        // As after a kill between renames: one file of another build, one missing.
        try Data("<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n".utf8).write(to: folder.appendingPathComponent("out/state-map.svg"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("out/sector-bars.svg"))
        let mixed = try CLI.run(["build", "--out", "out", "--format", "svg", "--check"], in: folder, environment: epoch)
        #expect(mixed.status == 1)
        #expect(mixed.stderr.contains("out does not match its own manifest.json (an interrupted build, or files changed since): sector-bars.svg (missing), state-map.svg"), "\(mixed.stderr)")
        #expect(mixed.stdout.contains("state-map.svg"))
    }

    @Test("build --check right after a build without SOURCE_DATE_EPOCH finds the folder up to date (it stamps the folder's own build date)")
    func checkWithoutSourceDateEpoch() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // An empty SOURCE_DATE_EPOCH counts as unset: the time of the build is stamped.
        let unset = ["SOURCE_DATE_EPOCH": ""]
        #expect(try CLI.run(["build", "--out", "out", "--format", "svg", "--quiet"], in: folder, environment: unset).status == 0)
        let data = try Data(contentsOf: folder.appendingPathComponent("out/manifest.json"))
        let manifest = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(manifest["sourceDateEpoch"] == nil)
        let stamped = try #require(manifest["creationDate"] as? String)
        #expect(stamped.hasSuffix("Z") && stamped.count == 20, "\(stamped)")
        // A later second than the build's: the fresh build must not stamp its own time.
        Thread.sleep(forTimeInterval: 1.2)
        let check = try CLI.run(["build", "--out", "out", "--format", "svg", "--check"], in: folder, environment: unset)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stderr.contains("is up to date"), "\(check.stderr)")
    }

    @Test("The same build from two working directories, inputs spelled differently, gives the same manifest bytes and no machine path in any output")
    func manifestIndependentOfWorkingDirectory() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data")
        let styles = data.appendingPathComponent("styles")
        try FileManager.default.createDirectory(at: styles, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("elsewhere/deeper"), withIntermediateDirectories: true)
        // A row without source or url: the brief credits "the CSV file", by its name.
        try Data("company,sector,states,amount_usd,source,url\nHyundai,Electric vehicles,GA,5B,Hyundai,https://example.com/h\nSK,Batteries,KY,1B,,\n".utf8)
            .write(to: data.appendingPathComponent("list.csv"))
        try Data("extends: default\ncolors:\n  accent: \"#aa3300\"\n".utf8).write(to: styles.appendingPathComponent("mine.yaml"))
        let first = try CLI.run(["build", "--out", "out1", "--investments", "data/list.csv", "--style", "data/styles/mine.yaml", "--format", "pdf,svg", "--state", "GA", "--quiet"],
                                in: folder, environment: epoch)
        #expect(first.status == 0, "\(first.stderr)")
        let second = try CLI.run(["build", "--out", folder.appendingPathComponent("out2").path,
                                  "--investments", data.appendingPathComponent("list.csv").path,
                                  "--style", "../../data/./styles/mine.yaml", "--format", "pdf,svg", "--state", "GA", "--quiet"],
                                 in: folder.appendingPathComponent("elsewhere/deeper"), environment: epoch)
        #expect(second.status == 0, "\(second.stderr)")
        let manifest1 = try Data(contentsOf: folder.appendingPathComponent("out1/manifest.json"))
        let manifest2 = try Data(contentsOf: folder.appendingPathComponent("out2/manifest.json"))
        #expect(manifest1 == manifest2, "\(String(decoding: manifest1, as: UTF8.self))\n---\n\(String(decoding: manifest2, as: UTF8.self))")
        let text = String(decoding: manifest1, as: UTF8.self)
        #expect(text.contains("\"path\" : \"list.csv\"") && text.contains("\"path\" : \"mine.yaml\""), "\(text)")
        // No absolute path of this machine anywhere: raw bytes, and the PDFs' text.
        let root = folder.path
        for output in ["out1", "out2"] {
            let directory = folder.appendingPathComponent(output)
            for name in CLI.files(in: directory) + CLI.files(in: directory.appendingPathComponent("states")).map({ "states/" + $0 }) where name.contains(".") {
                let url = directory.appendingPathComponent(name)
                let bytes = try Data(contentsOf: url)
                #expect(bytes.range(of: Data(root.utf8)) == nil && bytes.range(of: Data("/tmp/".utf8)) == nil, "\(output)/\(name) holds a path")
                if name.hasSuffix(".pdf") {
                    let text = try Checker.output("pdftotext", [url.path, "-"])
                    #expect(!text.contains(root) && !text.contains("/tmp/") && !text.contains("data/list.csv"), "\(output)/\(name)")
                }
            }
        }
    }

    @Test("A 5,000-character address and a 10,000-character name stay inside the page: cut, with warnings")
    func longTextStaysOnThePage() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = "https://example.com/" + String(repeating: "a", count: 4980)
        let name = String(repeating: "N", count: 10_000)
        try Data("company,project,sector,states,amount_usd,source,url\n\(name),Plant,Batteries,GA,1B,Src,\(url)\n".utf8).write(to: folder.appendingPathComponent("long.csv"))
        let result = try CLI.run(["build", "--investments", "long.csv", "--out", "out", "--format", "pdf", "--state", "GA", "--quiet"], in: folder)
        #expect(result.status == 0, "\(result.stderr.prefix(500))")
        #expect(result.stderr.count < 2000, "a warning echoed the whole name or address")
        #expect(result.stderr.contains("the brief shows its first 119"))
        let info = try Checker.output("pdfinfo", [folder.appendingPathComponent("out/states/GA.pdf").path])
        #expect(info.contains("Pages:           1"))
        for pdf in ["out/brief.pdf", "out/states/GA.pdf"] {
            let text = try Checker.output("pdftotext", ["-layout", folder.appendingPathComponent(pdf).path, "-"])
            #expect(!text.contains(String(repeating: "a", count: 200)), "\(pdf): the whole address is printed")
            #expect(!text.contains(String(repeating: "N", count: 400)), "\(pdf): the whole name is printed")
            // The footer stays the last thing on every page.
            for page in text.split(separator: "\u{0C}") where page.contains("made with tradebrief") {
                let lines = page.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
                #expect(lines.last?.contains("made with tradebrief") == true, "\(pdf): text below the footer")
            }
        }
        // The link keeps the whole address.
        let pdfBytes = try Data(contentsOf: folder.appendingPathComponent("out/brief.pdf"))
        #expect(pdfBytes.range(of: Data(url.utf8)) != nil)
    }
}
