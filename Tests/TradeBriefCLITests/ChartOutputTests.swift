import Foundation
import Testing
import TestSupport

/// `chart -o -`, `--format`, `--height`, `--svg-text`, and `build`'s charts.html, from the command line.
@Suite("chart to standard output, --format, --height; build's charts.html")
struct ChartOutputTests {
    static let magic: [String: [UInt8]] = ["svg": Array("<?xml".utf8), "pdf": Array("%PDF-".utf8), "png": [0x89, 0x50, 0x4E, 0x47]]

    /// Runs the binary and returns its standard output as bytes.
    static func bytes(_ arguments: [String], environment: [String: String] = ["SOURCE_DATE_EPOCH": "1745366400"]) throws -> (status: Int32, stdout: Data, stderr: String) {
        let result = try Program.run(CLI.binary, arguments, environment: environment)
        return (result.status, result.stdoutBytes, result.stderr)
    }

    @Test("-o - --format writes SVG, PDF and PNG to standard output, the same bytes as a file", arguments: ["svg", "pdf", "png"])
    func standardOutput(format: String) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let piped = try Self.bytes(["chart", "state-bars", "-o", "-", "--format", format])
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stderr.isEmpty, "standard error: \(piped.stderr)")
        #expect(piped.stdout.starts(with: Self.magic[format] ?? []))
        let file = folder.appendingPathComponent("bars.\(format)")
        let written = try Self.bytes(["chart", "state-bars", "-o", file.path, "--format", format])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(try Data(contentsOf: file) == piped.stdout)
        #expect(CLI.files(in: folder) == ["bars.\(format)"], "nothing else written")
    }

    @Test("--format is required with -o -, and must agree with a file's extension")
    func formatChecks() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = try CLI.run(["chart", "state-bars", "-o", "-"])
        #expect(missing.status == 2 && missing.stderr.contains("--format") && missing.stdout.isEmpty)
        let clash = try CLI.run(["chart", "state-bars", "-o", folder.appendingPathComponent("x.svg").path, "--format", "pdf"])
        #expect(clash.status == 2 && clash.stderr.contains("does not match"))
        let unknown = try CLI.run(["chart", "state-bars", "-o", "-", "--format", "gif"])
        #expect(unknown.status == 2 && unknown.stderr.contains("svg, pdf, png"))
        let named = try CLI.run(["chart", "state-bars", "-o", folder.appendingPathComponent("chart.out").path, "--format", "svg"])
        #expect(named.status == 0, "--format names the format of a file without a known extension: \(named.stderr)")
        #expect(CLI.files(in: folder) == ["chart.out"])
    }

    @Test("--height is honoured in every format; --width alone keeps the chart's own height",
          arguments: ["state-bars", "sector-bars", "state-sector", "state-map", "trade-balance", "key-figures"])
    func height(name: String) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (width, height) in [(400, 300), (600, 200), (320, 480)] {
            let svg = try Self.bytes(["chart", name, "--width", "\(width)", "--height", "\(height)", "-o", "-", "--format", "svg"])
            #expect(svg.status == 0, "\(svg.stderr)")
            let text = String(decoding: svg.stdout, as: UTF8.self)
            #expect(text.contains("viewBox=\"0 0 \(width) \(height)\""), "\(name) \(width)×\(height)")
            // Nothing is drawn outside the box: every text starts and ends inside it.
            for (x, length) in ChartOutputTests.textExtents(text) {
                #expect(x >= 0 && x + length <= Double(width) + 0.5, "\(name) \(width)×\(height): text at \(x) + \(length)")
            }
            for y in ChartOutputTests.numbers(#"<text[^>]* y="([0-9.]+)""#, in: text) {
                #expect(y > 0 && y <= Double(height), "\(name) \(width)×\(height): a baseline at \(y)")
            }
            let png = try Self.bytes(["chart", name, "--width", "\(width)", "--height", "\(height)", "--scale", "1", "-o", "-", "--format", "png"])
            let bytes = [UInt8](png.stdout)
            try #require(bytes.count > 24)
            #expect(bytes[16..<20].reduce(0) { $0 << 8 | Int($1) } == width && bytes[20..<24].reduce(0) { $0 << 8 | Int($1) } == height)
        }
        let pdf = folder.appendingPathComponent("c.pdf")
        #expect(try CLI.run(["chart", name, "--width", "400", "--height", "300", "-o", pdf.path]).status == 0)
        let info = try Checker.output("pdfinfo", [pdf.path])
        #expect(info.contains("Page size:       400 x 300 pts"), "\(info)")
        let tooSmall = try CLI.run(["chart", name, "--height", "20", "-o", folder.appendingPathComponent("s.svg").path])
        #expect(tooSmall.status == 2 && tooSmall.stderr.contains("--height"))
    }

    @Test("--svg-text paths writes outlines; build writes charts.html and lists it in the manifest")
    func svgTextAndPage() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outlined = try Self.bytes(["chart", "state-map", "--svg-text", "paths", "-o", "-", "--format", "svg"])
        let text = String(decoding: outlined.stdout, as: UTF8.self)
        #expect(outlined.status == 0 && !text.contains("<text") && text.contains("<title id=\"tb-state-map-"))
        let build = try CLI.run(["build", "--out", folder.path, "--quiet"])
        #expect(build.status == 0, "\(build.stderr)")
        let page = try String(contentsOf: folder.appendingPathComponent("charts.html"), encoding: .utf8)
        #expect(page.components(separatedBy: "<svg ").count - 1 == 6)
        #expect(page.contains("<a href=\"brief.pdf\">"))
        let manifest = try String(contentsOf: folder.appendingPathComponent("manifest.json"), encoding: .utf8)
        #expect(manifest.contains("\"path\" : \"charts.html\"") && manifest.contains("\"format\" : \"html\""))
    }

    /// Each single-run `<text>`'s x and textLength.
    static func textExtents(_ svg: String) -> [(Double, Double)] {
        guard let regex = try? NSRegularExpression(pattern: #"<text[^>]* x="([0-9.-]+)"[^>]* textLength="([0-9.]+)""#) else { return [] }
        return regex.matches(in: svg, range: NSRange(svg.startIndex..., in: svg)).compactMap { match in
            guard let x = Range(match.range(at: 1), in: svg), let length = Range(match.range(at: 2), in: svg),
                  let a = Double(svg[x]), let b = Double(svg[length]) else { return nil }
            return (a, b)
        }
    }

    static func numbers(_ pattern: String, in text: String) -> [Double] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).flatMap { Double(text[$0]) }
        }
    }
}
