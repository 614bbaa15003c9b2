import Foundation
import Testing
import TestSupport

/// Runs the built `tradebrief` binary the way a user does.
struct CLI {
    typealias Result = ProgramResult

    static var binary: URL {
        // Tests run from the build products folder, where the executable sits too.
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [products, products.deletingLastPathComponent()]
        return candidates.map { $0.appendingPathComponent("tradebrief") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? products.appendingPathComponent("tradebrief")
    }

    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> Result {
        try Program.run(binary, arguments, in: directory, environment: environment)
    }

    static func temporaryFolder() throws -> URL {
        try TemporaryItems.folder("tradebrief-cli")
    }

    static func files(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }
}

@Suite("The tradebrief command")
struct CLITests {
    @Test("chart writes SVG, PDF and PNG picked by the extension")
    func chartFormats() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in ["a.svg", "a.pdf", "a.png"] {
            let result = try CLI.run(["chart", "state-bars", "-o", folder.appendingPathComponent(file).path])
            #expect(result.status == 0, "\(file): \(result.stderr)")
        }
        #expect(CLI.files(in: folder) == ["a.pdf", "a.png", "a.svg"])
        let svg = try String(contentsOf: folder.appendingPathComponent("a.svg"), encoding: .utf8)
        // The default id prefix: the chart's name and a hash of its content.
        #expect(svg.range(of: #"id="tb-state-bars-[0-9a-f]{8}-title""#, options: .regularExpression) != nil)
    }

    @Test("chart keeps the descriptive title; --takeaway titles it with what the data says")
    func takeaway() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = folder.appendingPathComponent("plain.svg"), titled = folder.appendingPathComponent("titled.svg")
        #expect(try CLI.run(["chart", "state-bars", "-o", plain.path]).status == 0)
        #expect(try CLI.run(["chart", "state-bars", "-o", titled.path, "--takeaway"]).status == 0)
        #expect(try String(contentsOf: plain, encoding: .utf8).contains(">Korean investment by state</title>"))
        #expect(try String(contentsOf: titled, encoding: .utf8).contains(">Georgia draws a third of the tracked investment</title>"))
    }

    @Test("chart --list names every chart with a description")
    func list() throws {
        let result = try CLI.run(["chart", "--list"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("state-bars"))
        #expect(result.stdout.contains("sector-bars"))
    }

    @Test("An argument the parser refuses reads as every other error: 'tradebrief: error: …', then its help and usage lines, exit 2",
          arguments: [["build", "--page", "A5"], ["build", "--nope"], ["chart", "state-bars", "--width", "wide"]])
    func parserErrorsReadAsOurs(arguments: [String]) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("tradebrief: error: "), "\(result.stderr)")
        #expect(!result.stderr.contains("\nError: ") && !result.stderr.hasPrefix("Error: "), "\(result.stderr)")
        #expect(result.stderr.contains("Usage: tradebrief "), "\(result.stderr)")
    }

    @Test("An unknown chart name is a usage error with a suggestion, and writes nothing")
    func unknownChart() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["chart", "state-barz", "-o", folder.appendingPathComponent("x.svg").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("there is no chart called 'state-barz'"))
        #expect(result.stderr.contains("Did you mean 'state-bars'?"))
        #expect(CLI.files(in: folder).isEmpty)
    }

    @Test("An unwritable output path is a clear file error, and leaves no file behind")
    func unwritable() throws {
        let result = try CLI.run(["chart", "state-bars", "-o", "/dev/null/x.svg"])
        #expect(result.status == 5)
        #expect(result.stderr.contains("/dev/null"))
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("taken.svg")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        let onFolder = try CLI.run(["chart", "state-bars", "-o", target.path])
        #expect(onFolder.status == 5)
        #expect(onFolder.stderr.contains("is a folder"))
        #expect(CLI.files(in: folder) == ["taken.svg"])
    }

    @Test("Every command's examples fit an 80-column terminal: no example wraps onto a line of its own",
          arguments: ["", "build", "chart", "data", "validate", "styles", "init", "watch"])
    func examplesFitTheTerminal(command: String) throws {
        let result = try CLI.run((command.isEmpty ? [] : [command]) + ["--help"], environment: ["COLUMNS": "80"])
        #expect(result.status == 0)
        var inExamples = false
        for line in result.stdout.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "Examples:" { inExamples = true; continue }
            if line.hasPrefix("USAGE:") || line.hasPrefix("Exit status") { inExamples = false }
            if inExamples, !line.isEmpty {
                #expect(line.hasPrefix("  "), "'\(command)' --help: an example wraps: \(line)")
            }
        }
    }

    @Test("In a folder with its own investments.csv, data and chart say that they use the embedded dataset without --investments")
    func embeddedDatasetIsNamedBesideALocalCSV() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = try CLI.run(["data", "--by", "state"], in: folder)
        #expect(plain.status == 0 && !plain.stderr.contains("embedded dataset"))
        try Data("company,sector,states,amount_usd\nA,Solar,GA,1B\n".utf8).write(to: folder.appendingPathComponent("investments.csv"))
        let note = "note: this uses the embedded dataset; for this folder's investments.csv, add --investments investments.csv"
        let data = try CLI.run(["data", "--by", "state"], in: folder)
        #expect(data.status == 0 && data.stderr.contains(note) && data.stdout == plain.stdout, "\(data.stderr)")
        let chart = try CLI.run(["chart", "state-bars", "-o", "bars.svg"], in: folder)
        #expect(chart.status == 0 && chart.stderr.contains(note), "\(chart.stderr)")
        let chosen = try CLI.run(["data", "--by", "state", "--investments", "investments.csv"], in: folder)
        #expect(chosen.status == 0 && !chosen.stderr.contains(note))
    }

    @Test("An unknown extension is a usage error")
    func badExtension() throws {
        let result = try CLI.run(["chart", "state-bars", "-o", "chart.jpg"])
        #expect(result.status == 2)
        #expect(result.stderr.contains(".svg, .pdf or .png"))
        #expect(result.stderr.contains("Usage: tradebrief chart "), "the chart command's usage, not the root's: \(result.stderr)")
        let unnamed = try CLI.run(["chart", "state-bars", "-o", "-"])
        #expect(unnamed.status == 2 && unnamed.stderr.contains("--format") && unnamed.stderr.contains("Usage: tradebrief chart "))
    }

    @Test("With no arguments it writes the default outputs into Output/")
    func defaultBuild() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run([], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let written = CLI.files(in: folder.appendingPathComponent("Output"))
        #expect(written.contains("brief.pdf"))
        for name in ["state-bars", "sector-bars"] {
            for ext in ["pdf", "svg", "png"] { #expect(written.contains("\(name).\(ext)")) }
        }
        #expect(!written.contains { $0.hasSuffix(".tmp") })
    }

    @Test("SOURCE_DATE_EPOCH makes builds byte-identical")
    func reproducibleBuild() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = ["SOURCE_DATE_EPOCH": "1745366400"]
        #expect(try CLI.run(["build", "--out", "one", "--quiet"], in: folder, environment: environment).status == 0)
        #expect(try CLI.run(["build", "--out", "two", "--quiet"], in: folder, environment: environment).status == 0)
        for name in CLI.files(in: folder.appendingPathComponent("one")) {
            let a = try Data(contentsOf: folder.appendingPathComponent("one/\(name)"))
            let b = try Data(contentsOf: folder.appendingPathComponent("two/\(name)"))
            #expect(a == b, "\(name) differs")
        }
    }

    @Test("--version prints the version")
    func version() throws {
        let result = try CLI.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    }
}

@Suite("chart --lang")
struct ChartLanguageCLITests {
    @Test("chart NAME --lang ko writes Korean text and xml:lang; a PDF chart carries /Lang (ko) and the Korean font")
    func korean() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let svg = folder.appendingPathComponent("bars.svg").path
        let result = try CLI.run(["chart", "state-bars", "--lang", "ko", "-o", svg])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(text.contains("xml:lang=\"ko\""))
        #expect(text.contains("조지아"))
        let pdf = folder.appendingPathComponent("map.pdf").path
        #expect(try CLI.run(["chart", "state-map", "--lang", "ko", "-o", pdf]).status == 0)
        let bytes = try String(decoding: Data(contentsOf: URL(fileURLWithPath: pdf)), as: UTF8.self)
        #expect(bytes.contains("/Lang (ko)"))
        let bad = try CLI.run(["chart", "state-bars", "--lang", "fr", "-o", svg])
        #expect(bad.status == 2)
    }
}
