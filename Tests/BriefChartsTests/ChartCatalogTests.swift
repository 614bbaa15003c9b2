@testable import BriefCharts
import BriefData
import BriefRender
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport
import TradeBrief

@Suite("Chart catalog")
struct ChartCatalogTests {
    let typesetter = Typesetter()
    let dataset: Dataset

    init() throws { dataset = try Dataset.embedded() }

    @Test("The catalog has the full chart set, each built under its own name")
    func names() throws {
        #expect(ChartCatalog.names == ["state-bars", "sector-bars", "state-sector", "state-map", "trade-balance", "key-figures"])
        #expect(Set(ChartCatalog.names).count == ChartCatalog.names.count)
        for name in ChartCatalog.names {
            let chart = try ChartCatalog.chart(named: name, dataset: dataset)
            #expect(chart.name == name)
            #expect(chart is any PlannedChart, "\(name) cannot be checked for overlapping text")
            #expect(chart.textDescription.contains("Source"))
        }
    }

    @Test("Every chart's SVG parses as XML and converts with rsvg-convert", arguments: ChartCatalog.names, [504.0, 320.0])
    func svg(name: String, width: Double) throws {
        let chart = try ChartCatalog.chart(named: name, dataset: dataset)
        let data = try ChartExport(width: width).render(chart, as: .svg, typesetter: typesetter)
        let parser = XMLParser(data: data)
        #expect(parser.parse(), "\(name) at \(width): \(parser.parserError.map { "\($0)" } ?? "")")
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("<title"))
        #expect(text.contains("role=\"img\""))
        let status = try TemporaryItems.withFile(data, suffix: ".svg") { path in
            defer { try? FileManager.default.removeItem(atPath: path + ".png") }
            return try Checker.run("rsvg-convert", ["-o", path + ".png", path]).status
        }
        #expect(status == 0, "rsvg-convert failed on \(name) at \(width)")
    }

    @Test("Every chart's PDF has its title and a source line as real text", arguments: ChartCatalog.names)
    func pdfText(name: String) throws {
        let chart = try ChartCatalog.chart(named: name, dataset: dataset)
        let data = try ChartExport(creationDate: Date(timeIntervalSince1970: 1_735_689_600)).render(chart, as: .pdf, typesetter: typesetter)
        let text = try TemporaryItems.withFile(data, suffix: ".pdf") { try Checker.run("pdftotext", [$0, "-"]).stdout }
        #expect(text.contains(chart.title))
        #expect(text.contains("Source"))
    }

    @Test("No chart's text overlaps or leaves the chart", arguments: ChartCatalog.names, [480.0, 296.0, 760.0, 136.0])
    func noOverlap(name: String, width: Double) throws {
        let chart = try #require(try ChartCatalog.chart(named: name, dataset: dataset) as? any PlannedChart)
        let natural = chart.plan(width: width, height: nil, typesetter: typesetter)
        #expect(natural.size.height == chart.preferredHeight(width: width, typesetter: typesetter))
        PlanChecks.expectClean(natural, "\(name) at \(width)")
        // A taller frame (as a page layout may give) keeps everything inside.
        PlanChecks.expectClean(chart.plan(width: width, height: natural.size.height + 60, typesetter: typesetter), "\(name) at \(width), tall")
    }

    @Test("The overlap check finds overlapping and clipped text")
    func checkerWorks() {
        var plan = ChartPlan(size: Size(width: 100, height: 40))
        let font = ChartTheme.standard.labelFont
        plan.text(typesetter.layout("First label", font: font), at: Point(x: 0, y: 0), .black)
        plan.text(typesetter.layout("Second", font: font), at: Point(x: 20, y: 4), .black)
        plan.text(typesetter.layout("Far too long to fit in the chart", font: font), at: Point(x: 0, y: 25), .black)
        #expect(PlanChecks.overlaps(in: plan).count == 1)
        #expect(PlanChecks.outside(in: plan).count == 1)
    }

    @Test("Missing figures are a data error, not a crash")
    func missingFigures() throws {
        var bare = dataset
        bare.indicators = []
        bare.investments = []
        #expect(throws: ChartError.self) { try ChartCatalog.chart(named: "trade-balance", dataset: bare) }
        #expect(throws: ChartError.self) { try ChartCatalog.chart(named: "key-figures", dataset: bare) }
        // The map and the stacked bars still draw (an all-neutral map, no bars).
        for name in ["state-map", "state-sector"] {
            let chart = try ChartCatalog.chart(named: name, dataset: bare)
            _ = try ChartExport().render(chart, as: .svg, typesetter: typesetter)
        }
    }
}
