import Foundation
import Testing

@Suite("The default brief, read by independent tools")
struct BriefTests {
    static func tool(_ name: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/\(name)")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test("brief.pdf: at least 3 Letter pages, metadata, outline, live links, tags and real text")
    func defaultBrief() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["build", "--out", folder.path, "--format", "pdf", "--quiet"],
                                 environment: ["SOURCE_DATE_EPOCH": "1745366400"])
        #expect(result.status == 0, "\(result.stderr)")
        let pdf = folder.appendingPathComponent("brief.pdf").path
        let info = try Self.tool("pdfinfo", [pdf])
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
        #expect(pages >= 3)
        #expect(info.contains("Page size:       612 x 792 pts (letter)"))
        #expect(info.contains("Title:           U.S.–ROK Trade and Investment Brief"))
        #expect(info.contains("Tagged:          yes"))
        #expect(info.contains("CreationDate:    Wed Apr 23 00:00:00 2025 UTC"))
        let links = try Self.tool("pdfinfo", ["-url", pdf])
        #expect(links.contains("https://www.csis.org/analysis/us-rok-negotiations-opportunity-reset-trade-investment-and-technology"))
        let outline = try Self.tool("qpdf", ["--json", pdf])
        for heading in ["Summary", "Korean investment in U.S. states", "The trade picture", "Where cooperation can grow", "Sources"] {
            #expect(outline.contains("\"title\": \"\(heading)\""), "outline lacks \(heading)")
        }
        let text = try Self.tool("pdftotext", [pdf, "-"])
        for probe in ["$127.8 billion", "2.3%", "Georgia", "$7.9B", "Source: CSIS", "Sources", "현대자동차그룹", "divided evenly"] {
            #expect(text.contains(probe), "pdftotext lacks \(probe)")
        }
        let check = try Self.tool("qpdf", ["--check", pdf])
        #expect(check.contains("No syntax or stream encoding errors"))
    }

    @Test("brief.pdf embeds only the pinned fonts: DejaVu Sans and, for Hangul, Noto Sans CJK KR (pdffonts)")
    func embeddedFonts() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CLI.run(["build", "--out", folder.path, "--format", "pdf", "--quiet"]).status == 0)
        let listing = try Self.tool("pdffonts", [folder.appendingPathComponent("brief.pdf").path])
        // Lines after the two header lines: "ABCDEF+DejaVuSans-Bold  TrueType …".
        let names = listing.split(separator: "\n").dropFirst(2).compactMap { $0.split(separator: " ").first }
            .map { $0.split(separator: "+").last.map(String.init) ?? "" }
        #expect(!names.isEmpty)
        for name in names {
            #expect(["DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono", "NotoSansCJKkr-Regular", "NotoSansCJKkr-Bold"].contains(name),
                    "unexpected font \(name)")
        }
        #expect(names.contains("NotoSansCJKkr-Regular"), "\(listing)")
    }

    @Test("numbers.currency_symbol reaches every amount: the brief, the charts and the one-pagers (pdftotext)")
    func currencySymbol() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let style = folder.appendingPathComponent("usd.yaml")
        try "extends: default\nnumbers:\n  currency_symbol: \"US$\"\n".write(to: style, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let result = try CLI.run(["build", "--style", style.path, "--format", "pdf", "--state", "GA", "--out", out.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        for file in ["brief.pdf", "state-bars.pdf", "state-map.pdf", "key-figures.pdf", "trade-balance.pdf", "states/GA.pdf"] {
            let text = try Self.tool("pdftotext", [out.appendingPathComponent(file).path, "-"])
            #expect(text.contains("US$"), "\(file) has no US$")
            // Every $ belongs to a US$.
            #expect(text.components(separatedBy: "$").count == text.components(separatedBy: "US$").count, "\(file) has a bare $")
        }
    }

    @Test("--page a4 makes A4 pages")
    func a4() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CLI.run(["build", "--out", folder.path, "--format", "pdf", "--page", "a4", "--quiet"]).status == 0)
        let info = try Self.tool("pdfinfo", [folder.appendingPathComponent("brief.pdf").path])
        #expect(info.contains("595.276 x 841.89 pts (A4)"))
    }

    @Test("A bad --page is a usage error that writes nothing")
    func badPage() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["build", "--out", folder.path, "--page", "legal"])
        #expect(result.status == 2)
        #expect(CLI.files(in: folder).isEmpty)
    }
}
