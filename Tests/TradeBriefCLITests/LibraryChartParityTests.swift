import Foundation
import Testing
import TradeBrief

/// `tradebrief chart` draws through the library (issue 21, item 2): one typesetter, one date, the same bytes.
@Suite("tradebrief chart and Brief.chart write the same bytes")
struct LibraryChartParityTests {
    static let styles = Style.available().map(\.name)

    @Test("Every shipped style: chart NAME --style S -o f.svg / f.pdf equals Brief(style:).chart(NAME).render", arguments: styles)
    func sameBytes(style: String) throws {
        #expect(Self.styles.count >= 4)
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var brief = try Brief(style: .named(style))
        brief.creationDate = Date(timeIntervalSince1970: 1_745_366_400)
        for name in ["state-map", "sector-bars"] {
            for format in [OutputFormat.svg, .pdf] {
                let file = "\(name).\(format.fileExtension)"
                let result = try CLI.run(["chart", name, "--style", style, "-o", file], in: folder,
                                         environment: ["SOURCE_DATE_EPOCH": "1745366400"])
                #expect(result.status == 0, "\(result.stderr)")
                let cli = try #require(FileManager.default.contents(atPath: folder.appendingPathComponent(file).path))
                let library = try brief.chart(name).render(format)
                #expect(cli == library, "\(style) \(file): the CLI's bytes differ from the library's")
            }
        }
    }

    @Test("Options travel the same way: Korean, takeaway titles, width, height, id prefix, glyph outlines")
    func sameBytesWithOptions() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["chart", "state-bars", "--lang", "ko", "--takeaway", "--width", "320", "--height", "300",
                                  "--id-prefix", "bars", "--svg-text", "paths", "--style", "grayscale", "-o", "bars.svg"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        var chart = try Brief(style: .named("grayscale")).chart("state-bars", width: 320, idPrefix: "bars", titles: .takeaway, language: .korean)
        chart.height = 300
        chart.svgText = .paths
        let cli = try #require(FileManager.default.contents(atPath: folder.appendingPathComponent("bars.svg").path))
        #expect(cli == (try chart.render(.svg)))
    }
}

/// The command line adds its own hint to the library's unknown-chart error (issue 21, item 8).
@Suite("tradebrief chart: an unknown name")
struct UnknownChartHintTests {
    @Test("chart state-mapp names the closest chart and 'tradebrief chart --list', not Brief.chartNames; status 2")
    func hint() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["chart", "state-mapp", "-o", "x.svg"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("Did you mean 'state-map'?") && result.stderr.contains("tradebrief chart --list"))
        #expect(!result.stderr.contains("Brief.chartNames"))
    }
}
