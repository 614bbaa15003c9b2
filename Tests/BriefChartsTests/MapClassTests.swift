@testable import BriefCharts
import Foundation
import BriefData
import BriefRender
import Testing

/// Issue 17, point 3: map classes chosen from the data, clearly distinct
/// in every style, with a legend that cannot be misread.
@Suite("Map classes")
struct MapClassTests {
    let typesetter = Typesetter()

    @Test("Skewed data spreads over every class: none empty, none holding more than 40% of the states",
          arguments: ["stress-43", "stress-100"])
    func skewedData(data: String) throws {
        let map = StateMapChart(dataset: try StressFixtures.dataset(data))
        let invested = map.amounts.values.filter { $0 > .zero }
        #expect(map.bins.count == AmountBin.maximumCount)
        for bin in map.bins {
            let count = invested.filter { bin.contains($0) }.count
            #expect(count > 0, "\(bin.label) is empty")
            #expect(Double(count) <= 0.4 * Double(invested.count), "\(bin.label) holds \(count) of \(invested.count)")
        }
    }

    @Test("Skewed amounts ($70M to $40B) get round 1–2–5 breaks, not equal intervals")
    func roundBreaks() throws {
        // 23 states, most of them small: equal intervals would put 17 in the lightest class.
        let millions: [Int64] = [70, 75, 90, 120, 150, 180, 240, 300, 350, 420, 600, 750, 900,
                                 1_200, 1_800, 2_500, 3_100, 4_400, 5_200, 7_400, 9_000, 15_000, 40_000]
        let amounts = millions.map { Money(wholeDollars: $0 * 1_000_000) }
        let bins = AmountBin.bins(for: amounts, colors: ChartTheme.standard.sequential)
        #expect(bins.count == 5)
        for bin in bins.dropFirst() {
            let dollars = bin.lower.dollars
            let mantissa = dollars / pow(10, floor(log10(dollars)))
            #expect([1.0, 2.0, 5.0].contains { abs($0 - mantissa) < 1e-9 }, "break \(MoneyFormat.short(bin.lower)) is not 1, 2 or 5 × 10^k")
        }
        #expect(bins.map { bin in amounts.filter { bin.contains($0) }.count }.max() ?? 0 <= 6)
    }

    @Test("Legend labels never overlap: 'Under X', then 'X–Y' continuing where the last ended, then 'Y or more'",
          arguments: StressFixtures.datasets)
    func labels(data: String) throws {
        let bins = StateMapChart(dataset: try StressFixtures.dataset(data)).bins
        #expect(bins.first?.label.hasPrefix("Under ") == true)
        #expect(bins.last?.label.hasSuffix(" or more") == true)
        for (below, above) in zip(bins, bins.dropFirst()) {
            #expect(below.upper == above.lower)
            #expect(below.label.hasSuffix(MoneyFormat.short(above.lower)))
        }
        #expect(!bins.contains { $0.label.contains("$0") }, "no class starts at $0, which 'No tracked investment' means")
    }

    @Test("Every amount on a break falls in the class above it, exactly one class")
    func breaksBelongAbove() {
        let amounts = [1, 2, 5, 10, 20, 50].map { Money(wholeDollars: Int64($0) * 100_000_000) }
        let bins = AmountBin.bins(for: amounts, colors: ChartTheme.standard.sequential)
        for bin in bins.dropFirst() {
            #expect(bin.contains(bin.lower))
            #expect(bins.filter { $0.contains(bin.lower) }.count == 1)
        }
        #expect(!bins.contains { $0.contains(.zero) })
    }

    @Test("Neighbouring classes, and 'no data' next to the lightest, differ by at least 14 L* in every style and any class count",
          arguments: StressFixtures.styles)
    func distinctShades(style: String) throws {
        let theme = try StressFixtures.theme(style)
        for count in 1...AmountBin.maximumCount {
            let shades = [theme.neutral] + SequentialShades.shades(count: count, ramp: theme.sequential, neutral: theme.neutral)
            for (a, b) in zip(shades, shades.dropFirst()) {
                #expect(a.lightness - b.lightness >= 14, "\(style), \(count) classes: \(a.hex) → \(b.hex)")
                #expect(a.contrast(with: b) >= 1.45, "\(style), \(count) classes: \(a.hex) → \(b.hex)")
            }
        }
    }

    @Test("In the grayscale style the darkest classes stand as far apart as the rest: every step at least 15 L*, each at least the one before, the darkest two at least 20 L* apart")
    func grayscaleDarkClassesApart() throws {
        let theme = try StressFixtures.theme("grayscale")
        for count in 2...AmountBin.maximumCount {
            let shades = [theme.neutral] + SequentialShades.shades(count: count, ramp: theme.sequential, neutral: theme.neutral)
            let steps = zip(shades, shades.dropFirst()).map { $0.lightness - $1.lightness }
            for step in steps { #expect(step >= 15, "\(count) classes: \(shades.map(\.hex)), steps \(steps)") }
            for (lighter, darker) in zip(steps, steps.dropFirst()) {
                #expect(darker >= lighter - 0.01, "\(count) classes: \(shades.map(\.hex)), steps \(steps)")
            }
            #expect((steps.last ?? 0) >= 20, "\(count) classes: the darkest two \(shades.suffix(2).map(\.hex)) are \(steps.last ?? 0) L* apart")
        }
    }

    @Test("'No tracked investment' stands apart in the legend: after a wider gap or on a row of its own",
          arguments: [136.0, 296.0, 480.0])
    func noDataApart(width: Double) throws {
        let map = StateMapChart(dataset: try StressFixtures.dataset("stress-43"))
        let texts = map.plan(width: width, height: nil, typesetter: typesetter).texts
        guard let noData = texts.first(where: { $0.text == map.noDataLabel }),
              let last = texts.first(where: { $0.text == map.bins.last?.label }) else {
            Issue.record("legend entries missing")
            return
        }
        let sameRow = abs(noData.box.minY - last.box.minY) < 1
        #expect(!sameRow || noData.box.minX - last.box.maxX >= SwatchLegend.groupGap)
        PlanChecks.expectClean(map.plan(width: width, height: nil, typesetter: typesetter), "map at \(width)")
    }
}
