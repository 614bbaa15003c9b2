import BriefCharts
import BriefRender
import Foundation
import StressData
import Testing
import TestSupport
import TradeBrief

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The SVG writer's output for every chart: well-formed, real text, small,
/// and drawn by librsvg like the PNG Cairo draws.
@Suite("Chart SVGs: real text, small, drawn like the PNG")
struct ChartSVGTests {
    static let styles = ["default", "colorblind", "grayscale", "a4-two-column"]
    /// The article's four investments; the review's 43 (long and Hangul names, 19 sectors); 48 with `&`, `<` and quotes in a sector.
    enum Data: String, CaseIterable, Sendable { case article, stress, escaping }

    static func brief(_ data: Data, style: String) throws -> Brief {
        let chosen = try Style.named(style)
        switch data {
        case .article: return try Brief(style: chosen)
        case .stress: return try Brief(.investmentsCSV(StressDataset.standard.csv(), name: "stress.csv"), style: chosen)
        case .escaping: return try Brief(.investmentsCSV(StressInvestments.csv(), name: "escaping.csv"), style: chosen)
        }
    }

    static var cases: [(String, String, Data)] {
        ChartCatalog.names.flatMap { name in styles.flatMap { style in Data.allCases.map { (name, style, $0) } } }
    }

    @Test("Each chart, each style, article, stress and escaping data: well-formed XML, text as <text>, librsvg draws it like the PNG",
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
        // Every text of three characters or more holds Pango's width (a state's code need not).
        let long = matches(#"<text[^>]*>([^<]{3,})</text>"#, in: svg).count
        #expect(svg.components(separatedBy: "lengthAdjust=\"spacingAndGlyphs\"").count - 1 >= long,
                "\(label): a <text> without textLength", sourceLocation: sourceLocation)
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
        try TemporaryItems.withFile(svg, suffix: ".svg") { path in
            let result = try Checker.run("rsvg-convert", ["--zoom", String(zoom), "-o", path + ".png", path])
            defer { try? FileManager.default.removeItem(atPath: path + ".png") }
            guard result.status == 0 else { throw RenderError(operation: "rsvg-convert", reason: "status \(result.status)") }
            return try Foundation.Data(contentsOf: URL(fileURLWithPath: path + ".png"))
        }
    }

    /// The first two groups of every match of `pattern`.
    static func pairs(_ pattern: String, in text: String) -> [(String, String)] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { match in
            guard let a = Range(match.range(at: 1), in: text), let b = Range(match.range(at: 2), in: text) else { return nil }
            return (String(text[a]), String(text[b]))
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

/// What the SVGs carry for embedding: tooltips, classes, one scoped style.
@Suite("Chart SVGs for embedding: tooltips, classes, dark scheme")
struct ChartSVGEmbeddingTests {
    func svg(_ name: String) throws -> String {
        String(decoding: try Brief().chart(name).render(.svg), as: UTF8.self)
    }

    @Test("Bars, tiles, segments and cards carry tooltips in <title>")
    func tooltips() throws {
        let bars = try svg("state-bars")
        #expect(bars.contains("<title>Georgia: $7.9B, 2 projects</title>"))
        #expect(bars.components(separatedBy: "<title").count - 1 >= 5)
        let map = try svg("state-map")
        #expect(map.contains("<g class=\"tb-tile\"><title>Georgia: $7.9B, 2 projects</title>"))
        #expect(map.contains("<title>Alaska: no tracked investment</title>"))
        #expect(map.components(separatedBy: "class=\"tb-tile\"").count - 1 == 51)
        let sectors = try svg("state-sector")
        #expect(sectors.contains("<title>Georgia, Electric vehicles: $5.4B</title>"))
        let cards = try svg("key-figures")
        #expect(cards.components(separatedBy: "<g class=\"tb-card\"><title>").count - 1 == 4)
    }

    @Test("Marks and texts have classes a page can restyle", arguments: ChartCatalog.names)
    func classes(name: String) throws {
        let text = try svg(name)
        for expected in ["tb-bg", "tb-title", "tb-subtitle", "tb-source"] {
            #expect(text.contains("class=\"\(expected)\""), "\(name): no \(expected)")
        }
        let marks = ["state-bars": "tb-bar", "sector-bars": "tb-bar", "trade-balance": "tb-bar", "state-sector": "tb-segment",
                     "state-map": "tb-tile", "key-figures": "tb-card"]
        #expect(text.contains("class=\"\(marks[name] ?? "?")"), "\(name): no \(marks[name] ?? "?")")
        #expect(text.components(separatedBy: "<style>").count == 2, "\(name): one <style> block")
    }

    @Test("The dark scheme keeps text on the background at its contrast (WCAG AA where the light one met it)",
          arguments: ChartCatalog.names, ChartSVGTests.styles)
    func darkScheme(name: String, style: String) throws {
        let text = String(decoding: try Brief(style: try Style.named(style)).chart(name).render(.svg), as: UTF8.self)
        var dark: [String: String] = [:]
        for (light, mapped) in SVGChecks.pairs(##"\[fill="(#[0-9a-f]+)"\]\{fill:(#[0-9a-f]+)\}"##, in: text) { dark[light] = mapped }
        let background = try #require(SVGChecks.matches(##"<rect [^>]*class="tb-bg" fill="(#[0-9a-f]+)""##, in: text).first)
        let rootFill = SVGChecks.matches(##"<svg [^>]*fill="(#[0-9a-f]+)""##, in: text).first ?? "#000"
        let lightBackground = try #require(Color(hex: Self.expand(background)))
        let darkBackground = try #require(Color(hex: Self.expand(dark[background] ?? background)))
        #expect(darkBackground.luminance < 0.05, "\(name) \(style): the dark background is not dark")
        // Texts drawn on the background: the chrome (title, subtitle, source) and axis labels.
        var checked = 0
        for cls in ["tb-title", "tb-subtitle", "tb-source", "tb-axis"] {
            for element in SVGChecks.matches(##"(<text class="\##(cls)"[^>]*>)"##, in: text) {
                let hex = SVGChecks.matches(##" fill="(#[0-9a-f]+)""##, in: element).first ?? rootFill
                let light = try #require(Color(hex: Self.expand(hex)))
                let darkText = try #require(Color(hex: Self.expand(dark[hex] ?? hex)))
                let needed = min(4.5, light.contrast(with: lightBackground))
                #expect(darkText.contrast(with: darkBackground) >= needed - 0.02,
                        "\(name) \(style): \(cls) \(hex)→\(dark[hex] ?? hex) on \(background)→\(dark[background] ?? background)")
                checked += 1
            }
        }
        #expect(checked >= 2, "\(name) \(style): found no text on the background")
    }

    static func expand(_ hex: String) -> String {
        hex.count == 4 ? "#" + hex.dropFirst().map { "\($0)\($0)" }.joined() : hex
    }
}
