import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport
import TradeBrief

/// The built `tradebrief-example`: it sits beside the test bundle in the
/// build products folder (or one level up, where the bundle is a folder).
enum ExampleProgram {
    static var url: URL? {
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return [products, products.deletingLastPathComponent()].map { $0.appendingPathComponent("tradebrief-example") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}

@Suite("The example program, run as a user runs it")
struct ExampleTargetTests {
    /// The built example, or a failure that says how to build it.
    func example() throws -> URL {
        try #require(ExampleProgram.url,
                     "tradebrief-example is not built beside the tests; run 'swift build --product tradebrief-example' (with the same --scratch-path) first")
    }

    @Test("writes the brief PDF and the map SVG into the folder given, and prints the totals")
    func writesIntoFolder() throws {
        let folder = try TemporaryItems.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Program.run(try example(), [folder.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.isEmpty)

        // The files, and the lines that say so.
        let pdf = folder.appendingPathComponent("brief.pdf")
        let svg = folder.appendingPathComponent("state-map.svg")
        #expect((try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.sorted() == ["brief.pdf", "build", "state-map.svg"])
        #expect(result.stdout.contains("wrote \(pdf.path)\n"))
        #expect(result.stdout.contains("wrote \(svg.path) ("))

        // The PDF: five pages, as pdfinfo reads them.
        let bytes = try Data(contentsOf: pdf)
        #expect(bytes.starts(with: Data("%PDF-".utf8)))
        #expect((5...7).contains(try Checker.pdfPages(pdf.path) ?? 0))

        // The SVG: well-formed XML, ids carrying the prefix given in the example.
        let document = try XMLDocument(contentsOf: svg, options: [])
        let root = try #require(document.rootElement())
        #expect(root.name == "svg")
        let attributes = Dictionary((root.attributes ?? []).map { ($0.name ?? "", $0.stringValue ?? "") }) { first, _ in first }
        #expect(attributes["viewBox"]?.hasPrefix("0 0 ") == true)
        #expect(attributes["role"] == "img")
        let ids = try document.nodes(forXPath: "//@id").compactMap(\.stringValue)
        #expect(!ids.isEmpty)
        #expect(ids.allSatisfy { $0 == "map1" || $0.hasPrefix("map1-") }, "\(ids.filter { !$0.hasPrefix("map1-") })")
        #expect(try document.nodes(forXPath: "/*[local-name()='svg']/*[local-name()='title']").first?.stringValue == "Where Korean investment lands")

        // The totals: every state's exact amount and the grand total, as the library computes them.
        let states = try Brief().totals(by: .state)
        for row in states.rows {
            #expect(result.stdout.contains("  \(row.key)  \(row.label): \(MoneyFormat.full(row.amount)) ("), "\(row.key)")
        }
        #expect(result.stdout.contains("  Total: \(MoneyFormat.full(states.total))\n"))

        // The whole build (step 6, the Build API the DocC catalog shows): the files its manifest lists, up to date.
        let built = folder.appendingPathComponent("build")
        let manifestData = try Data(contentsOf: built.appendingPathComponent("manifest.json"))
        let manifest = try JSONDecoder().decode(Manifest.self, from: manifestData)
        #expect(manifest.sourceDateEpoch == "2025-04-23T00:00:00Z")
        #expect(manifest.artifacts.contains { $0.path == "brief.pdf" } && manifest.artifacts.contains { $0.path == "charts.html" })
        for entry in manifest.artifacts {
            let data = try Data(contentsOf: built.appendingPathComponent(entry.path))
            #expect(Manifest.sha256(data) == entry.sha256, "\(entry.path)")
        }
        #expect(result.stdout.contains("built \(manifest.artifacts.count + 1) files into \(built.path); up to date: true\n"))
    }

    @Test("without an argument, writes into a new temporary folder and says where")
    func defaultFolder() throws {
        let result = try Program.run(try example(), [])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let written = result.stdout.split(separator: "\n").filter { $0.hasPrefix("wrote ") }
            .map { String($0.dropFirst("wrote ".count).split(separator: " (").first ?? "") }
        #expect(written.count == 2)
        let folders = Set(written.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path })
        #expect(folders.count == 1)
        for path in written { #expect(FileManager.default.fileExists(atPath: path), "\(path)") }
        if let folder = folders.first {
            #expect(folder.hasPrefix(FileManager.default.temporaryDirectory.standardizedFileURL.path)
                    || folder.hasPrefix(FileManager.default.temporaryDirectory.path))
            try? FileManager.default.removeItem(atPath: folder)
        }
    }

    @Test("a folder it cannot write into: a located error on standard error, status 1, no stack trace")
    func unwritableFolder() throws {
        let folder = try TemporaryItems.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let blocker = folder.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: blocker)
        let result = try Program.run(try example(), [blocker.appendingPathComponent("out").path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("tradebrief-example: error: "), "\(result.stderr)")
        #expect(result.stderr.contains(blocker.path))
        #expect(!result.stdout.contains("wrote "))
    }
}
