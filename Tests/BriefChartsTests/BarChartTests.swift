import BriefCharts
import BriefData
import BriefRender
import Foundation
import Testing
import TestSupport
import TradeBrief

@Suite("Bar charts")
struct BarChartTests {
    @Test("A limit that leaves one row out says 'the other one totals', not 'the other 1 total'")
    func limitLeavingOne() throws {
        let dataset = try Dataset.embedded()
        let sectors = dataset.aggregate(by: .sector).rows.count
        let chart = try ChartCatalog.chart(named: "sector-bars", dataset: dataset, options: ChartOptions(limit: sectors - 1))
        let subtitle = try #require((chart as? HorizontalBarChart)?.subtitle)
        #expect(subtitle.contains("; the other one totals $"), "\(subtitle)")
        let two = try ChartCatalog.chart(named: "sector-bars", dataset: dataset, options: ChartOptions(limit: sectors - 2))
        #expect((two as? HorizontalBarChart)?.subtitle?.contains("; the other 2 total $") == true)
    }

    let typesetter = Typesetter()
    let dataset: Dataset

    init() throws { dataset = try Dataset.embedded() }

    @Test("Bars are sorted largest first")
    func sorted() {
        let chart = HorizontalBarChart(name: "t", title: "T", source: "S", items: [
            BarItem(label: "Small", amount: Money(wholeDollars: 1)),
            BarItem(label: "Large", amount: Money(wholeDollars: 9)),
            BarItem(label: "Medium", amount: Money(wholeDollars: 5)),
        ])
        #expect(chart.items.map(\.label) == ["Large", "Medium", "Small"])
    }

    @Test("More bars need more height; a long label wraps instead of widening the chart")
    func heightGrows() {
        func chart(_ labels: [String]) -> HorizontalBarChart {
            HorizontalBarChart(name: "t", title: "T", source: "S", items: labels.enumerated().map {
                BarItem(label: $0.element, amount: Money(wholeDollars: Int64($0.offset + 1) * 1_000_000))
            })
        }
        let two = chart(["A", "B"]).preferredHeight(width: 400, typesetter: typesetter)
        let four = chart(["A", "B", "C", "D"]).preferredHeight(width: 400, typesetter: typesetter)
        #expect(four > two)
        let long = chart(["A", String(repeating: "Very Long Korean Conglomerate Holdings ", count: 2)])
        #expect(long.preferredHeight(width: 400, typesetter: typesetter) > two)
    }

    @Test("The state chart's words describe its data and carry the source caveats")
    func stateChartDescription() throws {
        let chart = try ChartCatalog.chart(named: "state-bars", dataset: dataset)
        #expect(chart.textDescription.contains("Georgia: $7.9B"))
        #expect(chart.textDescription.contains("Kentucky: $5.8B"))
        #expect(chart.textDescription.contains("SK Innovation & Ford split (Kentucky $5.8B, Tennessee $5.6B) from Ford (2021)."))
        #expect(chart.textDescription.contains("SK hynix Newsroom (2024)"))
    }

    @Test("An unknown chart name suggests the closest one")
    func unknownName() {
        #expect(throws: ChartError.unknownChart("state-bar", suggestion: "state-bars")) {
            try ChartCatalog.chart(named: "state-bar", dataset: dataset)
        }
        #expect(throws: ChartError.unknownChart("pie", suggestion: nil)) {
            try ChartCatalog.chart(named: "pie", dataset: dataset)
        }
    }

    @Test("Every chart renders to PDF with its labels as real text", arguments: ChartCatalog.names)
    func chartText(name: String) throws {
        let chart = try ChartCatalog.chart(named: name, dataset: dataset)
        let data = try ChartExport(creationDate: Date(timeIntervalSince1970: 1_735_689_600)).render(chart, as: .pdf, typesetter: typesetter)
        let text = try TemporaryItems.withFile(data, suffix: ".pdf") { try Checker.output("pdftotext", [$0, "-"]) }
        #expect(text.contains(chart.title))
        #expect(text.contains("Source"))
        #expect(text.contains("$11.4B") || text.contains("$7.9B"))
    }

    @Test("Chart PDFs are byte-identical across runs with a fixed date")
    func reproducible() throws {
        let chart = try ChartCatalog.chart(named: "state-bars", dataset: dataset)
        let export = ChartExport(creationDate: Date(timeIntervalSince1970: 1_735_689_600))
        for format in OutputFormat.allCases {
            let first = try export.render(chart, as: format, typesetter: typesetter)
            let second = try export.render(chart, as: format, typesetter: Typesetter())
            #expect(first == second, "\(format) differs between runs")
        }
    }
}
