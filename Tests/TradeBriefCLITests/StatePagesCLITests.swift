import Foundation
import Testing
import TestSupport

@Suite("Per-state one-pagers from the command line")
struct StatePagesCLITests {
    @Test("--per-state writes one PDF per state with investment (a second page only for what the first cannot hold), listed in the manifest")
    func perState() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["build", "--per-state", "--format", "pdf", "--out", folder.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let pages = CLI.files(in: folder.appendingPathComponent("states"))
        #expect(pages == ["GA.pdf", "IN.pdf", "KY.pdf", "TN.pdf"])
        for page in pages {
            let path = folder.appendingPathComponent("states/\(page)").path
            let info = try Checker.output("pdfinfo", [path])
            #expect(info.contains("Pages:           1") || info.contains("Pages:           2"), "\(page)")
            // The key figures and the whole table are on the first page.
            let first = try Checker.output("pdftotext", ["-f", "1", "-l", "1", path, "-"])
            #expect(first.contains("Projects in") && first.contains("Computed by tradebrief"), "\(page)")
        }
        let manifest = try String(contentsOf: folder.appendingPathComponent("manifest.json"), encoding: .utf8)
        #expect(manifest.contains("states/GA.pdf"))
    }

    @Test("--state with a state without investment gets an honest page")
    func emptyState() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CLI.run(["build", "--state", "ak,Georgia", "--format", "pdf", "--out", folder.path, "--quiet"]).status == 0)
        #expect(CLI.files(in: folder.appendingPathComponent("states")) == ["AK.pdf", "GA.pdf"])
        let text = try Checker.output("pdftotext", [folder.appendingPathComponent("states/AK.pdf").path, "-"])
        #expect(text.contains("Alaska"))
        #expect(text.contains("No Korean manufacturing investment is tracked in Alaska"))
    }

    @Test("One bad state in --state is a usage error before anything is written")
    func badState() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let result = try CLI.run(["build", "--state", "GA,XX", "--out", out.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("'XX'"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("--jobs 1 and --jobs 3 write the same bytes; --jobs 0 is a usage error")
    func jobs() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let states = "GA,KY,TN,TX,AZ,IN,AK"
        var outputs: [[String: Data]] = []
        for jobs in ["1", "3"] {
            let out = folder.appendingPathComponent("jobs\(jobs)")
            let result = try CLI.run(["build", "--state", states, "--jobs", jobs, "--format", "pdf", "--out", out.path, "--quiet"],
                                     environment: ["SOURCE_DATE_EPOCH": "1700000000"])
            #expect(result.status == 0, "\(result.stderr)")
            outputs.append(InterruptTests.snapshot(out))
        }
        #expect(outputs[0].keys.filter { $0.hasPrefix("states/") }.count == 7)
        #expect(outputs[0] == outputs[1])
        let bad = try CLI.run(["build", "--per-state", "--jobs", "0", "--out", folder.appendingPathComponent("bad").path])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--jobs must be between 1 and 256"))
    }
}
