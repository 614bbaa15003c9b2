import Foundation
import Testing
import TestSupport

@Suite("Markdown briefs on the command line")
struct DocumentBriefCLITests {
    func write(_ text: String, _ name: String, in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url
    }

    func pdfText(_ url: URL) throws -> String {
        try Checker.output("pdftotext", [url.path, "-"]).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test("build --brief renders the document with its live figures; an uncited number is a located warning")
    func buildsADocument() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = try write("---\ntitle: Zeta Corridor Brief\n---\n# Overview\n\nTracked commitments total {{total}} across {{states}} states [@csis-2025].\n\n![Where it lands](chart:state-map)\n\nThe plant cost 42 billion dollars.\n", "zeta.md", in: folder)
        let out = folder.appendingPathComponent("out")
        let result = try CLI.run(["build", "--brief", document.path, "--out", out.path, "--format", "pdf", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("zeta.md:10:16: '42 billion' has no source: compute it ({{...}}) or cite it ([@id])"))
        let text = try pdfText(out.appendingPathComponent("brief.pdf"))
        #expect(text.contains("Zeta Corridor Brief"))
        #expect(text.contains("Tracked commitments total $23.2B across 4 states [1]."))
        #expect(!text.contains("{{"))
        #expect(text.contains("Sources 1. Philip Luck and Erin L. Murphy"))
        // The citation is a live link to its source note (a named destination).
        let raw = try Checker.output("qpdf", ["--qdf", "--object-streams=disable", out.appendingPathComponent("brief.pdf").path, "-"])
        #expect(raw.contains("/Dest (source-1)"))
        #expect(raw.contains("(source-1)\n    ["), "no named destination source-1")
    }

    @Test("--strict makes an uncited number an error: exit 3, nothing written")
    func strictFails() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = try write("# A\n\nThe plant cost 42 billion dollars.\n", "a.md", in: folder)
        let out = folder.appendingPathComponent("out")
        let result = try CLI.run(["build", "--brief", document.path, "--out", out.path, "--strict"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("a.md:3:16: '42 billion' has no source"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("every error of a document is reported at once, located, with exit 3 and nothing written")
    func allErrorsAtOnce() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = try write("---\ntitel: X\npage: legal\n---\n# X\n\nSome {{nosuch}} figure [@nobody].\n\n![m](chart:no-such-chart)\n", "bad.md", in: folder)
        let out = folder.appendingPathComponent("out")
        let result = try CLI.run(["build", "--brief", document.path, "--out", out.path])
        #expect(result.status == 3)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        let path = document.path
        #expect(lines.contains("tradebrief: warning: \(path):2:1: unknown front matter key 'titel' is ignored; did you mean 'title'? (keys: title, subtitle, date, authors, page, style, investments, lang)"))
        #expect(lines.contains("tradebrief: error: \(path):3:7: page 'legal' is not a paper size; use letter or a4"))
        #expect(lines.contains { $0.hasPrefix("tradebrief: error: \(path):7:6: unknown live figure '{{nosuch}}'") })
        #expect(lines.contains { $0.hasPrefix("tradebrief: error: \(path):7:24: unknown source '[@nobody]'") })
        #expect(lines.contains { $0.hasPrefix("tradebrief: error: \(path):9:6: there is no chart called 'no-such-chart'") })
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("an unknown citation lists a CSV's sources by the names a writer cites them by, not the reader's csv-N ids")
    func unknownSourceListsCitableNames() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try write("company,sector,states,amount_usd,source\nAcme,Solar,AL,$2B,Acme News\n", "list.csv", in: folder)
        let document = try write("---\ninvestments: list.csv\n---\nAlabama gets {{investment:row-2}} [@acme-new].\n", "brief.md", in: folder)
        let result = try CLI.run(["build", "--brief", document.path, "--out", folder.appendingPathComponent("out").path])
        #expect(result.status == 3)
        #expect(result.stderr.contains("unknown source '[@acme-new]'; did you mean '[@acme-news]'? (sources: "), "\(result.stderr)")
        #expect(result.stderr.contains("acme-news") && !result.stderr.contains("csv-1"), "\(result.stderr)")
    }

    @Test("a style or CSV named in the front matter that cannot be found is an error at the front matter's line")
    func frontMatterSettingsLocated() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let style = try write("---\ntitle: T\nstyle: fancy\n---\nText.\n", "a.md", in: folder)
        let unknown = try CLI.run(["build", "--brief", style.path, "--out", out.path])
        #expect(unknown.status == 4)
        #expect(unknown.stderr.contains("\(style.path):3:8: key 'style': no style named 'fancy'; the styles are"), "\(unknown.stderr)")
        let file = try write("---\nstyle: Styles/mine.yaml\n---\nText.\n", "d.md", in: folder)
        let unreadable = try CLI.run(["build", "--brief", file.path, "--out", out.path])
        #expect(unreadable.status == 4)
        #expect(unreadable.stderr.contains("\(file.path):2:8: key 'style': "), "\(unreadable.stderr)")
        #expect(unreadable.stderr.contains("Styles/mine.yaml: cannot read the style: no such file"), "\(unreadable.stderr)")
        // A style named by name whose file in the document's Styles/ is a pipe: never opened, located the same way.
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Styles"), withIntermediateDirectories: true)
        #expect(mkfifo(folder.appendingPathComponent("Styles/pipe.yaml").path, 0o600) == 0)
        let piped = try write("---\nstyle: pipe\n---\nText.\n", "p.md", in: folder)
        let pipe = try CLI.run(["build", "--brief", piped.path, "--out", out.path])
        #expect(pipe.status == 4)
        #expect(pipe.stderr.contains("\(piped.path):2:8: key 'style': ") && pipe.stderr.contains("Styles/pipe.yaml: cannot read the style: it is not a regular file"),
                "\(pipe.stderr)")
        let csv = try write("---\ntitle: T\ninvestments: missing.csv\n---\nText.\n", "b.md", in: folder)
        let missing = try CLI.run(["build", "--brief", csv.path, "--out", out.path])
        #expect(missing.status == 5)
        #expect(missing.stderr.contains("\(csv.path):3:14: investments 'missing.csv': no such file; check the path"), "\(missing.stderr)")
        // The same names on the command line are not the document's: no document line.
        let flag = try CLI.run(["build", "--brief", csv.path, "--style", "fancy", "--investments", "nothing.csv", "--out", out.path])
        #expect(flag.status == 5)
        #expect(flag.stderr.contains("tradebrief: error: nothing.csv: no such file; check the path"), "\(flag.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("a document with its own CSV credits the CSV in its footer, not its first citation as 'Main source'")
    func footerFollowsTheData() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try write("company,sector,states,amount_usd,source\nAcme,Solar,AL,$2B,Acme News\n", "list.csv", in: folder)
        let document = try write("---\ninvestments: list.csv\n---\nThe article ranks Korea first [@csis-2025]. Alabama gets {{state:AL}} [@acme-news].\n",
                                 "brief.md", in: folder)
        let out = folder.appendingPathComponent("out")
        #expect(try CLI.run(["build", "--brief", document.path, "--out", out.path, "--format", "pdf", "--quiet"]).status == 0)
        let text = try pdfText(out.appendingPathComponent("brief.pdf"))
        #expect(text.contains("Investments from list.csv"), "\(text)")
        #expect(!text.contains("Main source"), "\(text)")
        // Without a CSV the first citation is still the footer's main source.
        let embedded = try write("The article ranks Korea first [@csis-2025].\n", "plain.md", in: folder)
        #expect(try CLI.run(["build", "--brief", embedded.path, "--out", out.path, "--format", "pdf", "--quiet"]).status == 0)
        #expect(try pdfText(out.appendingPathComponent("brief.pdf")).contains("Main source: CSIS (2025)"))
    }

    @Test("the front matter's investments CSV is read relative to the document and may not leave its folder")
    func investmentsPath() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try write("company,sector,states,amount_usd,source\nAcme,Solar,AL,$2B,Acme News\n", "data/list.csv", in: folder)
        let good = try write("---\ninvestments: data/list.csv\n---\nAlabama gets {{state:AL}} [@acme-news].\n", "good.md", in: folder)
        let out = folder.appendingPathComponent("out")
        let built = try CLI.run(["build", "--brief", good.path, "--out", out.path, "--format", "pdf", "--strict"])
        #expect(built.status == 0, "\(built.stderr)")
        #expect(try pdfText(out.appendingPathComponent("brief.pdf")).contains("Alabama gets $2B [1]."))
        let inner = folder.appendingPathComponent("inner")
        _ = try write("---\ninvestments: ../data/list.csv\n---\nText.\n", "brief.md", in: inner)
        let escaped = try CLI.run(["build", "--brief", inner.appendingPathComponent("brief.md").path, "--out", out.path])
        #expect(escaped.status == 3)
        #expect(escaped.stderr.contains("brief.md:2:14: investments '../data/list.csv' leads outside the document's folder"))
        let absolute = try write("---\ninvestments: /etc/passwd\n---\nText.\n", "abs.md", in: folder)
        let refused = try CLI.run(["build", "--brief", absolute.path, "--out", out.path])
        #expect(refused.status == 3)
        #expect(refused.stderr.contains("abs.md:2:14: investments '/etc/passwd' must be a path relative to the document"))
    }
}

@Suite("init and watch")
struct StarterAndWatchCLITests {
    @Test("init writes a project that builds at once with --strict, and never overwrites")
    func initThenBuild() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let made = try CLI.run(["init", "demo"], in: folder)
        #expect(made.status == 0, "\(made.stderr)")
        let demo = folder.appendingPathComponent("demo")
        #expect(CLI.files(in: demo) == ["Styles", "brief.md", "investments.csv"])
        #expect(CLI.files(in: demo.appendingPathComponent("Styles")) == ["house.yaml"])
        let built = try CLI.run(["build", "--brief", "brief.md", "--out", "out", "--format", "pdf", "--strict"], in: demo)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(!built.stderr.contains("warning"), "\(built.stderr)")
        #expect(FileManager.default.fileExists(atPath: demo.appendingPathComponent("out/brief.pdf").path))
        let brief = try String(contentsOf: demo.appendingPathComponent("brief.md"), encoding: .utf8)
        try Data("changed".utf8).write(to: demo.appendingPathComponent("brief.md"))
        let again = try CLI.run(["init", "demo"], in: folder)
        #expect(again.status == 5)
        #expect(again.stderr.contains("already exist"))
        #expect(try String(contentsOf: demo.appendingPathComponent("brief.md"), encoding: .utf8) == "changed")
        #expect(brief.contains("{{table:investments}}") && brief.contains("chart:state-bars") && brief.contains("[^joint]"))
    }

    @Test("watch rebuilds on a change, keeps the last good PDF on an error, and stops on SIGTERM")
    func watchRebuilds() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = folder.appendingPathComponent("w.md")
        try Data("---\ntitle: Alpha Brief\n---\nTotal {{total}}.\n".utf8).write(to: document)
        let out = folder.appendingPathComponent("out")
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["watch", "--brief", document.path, "--out", out.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let pdf = out.appendingPathComponent("brief.pdf")
        func waitFor(_ condition: () -> Bool) -> Bool {
            for _ in 0..<100 {
                if condition() { return true }
                Thread.sleep(forTimeInterval: 0.1)
            }
            return false
        }
        let pdftotext = try Checker.require("pdftotext")
        func pdfText() -> String { (try? Program.run(pdftotext, [pdf.path, "-"]).stdout) ?? "" }
        #expect(waitFor { pdfText().contains("Alpha Brief") })
        try Data("---\ntitle: Beta Brief\n---\nTotal {{total}}.\n".utf8).write(to: document)
        #expect(waitFor { pdfText().contains("Beta Brief") })
        try Data("---\ntitle: Gamma Brief\n---\nTotal {{nope}}.\n".utf8).write(to: document)
        Thread.sleep(forTimeInterval: 1.5)
        #expect(pdfText().contains("Beta Brief"), "the last good PDF must stay after a failed build")
        #expect(process.isRunning, "an error must not stop the watch")
        process.terminate()
        process.waitUntilExit()
        let log = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(log.contains("w.md:4:7: unknown live figure '{{nope}}'"), "\(log)")
        #expect(process.terminationStatus == 128 + SIGTERM)
        #expect(!CLI.files(in: out).contains { $0.hasSuffix(".tmp") })
    }
}
