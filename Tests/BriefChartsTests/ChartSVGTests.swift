import BriefCharts
import BriefRender
import Foundation
import Testing
import TradeBrief

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The SVG writer's output for every chart: well-formed, real text, small,
/// and drawn by librsvg like the PNG Cairo draws.
@Suite("Chart SVGs: real text, small, drawn like the PNG")
struct ChartSVGTests {
    static let styles = ["default", "colorblind", "grayscale", "a4-two-column"]
    enum Data: String, CaseIterable, Sendable { case article, stress }

    static func brief(_ data: Data, style: String) throws -> Brief {
        let chosen = try Style.named(style)
        switch data {
        case .article: return try Brief(style: chosen)
        case .stress: return try Brief(.investmentsCSV(StressInvestments.csv(), name: "stress.csv"), style: chosen)
        }
    }

    static var cases: [(String, String, Data)] {
        ChartCatalog.names.flatMap { name in styles.flatMap { style in Data.allCases.map { (name, style, $0) } } }
    }

    @Test("Each chart, each style, article and stress data: well-formed XML, text as <text>, librsvg draws it like the PNG",
          arguments: cases)
    func wellFormedAndLikeThePNG(name: String, style: String, data: Data) throws {
        var chart = try Self.brief(data, style: style).chart(name)
        chart.pngScale = 1
        let svg = try chart.render(.svg)
        let png = try chart.render(.png)
        let parser = XMLParser(data: svg)
        #expect(parser.parse(), "\(name) \(style) \(data): not well-formed: \(String(describing: parser.parserError))")
        let text = String(decoding: svg, as: UTF8.self)
        SVGChecks.realText(text, "\(name) \(style) \(data)")
        let drawn = try SVGChecks.rsvg(svg)
        let difference = try RasterImage(png: png).difference(from: RasterImage(png: drawn))
        #expect(difference.sizeDifference == (0, 0), "\(name) \(style) \(data): \(difference)")
        // Measured: at most 0.12% of blocks past 0.15, mean 0.008, largest 0.18 (anti-aliasing and
        // hinting); a missing or moved letter moves a block by 0.3 or more.
        #expect(difference.differingBlockShare < 0.005 && difference.meanBlockDifference < 0.012 && difference.largestBlockDifference < 0.3,
                "\(name) \(style) \(data): librsvg draws the SVG unlike the PNG: \(difference)")
    }

    @Test("Every chart of the article's data is at most 15 KB as SVG", arguments: ChartCatalog.names)
    func small(name: String) throws {
        let svg = try Brief().chart(name).render(.svg)
        #expect(svg.count <= 15 * 1024, "\(name).svg is \(svg.count) bytes")
    }

    @Test("Outlined text stays available: --svg-text paths draws glyphs, not <text>")
    func outlinedText() throws {
        var chart = try Brief().chart("state-bars")
        chart.svgText = .paths
        let text = String(decoding: try chart.render(.svg), as: UTF8.self)
        #expect(!text.contains("<text"))
        #expect(text.contains("<symbol") || text.contains("glyph"))
        #expect(XMLParser(data: try chart.render(.svg)).parse())
    }
}

/// Checks shared by the SVG tests.
enum SVGChecks {
    /// Text is `<text>` holding Pango's width, nothing is drawn as glyph
    /// outlines, numbers have at most two decimals, and every definition is used.
    static func realText(_ svg: String, _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let texts = svg.components(separatedBy: "<text").count - 1
        #expect(texts >= 3, "\(label): \(texts) <text> elements", sourceLocation: sourceLocation)
        #expect(svg.components(separatedBy: "textLength=").count - 1 >= texts, "\(label): a <text> without textLength", sourceLocation: sourceLocation)
        #expect(!svg.contains("<symbol") && !svg.contains("<use") && !svg.contains("glyph"), "\(label): glyph outlines", sourceLocation: sourceLocation)
        #expect(svg.range(of: #"="[^"]*\d\.\d{3}"#, options: .regularExpression) == nil, "\(label): a number with more than two decimals",
                sourceLocation: sourceLocation)
        let defined = matches(#"<clipPath id="([^"]+)""#, in: svg)
        for id in defined {
            #expect(svg.contains("url(#\(id))"), "\(label): unused definition \(id)", sourceLocation: sourceLocation)
        }
    }

    /// The SVG drawn by rsvg-convert, as PNG bytes.
    static func rsvg(_ svg: Foundation.Data, zoom: Double = 1) throws -> Foundation.Data {
        try Tool.withTemporaryFile(svg, suffix: ".svg") { path in
            let result = try Tool.run("/usr/bin/rsvg-convert", ["--zoom", String(zoom), "-o", path + ".png", path])
            defer { try? FileManager.default.removeItem(atPath: path + ".png") }
            guard result.status == 0 else { throw RenderError(operation: "rsvg-convert", reason: "status \(result.status)") }
            return try Foundation.Data(contentsOf: URL(fileURLWithPath: path + ".png"))
        }
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
