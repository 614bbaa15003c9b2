@testable import BriefCharts
import BriefData
import Foundation
import BriefRender
import Testing

@Suite("Key figures")
struct KeyFiguresChartTests {
    let typesetter = Typesetter()
    let dataset: Dataset
    let chart: KeyFiguresChart

    init() throws {
        dataset = try Dataset.embeddedDataset()
        chart = try KeyFiguresChart(dataset: dataset)
    }

    @Test("The cards show the dataset's figures, each with what, when and a credit")
    func cards() {
        #expect(chart.figures.map(\.value).suffix(2) == ["$65.5B", MoneyFormat.short(dataset.aggregate(by: .sector).total)])
        #expect(chart.figures[0].label.contains("2024"))
        #expect(chart.figures[2].label == "U.S. goods exports to Korea, 2024")
        #expect(chart.figures[3].label.contains("4 projects"))
        #expect(chart.figures[3].label.contains("Ford’s share"), "the total includes Ford's part and must say so")
        #expect(chart.figures.map(\.credit) == ["Source: CSIS (2025)", "Source: CSIS (2025)", "Source: Census (2025)", "Computed from CSIS (2025)"])
        #expect(chart.source.hasPrefix("Sources: CSIS (2025); Census (2025)."))
        #expect(chart.source.contains("computed by tradebrief"))
    }

    @Test("A card counts the sources as the source lines do: every entry of the Sources list, not every publisher, named ones included")
    func creditCountsEntries() throws {
        let csv = "company,sector,states,amount_usd,source,url\n"
            + (1...3).map { "A\($0),Solar,GA,1B,Georgia Department of Economic Development,https://georgia.org/\($0)" }.joined(separator: "\n") + "\n"
            + (1...4).map { "B\($0),Steel,TX,1B,Press \($0),https://example.com/\($0)" }.joined(separator: "\n") + "\n"
            + "C,Steel,TX,1B,Press 1,https://example.com/other\n"
        let result = try InvestmentCSV.parse(Data(csv.utf8), file: "mine.csv")
        var mine = dataset
        mine.sources = result.sources
        mine.investments = result.investments
        let ids = mine.investments.map(\.source)
        // 8 entries: Georgia's 3, then 5 others (Press 1 twice, with two addresses).
        #expect(KeyFiguresChart.credit(ids, in: mine) == "Sources: Georgia Department of Economic Development and others, 8 in all")
        #expect(KeyFiguresChart.credit([ids[0], ids[3]], in: mine) == "Sources: Georgia Department of Economic Development and one other")
        #expect(KeyFiguresChart.credit([ids[0], ids[3]], in: mine, language: .korean) == "출처: Georgia Department of Economic Development 외 1곳")
        #expect(KeyFiguresChart.credit(ids, in: mine, language: .korean) == "출처: Georgia Department of Economic Development 등 8곳")
        #expect(SourceLine.names(ids, in: mine, limit: 1).last == "8 sources in all (see the full brief’s Sources)")
    }

    @Test("Cards wrap into more rows when the width is narrow")
    func wrap() {
        #expect(chart.cardsPerRow(width: 480) == 4)
        #expect(chart.cardsPerRow(width: 296) == 2)
        #expect(chart.cardsPerRow(width: 136) == 1)
        func rows(_ width: Double) -> Int {
            let plan = chart.plan(width: width, height: nil, typesetter: typesetter)
            let tops = plan.texts.filter { text in chart.figures.contains { $0.value == text.text } }.map { ($0.box.minY * 10).rounded() }
            return Set(tops).count
        }
        #expect(rows(480) == 1)
        #expect(rows(296) == 2)
        #expect(rows(136) == 4)
        let five = KeyFiguresChart(title: "T", source: "S", figures: Array(repeating: chart.figures[0], count: 5))
        #expect(five.cardsPerRow(width: 760) == 5)
        #expect(five.cardsPerRow(width: 480) == 3, "rows are balanced: 3 + 2, not 4 + 1")
        #expect(five.cardsPerRow(width: 296) == 2)
    }

    @Test("The preferred height grows as the width shrinks")
    func heightGrows() {
        let widths = [760.0, 480.0, 296.0, 136.0]
        let heights = widths.map { chart.preferredHeight(width: $0, typesetter: typesetter) }
        for (wider, narrower) in zip(heights, heights.dropFirst()) { #expect(narrower > wider, "\(heights)") }
    }

    @Test("Inside a brief the cards draw without title and source line, and need less height")
    func withoutChrome() {
        var bare = chart
        bare.showsChrome = false
        let plan = bare.plan(width: 480, height: nil, typesetter: typesetter)
        #expect(!plan.texts.map(\.text).contains(chart.title))
        #expect(plan.texts.map(\.text).contains("Source: CSIS (2025)"))
        #expect(bare.preferredHeight(width: 480, typesetter: typesetter) < chart.preferredHeight(width: 480, typesetter: typesetter))
        PlanChecks.expectClean(plan, "cards without chrome")
    }

    @Test("Compact cards are shorter, with values at most 16 pt, and still clean, whole and credited", arguments: [480.0, 322.0, 136.0])
    func compact(width: Double) {
        var bare = chart
        bare.showsChrome = false
        var compact = bare
        compact.compact = true
        let full = bare.plan(width: width, height: nil, typesetter: typesetter)
        let plan = compact.plan(width: width, height: nil, typesetter: typesetter)
        #expect(plan.size.height < full.size.height - 8, "\(width) pt: \(full.size.height) → \(plan.size.height)")
        let values = plan.texts.filter { text in chart.figures.contains { $0.value == text.text } }
        #expect(values.count == chart.figures.count, "every value is drawn whole")
        // DejaVu Sans Bold's line box is about 1.17 em: a 16 pt value is at most ~19 pt tall.
        for value in values { #expect(value.box.height <= 16 * 1.2, "'\(value.text)' is \(value.box.height) pt tall") }
        for figure in chart.figures { #expect(plan.texts.contains { $0.text == figure.credit }, "credit '\(figure.credit)' missing") }
        PlanChecks.expectClean(plan, "compact cards at \(width)")
    }

    @Test("Long labels and values wrap or shrink, never overlap", arguments: [480.0, 296.0, 136.0])
    func longText(width: Double) {
        let long = String(String(repeating: "Korea Zinc Advanced Materials Holdings ", count: 2).prefix(60))
        let chart = KeyFiguresChart(title: "Key figures", source: "Source: test.", figures: [
            KeyFigure(value: "$1,234,567.8B", label: long, credit: "Source: " + long),
            KeyFigure(value: "2.3%", label: "short", credit: "Source: CSIS (2025)"),
            KeyFigure(value: "#1", label: long, credit: "Source: CSIS (2025)"),
        ])
        PlanChecks.expectClean(chart.plan(width: width, height: nil, typesetter: typesetter), "long cards at \(width)")
    }

    @Test("A dataset with no figures is a data error")
    func empty() {
        var data = dataset
        data.indicators = []
        data.investments = []
        #expect(throws: ChartError.self) { try KeyFiguresChart(dataset: data) }
    }
}
