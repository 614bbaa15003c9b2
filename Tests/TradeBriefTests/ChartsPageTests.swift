import BriefRender
import BriefCharts
import Foundation
import StressData
import Testing
import TestSupport
import TradeBrief

#if canImport(FoundationXML)
import FoundationXML
#endif

/// `charts.html`: every chart inlined in one page, checked as XML and in a real browser.
@Suite("charts.html: every chart inlined, tested in headless Chromium")
struct ChartsPageTests {
    static let date = Date(timeIntervalSince1970: 1_745_366_400)

    static func page(_ dataset: Dataset, theme: ChartTheme = .standard) throws -> (html: Data, artifacts: [Artifact]) {
        let builder = BriefBuilder(dataset: dataset, creationDate: date, theme: theme)
        let artifacts = try builder.build().artifacts
        let page = try #require(artifacts.first { $0.relativePath == "charts.html" })
        return (page.data, artifacts)
    }

    @Test("A plain, well-formed HTML5 page: every chart inlined under its heading, a link to the PDF, no script, no network, no id twice")
    func structure() throws {
        let (html, artifacts) = try Self.page(try Dataset.embedded())
        let text = String(decoding: html, as: UTF8.self)
        #expect(text.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        let document = try XMLDocument(data: html, options: [])   // polyglot: well-formed XML too
        let sections = try document.nodes(forXPath: "//*[local-name()='section']")
        #expect(sections.count == ChartCatalog.names.count)
        for (section, entry) in zip(sections, ChartCatalog.entries) {
            let element = try #require(section as? XMLElement)
            #expect(element.attribute(forName: "id")?.stringValue == "chart-\(entry.name)")
            #expect(try element.nodes(forXPath: "*[local-name()='h2']").first?.stringValue == entry.summary)
            #expect(try element.nodes(forXPath: ".//*[local-name()='svg']").count == 1, "\(entry.name) is inlined once")
        }
        #expect(try document.nodes(forXPath: "//*[local-name()='a'][@href='brief.pdf']").count == 1)
        #expect(try document.nodes(forXPath: "//*[local-name()='script' or local-name()='img' or local-name()='link' or local-name()='iframe']").isEmpty)
        let references = try document.nodes(forXPath: "//@href | //@src").compactMap(\.stringValue)
        #expect(references.allSatisfy { !$0.contains(":") || $0.hasPrefix("#") }, "no network: \(references)")
        let ids = try document.nodes(forXPath: "//@id").compactMap(\.stringValue)
        #expect(Set(ids).count == ids.count, "repeated ids: \(Dictionary(grouping: ids) { $0 }.filter { $0.value.count > 1 }.keys)")
        // The charts inlined are the charts written beside the page.
        for name in ChartCatalog.names {
            let svg = try #require(artifacts.first { $0.relativePath == "\(name).svg" })
            let file = String(decoding: svg.data, as: UTF8.self)
            let body = file.range(of: "<svg").map { String(file[$0.lowerBound...]) } ?? ""
            #expect(!body.isEmpty && text.contains(body), "\(name).svg is not the chart inlined")
        }
    }

    @Test("Two state maps from different data inline on one page without sharing an id; the same map keeps its ids")
    func twoMaps() throws {
        let article = try Brief().chart("state-map").inlineSVG()
        let again = try Brief().chart("state-map").inlineSVG()
        let stress = try Brief(.investmentsCSV(StressDataset.standard.csv(), name: "stress.csv")).chart("state-map").inlineSVG()
        func ids(_ svg: String) throws -> [String] {
            try XMLDocument(xmlString: svg, options: []).nodes(forXPath: "//@id").compactMap(\.stringValue)
        }
        let first = try ids(article), second = try ids(stress)
        #expect(!first.isEmpty && Set(first).isDisjoint(with: second), "shared: \(Set(first).intersection(second))")
        #expect(try ids(again) == first, "the same chart gets the same ids")
        let page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/><title>Maps</title></head><body>\(article)\(stress)</body></html>"
        let all = try XMLDocument(xmlString: page, options: []).nodes(forXPath: "//@id").compactMap(\.stringValue)
        #expect(Set(all).count == all.count)
    }

    @Test("The charts' text is real text in the browser: Chromium prints charts.html with every label as text (pdftotext)")
    func selectableText() throws {
        let browser = try Chromium.required()
        let (html, _) = try Self.page(try Dataset.embedded())
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("charts-text-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("charts.html")
        try html.write(to: url)
        let pdf = try Chromium.printToPDF(browser, page: url)
        let text = try Checker.output("pdftotext", [pdf.path, "-"])
        for expected in ["Korean investment by state", "Where Korean investment lands", "Georgia", "$7.9B", "GA", "Korea in the U.S. economy",
                         "No tracked investment", "Source: CSIS (2025)"] {
            #expect(text.contains(expected), "the printed page has no text \(expected)")
        }
    }

    @Test("Chromium draws each chart inlined in charts.html like the chart's PNG, every style, article and stress data",
          arguments: ["default", "colorblind", "grayscale", "a4-two-column"], ["article", "stress"])
    func inChromium(style: String, data: String) throws {
        let browser = try Chromium.required()
        let theme = try Style.named(style).chartTheme
        let dataset = data == "article" ? try Dataset.embedded()
            : try Brief(.investmentsCSV(StressDataset.standard.csv(), name: "stress.csv")).dataset
        let (html, _) = try Self.page(dataset, theme: theme)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("charts-page-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("charts.html")
        try html.write(to: url)
        // Each chart alone, as Cairo draws it at one pixel per point.
        let typesetter = Typesetter()
        let pngs = try ChartCatalog.names.map { name in
            let chart = try ChartCatalog.chart(named: name, dataset: dataset, theme: theme)
            return (name, try RasterImage(png: ChartExport(pngScale: 1).render(chart, as: .png, theme: theme, typesetter: typesetter)))
        }
        let height = pngs.map(\.1.height).reduce(0, +) + 120 * pngs.count + 200
        let shot = try Chromium.screenshot(browser, page: url, width: 1000, height: height)
        var cursor = 0
        for (name, png) in pngs {
            // The page's body has a 24 px margin and figures none: each chart's left edge is at x = 24.
            let y = try #require(shot.locate(png, x: 24, fromY: cursor, range: 400), "\(name) not found in the screenshot")
            let drawn = shot.cropped(x: 24, y: y, width: png.width, height: png.height)
            let difference = png.difference(from: drawn)
            // Measured: at most 0.37% of 4×4 blocks past 0.15, mean 0.008, largest 0.26 (anti-aliasing
            // and hinting); a missing or moved letter moves a block by 0.3 or more.
            #expect(difference.differingBlockShare < 0.01 && difference.meanBlockDifference < 0.015 && difference.largestBlockDifference < 0.35,
                    "\(style) \(data) \(name) at y = \(y): Chromium draws the inlined SVG unlike the PNG: \(difference)")
            cursor = y + png.height
        }
    }
}
