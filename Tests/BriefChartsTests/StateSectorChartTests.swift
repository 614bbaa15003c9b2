@testable import BriefCharts
import BriefData
import BriefRender
import Testing

@Suite("State by sector chart")
struct StateSectorChartTests {
    let typesetter = Typesetter()
    let dataset: Dataset
    let chart: StateSectorChart

    init() throws {
        dataset = try Dataset.embeddedDataset()
        chart = StateSectorChart(dataset: dataset)
    }

    @Test("Bars are the state totals, largest first, and add up to the grand total")
    func totals() {
        let rows = dataset.aggregate(by: .state).rows
        #expect(chart.bars.map(\.key) == rows.map(\.key))
        #expect(chart.bars.map(\.total) == rows.map(\.amount))
        #expect(chart.bars.reduce(Money.zero) { $0 + $1.total } == dataset.aggregate(by: .state).total)
        #expect(chart.bars.first?.label == "Georgia")
        let georgia = chart.bars.first { $0.key == "GA" }
        #expect(georgia?.segments.map(\.key) == ["Electric vehicles", "Solar"])
    }

    @Test("Segments use the sector colours, stacked in legend order")
    func colours() {
        let colors = SectorColors(dataset: dataset, theme: .standard)
        #expect(chart.legend.map(\.key) == dataset.aggregate(by: .sector).rows.map(\.key))
        for bar in chart.bars {
            for segment in bar.segments { #expect(segment.color == colors.color(for: segment.key)) }
            let ranks = bar.segments.compactMap { segment in chart.legend.firstIndex { $0.key == segment.key } }
            #expect(ranks == ranks.sorted())
        }
        #expect(Set(chart.legend.map(\.color)).count == chart.legend.count)
    }

    @Test("Totals label every bar; segment amounts appear only inside segments that hold them")
    func labels() {
        let plan = chart.plan(width: 480, height: nil, typesetter: typesetter)
        let texts = plan.texts.map(\.text)
        for bar in chart.bars { #expect(texts.contains(MoneyFormat.short(bar.total))) }
        for segment in chart.legend { #expect(texts.contains(segment.label)) }
        #expect(texts.contains("$5.4B") && texts.contains("$2.5B"), "Georgia's parts are labelled at full width")
        let segments = plan.marks.compactMap { mark -> Rect? in
            if case .fill(let rect, _) = mark { return rect }
            return nil
        }
        for text in plan.texts where text.text == "$5.4B" || text.text == "$2.5B" {
            #expect(segments.contains { $0.contains(text.box) }, "'\(text.text)' is not inside its segment")
        }
        // Too narrow for the parts' amounts: they are left out rather than squeezed.
        let narrow = chart.plan(width: 136, height: nil, typesetter: typesetter).texts.map(\.text)
        #expect(!narrow.contains("$2.5B"))
        PlanChecks.expectClean(chart.plan(width: 136, height: nil, typesetter: typesetter), "state-sector at 136")
    }

    @Test("A 60-character label wraps within its column without overlapping", arguments: [480.0, 296.0])
    func longLabel(width: Double) {
        let long = String(String(repeating: "Korea Zinc Advanced Materials Holdings ", count: 2).prefix(60))
        let red = Color(hex: "#D55E00") ?? .black
        let blue = Color(hex: "#0072B2") ?? .black
        let chart = StateSectorChart(title: "T", source: "Source: test.", bars: [
            StackedBar(key: "a", label: long, segments: [
                StackedSegment(key: "x", label: "X", amount: Money(wholeDollars: 5_000_000_000), color: red),
                StackedSegment(key: "y", label: "Y", amount: Money(wholeDollars: 2_000_000_000), color: blue),
            ]),
            StackedBar(key: "b", label: "Short", segments: [
                StackedSegment(key: "y", label: "Y", amount: Money(wholeDollars: 1_000_000_000), color: blue),
            ]),
        ], legend: [
            StackedSegment(key: "y", label: "Y", amount: Money(wholeDollars: 3_000_000_000), color: blue),
            StackedSegment(key: "x", label: "X", amount: Money(wholeDollars: 5_000_000_000), color: red),
        ])
        #expect(chart.bars.first?.segments.map(\.key) == ["y", "x"], "segments follow the legend's order")
        let plan = chart.plan(width: width, height: nil, typesetter: typesetter)
        let label = plan.texts.first { $0.text == long }
        #expect((label?.box.width ?? .infinity) <= width * 0.38 + 0.5)
        PlanChecks.expectClean(plan, "long label at \(width)")
    }

    @Test("The words give each state's total and parts, and the source caveats")
    func words() {
        #expect(chart.textDescription.contains("Georgia: $7.9B (Electric vehicles $5.4B, Solar $2.5B)"))
        #expect(chart.textDescription.contains("SK Innovation & Ford split (Kentucky $5.8B, Tennessee $5.6B) from Ford (2021)."))
    }
}
