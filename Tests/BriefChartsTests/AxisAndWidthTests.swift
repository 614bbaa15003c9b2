@testable import BriefCharts
import BriefData
import BriefRender
import Foundation
import Testing
import TestSupport
import TradeBrief

/// Issue 17, point 8: ticks cover the data; narrow charts drop a tick label
/// with its grid line and never break a word; wide charts scale their type.
@Suite("Axes and widths")
struct AxisAndWidthTests {
    let typesetter = Typesetter()
    static let barCharts = ["state-bars", "sector-bars", "state-sector"]
    static let widths: [Double] = [136, 160, 176, 200, 296, 480, 720]

    /// The grid lines' x, the tick labels and the bars' right ends in `plan`.
    private func axis(of plan: ChartPlan, theme: ChartTheme) -> (grid: [Double], ticks: [String], barEnds: [Double]) {
        var grid: [Double] = [], ticks: [String] = [], ends: [Double] = []
        for mark in plan.marks {
            switch mark {
            case .line(let start, let end, let color, _) where color == theme.grid && start.x == end.x: grid.append(start.x)
            case .text(let layout, _, let color) where color == theme.muted && layout.text.hasPrefix(theme.currencySymbol)
                && !layout.text.contains(" "): ticks.append(layout.text)
            // Bars, not the background knocked out behind a value label a grid line crosses.
            case .fill(let rect, let color) where color != theme.background: ends.append(rect.maxX)
            default: break
            }
        }
        return (grid, ticks, ends)
    }

    @Test("The last tick reaches the longest bar, and every grid line has its label", arguments: StressFixtures.datasets)
    func ticksCoverData(data: String) throws {
        let dataset = try StressFixtures.dataset(data)
        for name in Self.barCharts {
            let chart = try ChartCatalog.chart(named: name, dataset: dataset)
            guard let planned = chart as? any PlannedChart else { continue }
            for width in Self.widths {
                let plan = planned.plan(width: width, height: nil, typesetter: typesetter)
                let found = axis(of: plan, theme: .standard)
                #expect(found.ticks.count == found.grid.count + (found.ticks.isEmpty ? 0 : 1),
                        "\(name) at \(width): \(found.grid.count) grid lines, labels \(found.ticks)")
                if let lastTick = found.grid.max() {
                    #expect(found.barEnds.allSatisfy { $0 <= lastTick + 0.01 }, "\(name) at \(width): a bar passes the last tick")
                }
                if width >= 296 { #expect(found.grid.count >= 2, "\(name) at \(width) has no grid") }
                PlanChecks.expectClean(plan, "\(name) with \(data) at \(width)")
            }
        }
    }

    @Test("A value axis always ends at or above its maximum, with labels that never touch")
    func valueAxis() {
        var maximum = 1.0
        while maximum < 5e11 {
            for span in [20.0, 60.0, 150.0, 400.0] {
                let axis = ValueAxis(maximum: maximum, span: span, theme: .standard, typesetter: typesetter)
                #expect(axis.upperBound >= maximum)
                guard let last = axis.ticks.last else { continue }
                #expect(last == axis.upperBound && last >= maximum)
                let xs = axis.ticks.map { axis.x($0, start: 0, span: span) }
                for index in axis.labels.indices.dropFirst() {
                    let room = xs[index] - xs[index - 1]
                    let need = (axis.labels[index].size.width + axis.labels[index - 1].size.width) / 2
                    #expect(room >= need, "labels touch for \(maximum) over \(span)")
                }
            }
            maximum *= 1.37
        }
    }

    @Test("At 160–200 points no category label is broken inside a word (pdftotext)", arguments: [160.0, 176.0, 200.0])
    func narrowChartsKeepWords(width: Double) throws {
        for data in ["embedded", "stress-43"] {
            let dataset = try StressFixtures.dataset(data)
            let brief = Brief(dataset: dataset)
            for name in Self.barCharts {
                let pdf = try brief.chart(name, width: width).render(.pdf)
                let text = try TemporaryItems.withFile(pdf, suffix: ".pdf") { try Checker.run("pdftotext", [$0, "-"]).stdout }
                let words = Set(dataset.aggregate(by: name == "sector-bars" ? .sector : .state).rows.prefix(ChartCatalog.maximumBars - 1)
                    .flatMap { $0.label.split(separator: " ").map(String.init) })
                for word in words {
                    #expect(text.contains(word), "\(name) at \(width) with \(data): '\(word)' is broken")
                }
            }
        }
    }

    @Test("A chart wider than 720 points is laid out at 720 and scaled, type included (the map at 1600)")
    func wideChartsScale() throws {
        func codeHeight(_ width: Double) throws -> Double {
            let pdf = try Brief().chart("state-map", width: width).render(.pdf)
            let html = try TemporaryItems.withFile(pdf, suffix: ".pdf") { try Checker.run("pdftotext", ["-bbox", $0, "-"]).stdout }
            // <word xMin="…" yMin="…" xMax="…" yMax="…">GA</word>
            guard let line = html.split(separator: "\n").first(where: { $0.hasSuffix(">GA</word>") }) else { return 0 }
            func value(_ key: String) -> Double {
                guard let range = line.range(of: "\(key)=\"") else { return 0 }
                return Double(line[range.upperBound...].prefix { $0 != "\"" }) ?? 0
            }
            return value("yMax") - value("yMin")
        }
        let natural = try codeHeight(744)
        let wide = try codeHeight(1600)
        #expect(natural > 0)
        #expect(abs(wide / natural - 1576.0 / 720) < 0.05, "labels grow with the map: \(natural) → \(wide)")
    }

    @Test("The map stops growing past 52-point tiles and is centred")
    func mapCap() throws {
        let map = StateMapChart(dataset: try Dataset.embedded())
        let layout = map.layout(width: 1400, height: nil, typesetter: typesetter)
        let left = layout.tiles.values.map(\.minX).min() ?? 0
        let right = layout.tiles.values.map(\.maxX).max() ?? 0
        #expect(right - left <= StateMapChart.maximumTile * 11)
        #expect(abs(left - (1400 - right)) < 2, "centred")
    }

    @Test("A tick's amount is the same cents as through Decimal, whole dollars or not")
    func tickAmounts() {
        var ticks: [Double] = [0, 0.25, 0.5, 1.5, 2.675, 1e-3, 999_999_999_999_999, 999_999_999_999_998, 123_456_789_012_345, 1e15, 8_999_999_999_999_998, 1e16]
        for maximum in stride(from: 0.0, through: 15.0, by: 0.25) {
            ticks += (1...ValueAxis.maximumTicks).flatMap { NiceScale(maximum: pow(10, maximum) * 3.7, targetTickCount: $0).ticks }
        }
        // Whole numbers below the limit, from a fixed sequence (a 64-bit LCG), and the largest few.
        var state: UInt64 = 20_261_130
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            ticks.append(Double(state >> 24 % UInt64(ValueAxis.wholeDollarLimit)))
        }
        ticks += (1...1000).map { ValueAxis.wholeDollarLimit - Double($0) }
        for tick in ticks where ValueAxis.amount(atTick: tick) != Money(dollars: Decimal(tick)) {
            Issue.record("tick \(tick): \(ValueAxis.amount(atTick: tick)) against \(Money(dollars: Decimal(tick)))")
        }
    }

    @Test("No grid line runs through a bar's value: where one crosses it, the background is knocked out behind the label",
          arguments: StressFixtures.datasets)
    func valuesReadWhole(data: String) throws {
        let dataset = try StressFixtures.dataset(data)
        var crossed = 0
        for name in Self.barCharts {
            let chart = try ChartCatalog.chart(named: name, dataset: dataset)
            guard let planned = chart as? any PlannedChart else { continue }
            for width in Self.widths {
                let plan = planned.plan(width: width, height: nil, typesetter: typesetter)
                let grid = axis(of: plan, theme: .standard).grid
                var knockouts: [Rect] = []
                var bars: [Rect] = []
                for item in StressFixtures.classedMarks(plan) {
                    switch item.mark {
                    case .fill(let rect, let color) where color == ChartTheme.standard.background: knockouts.append(rect)
                    case .fill(let rect, _): bars.append(rect)
                    case .text(let layout, let at, _) where item.classes.contains("tb-value"):
                        let box = Rect(x: at.x, y: at.y, width: layout.size.width, height: layout.size.height)
                        // A segment's amount sits on its segment, which covers the grid.
                        let centre = Rect(x: box.midX, y: box.midY, width: 0, height: 0)
                        guard !bars.contains(where: { $0.contains(centre) }) else { continue }
                        guard grid.contains(where: { $0 >= box.minX && $0 <= box.maxX }) else { continue }
                        crossed += 1
                        #expect(knockouts.last.map { $0.minX <= box.minX && $0.maxX >= box.maxX && $0.minY <= box.minY } == true,
                                "\(name) at \(width): '\(layout.text)' has a grid line through it")
                    default: break
                    }
                }
            }
        }
        if data == "stress-100" { #expect(crossed > 0, "no value crosses a grid line: the test does not test") }
    }
}
