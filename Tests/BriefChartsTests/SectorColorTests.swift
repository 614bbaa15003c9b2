@testable import BriefCharts
import BriefData
import BriefRender
import Testing

/// Issue 17, point 2: the largest sectors in distinct colours (at most
/// seven hues, or four greys), the rest as one grey "Other", in every chart
/// and every style.
@Suite("Sector colours")
struct SectorColorTests {
    let typesetter = Typesetter()

    @Test("Sector charts use at most 8 fills (5 in grayscale), whatever the number of sectors",
          arguments: StressFixtures.combinations)
    func fewFills(style: String, data: String) throws {
        let theme = try StressFixtures.theme(style)
        let dataset = try StressFixtures.dataset(data)
        let limit = StressFixtures.isGray(theme) ? SectorColors.maximumGrays : SectorColors.maximumColors + 1
        for name in ["sector-bars", "state-sector"] {
            let chart = try ChartCatalog.chart(named: name, dataset: dataset, theme: theme)
            guard let planned = chart as? any PlannedChart else { Issue.record("\(name) is not planned"); continue }
            for width in [200.0, 480.0] {
                let fills = Set(StressFixtures.fillColors(planned.plan(width: width, height: nil, typesetter: typesetter)))
                    .subtracting([theme.background])
                #expect(fills.count <= limit, "\(name) in \(style) with \(data): \(fills.count) fills")
            }
        }
        // No colour stands for two legend entries (a cycling palette would repeat).
        let legend = StateSectorChart(dataset: dataset, theme: theme).legend
        #expect(Set(legend.map(\.color)).count == legend.count, "\(style) with \(data): a legend colour repeats")
    }

    @Test("Named sectors have distinct colours; the rest share one grey, listed last as Other (N sectors)",
          arguments: StressFixtures.combinations)
    func otherIsGroupedAndGrey(style: String, data: String) throws {
        let theme = try StressFixtures.theme(style)
        let dataset = try StressFixtures.dataset(data)
        let colors = SectorColors(dataset: dataset, theme: theme)
        let sectors = dataset.aggregate(by: .sector).rows.map(\.key)
        #expect(colors.named + colors.grouped == sectors, "largest sectors first")
        let namedColors = colors.named.map { colors.color(for: $0) }
        if colors.grouped.isEmpty {
            #expect(Set(namedColors).count == namedColors.count)
        } else {
            #expect(colors.grouped.count >= 2, "a single leftover sector keeps its name")
            #expect(Set(namedColors).count == namedColors.count)
            #expect(!namedColors.contains(colors.otherColor))
            #expect(colors.grouped.allSatisfy { colors.color(for: $0) == colors.otherColor })
            #expect(colors.otherColor.isAchromatic, "Other is grey")
            let chart = StateSectorChart(dataset: dataset, theme: theme)
            #expect(chart.legend.last?.label == "Other (\(colors.grouped.count) sectors)")
            #expect(chart.legend.count == colors.named.count + 1)
            // Every bar adds up to its state's total, Other included.
            let states = dataset.aggregate(by: .state).rows.reduce(into: [String: Money]()) { $0[$1.key] = $1.amount }
            for bar in chart.bars { #expect(bar.total == states[bar.key]) }
        }
    }

    @Test("Greys of a grayscale style are told apart: every pair of sector fills differs by 1.5:1 or more")
    func graysAreDistinct() throws {
        let theme = try StressFixtures.theme("grayscale")
        let colors = SectorColors(dataset: try StressFixtures.dataset("stress-100"), theme: theme)
        let fills = colors.named.map { colors.color(for: $0) } + [colors.otherColor]
        #expect(fills.count == SectorColors.maximumGrays)
        for i in fills.indices { for j in fills.indices where j > i {
            #expect(fills[i].contrast(with: fills[j]) >= 1.5, "\(fills[i].hex) vs \(fills[j].hex)")
        } }
    }

    @Test("Colour palettes leave their greys out, so no sector looks like Other", arguments: ["default", "colorblind"])
    func colourPalettesHaveNoGrey(style: String) throws {
        let colors = SectorColors(dataset: try StressFixtures.dataset("stress-100"), theme: try StressFixtures.theme(style))
        #expect(colors.named.count == SectorColors.maximumColors)
        #expect(colors.named.allSatisfy { !colors.color(for: $0).isAchromatic })
    }

    @Test("One sector more than colours keeps its own name in grey; two or more become Other")
    func grouping() {
        let theme = ChartTheme.standard
        let eight = (1...8).map { "S\($0)" }
        let one = SectorColors(sectors: eight, theme: theme)
        #expect(one.named == eight && one.grouped.isEmpty)
        #expect(one.color(for: "S8") == one.otherColor)
        let nine = SectorColors(sectors: eight + ["S9"], theme: theme)
        #expect(nine.named.count == 7 && nine.grouped == ["S8", "S9"])
        #expect(nine.otherLabel == "Other (2 sectors)")
    }

    @Test("A one-pager's sector mix: the state's own largest sectors by name, in their brief colours (grey without one), the rest in one grey Other bar")
    func stateSectorMix() throws {
        let dataset = try StressFixtures.dataset("stress-100")
        let colors = SectorColors(dataset: dataset, theme: .standard)
        var georgia: [String: Money] = [:]
        for investment in dataset.investments {
            for (state, amount) in investment.allocations where state == "GA" { georgia[investment.sector, default: .zero] += amount }
        }
        let rows = SectorColors.maximumStateBars
        let sorted = georgia.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        let bars = colors.bars(for: georgia)
        let named = georgia.count > rows ? bars.dropLast() : bars[...]
        #expect(named.map(\.label) == sorted.prefix(named.count).map(\.key), "the state's largest sectors, largest first")
        #expect(zip(named, sorted).allSatisfy { $0.color == colors.color(for: $1.key) }, "each in its brief colour")
        if georgia.count > rows {
            #expect(bars.count == rows)
            #expect(bars.last?.label == "Other (\(georgia.count - rows + 1) sectors)" && bars.last?.color == colors.otherColor)
        } else {
            #expect(bars.count == georgia.count)
        }
        #expect(bars.reduce(Money.zero) { $0 + $1.amount } == georgia.values.reduce(Money.zero, +))
        // Nine sectors the brief groups: the largest seven by name in its grey, the last two as Other.
        let nine = Dictionary(uniqueKeysWithValues: colors.grouped.prefix(9).enumerated().map { ($1, Money(wholeDollars: Int64(100 - $0))) })
        let greys = colors.bars(for: nine)
        #expect(greys.map(\.label) == Array(colors.grouped.prefix(7)) + ["Other (2 sectors)"])
        #expect(greys.allSatisfy { $0.color == colors.otherColor })
        let single = colors.bars(for: [colors.named[0]: Money(wholeDollars: 5), colors.grouped[0]: Money(wholeDollars: 3)])
        #expect(single.map(\.label) == [colors.named[0], colors.grouped[0]], "a state with few sectors has no Other")
        #expect(single.map(\.color) == [colors.color(for: colors.named[0]), colors.otherColor])
    }

    @Test("Sector bars beyond 15 end in one grey bar summing the rest")
    func sectorBarsCap() throws {
        let dataset = try StressFixtures.dataset("stress-100")
        let chart = ChartCatalog.sectorBars(dataset: dataset, theme: .standard)
        let rows = dataset.aggregate(by: .sector).rows
        #expect(chart.items.count == ChartCatalog.maximumBars)
        #expect(chart.items.last?.label == "Other (\(rows.count - 14) sectors)")
        #expect(chart.items.reduce(Money.zero) { $0 + $1.amount } == dataset.aggregate(by: .sector).total)
    }

    @Test("The grouped smaller sectors have one name in every chart: the sector bars, the state-sector legend, a state's sector mix",
          arguments: [BriefLanguage.english, .korean])
    func oneNameForTheRest(language: BriefLanguage) throws {
        let dataset = try StressFixtures.dataset("stress-100")
        let form = language == .english ? #/Other \([0-9]+ sectors\)/# : #/기타\([0-9]+개 부문\)/#
        let colors = SectorColors(dataset: dataset, theme: .standard)
        var totals: [String: Money] = [:]
        for investment in dataset.investments { totals[investment.sector, default: .zero] += investment.amount }
        let labels = [
            ChartCatalog.sectorBars(dataset: dataset, theme: .standard, language: language).items.last?.label,
            StateSectorChart(dataset: dataset, language: language).legend.last?.label,
            colors.bars(for: totals, language: language).last?.label,
        ]
        for label in labels {
            let label = try #require(label)
            #expect(label.wholeMatch(of: form) != nil, "\(language): '\(label)' is not the grouped sectors' one name")
        }
    }
}
