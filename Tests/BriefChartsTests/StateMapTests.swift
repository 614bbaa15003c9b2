@testable import BriefCharts
import BriefData
import BriefRender
import Testing
import TradeBrief

@Suite("State tile map")
struct StateMapTests {
    let typesetter = Typesetter()
    let dataset: Dataset
    let chart: StateMapChart

    init() throws {
        dataset = try Dataset.embeddedDataset()
        chart = StateMapChart(dataset: dataset)
    }

    @Test("Every state's amount falls in exactly one bin; bins are contiguous and fit the colour scale")
    func binsCoverAmounts() {
        let bins = chart.bins
        #expect(!bins.isEmpty)
        #expect(bins.count <= ChartTheme.standard.sequential.count)
        for (code, amount) in chart.amounts where amount > .zero {
            #expect(bins.filter { $0.contains(amount) }.count == 1, "\(code) \(MoneyFormat.short(amount))")
        }
        for (lower, upper) in zip(bins, bins.dropFirst()) { #expect(lower.upper == upper.lower) }
        #expect(Set(bins.map(\.color)).count == bins.count, "two bins share a colour")
        #expect(bins.map(\.label) == ["Under $4B", "$4B–$6B", "$6B or more"])
    }

    @Test("Bins cover any set of amounts, including amounts on a break", arguments: [
        [Money(wholeDollars: 5)],
        [Money(wholeDollars: 2_000_000_000), Money(wholeDollars: 4_000_000_000), Money(wholeDollars: 8_000_000_000)],
        [Money(cents: 1), Money(wholeDollars: 9_999_999_999_999)],
        (1...40).map { Money(wholeDollars: Int64($0 * $0) * 12_345_678) },
    ])
    func binsCoverAnything(amounts: [Money]) {
        for colors in [ChartTheme.standard.sequential, Array(ChartTheme.standard.sequential.prefix(2)), [Color.black]] {
            let bins = AmountBin.bins(for: amounts, colors: colors)
            #expect(bins.count <= colors.count)
            for amount in amounts {
                #expect(bins.filter { $0.contains(amount) }.count == 1, "\(amount.cents) with \(colors.count) colours")
            }
        }
        #expect(AmountBin.bins(for: [], colors: ChartTheme.standard.sequential).isEmpty)
        #expect(AmountBin.bins(for: [.zero], colors: ChartTheme.standard.sequential).isEmpty)
    }

    @Test("States without investment get the neutral fill; the others their bin's colour")
    func neutralFill() {
        let theme = ChartTheme.standard
        for state in USState.all {
            let amount = chart.amounts[state.code] ?? .zero
            if amount > .zero {
                #expect(chart.fill(forState: state.code) != theme.neutral, "\(state.code)")
                #expect(chart.bins.contains { $0.contains(amount) && $0.color == chart.fill(forState: state.code) })
            } else {
                #expect(chart.fill(forState: state.code) == theme.neutral, "\(state.code)")
            }
        }
        #expect(chart.fill(forState: "GA") != chart.fill(forState: "IN"), "the largest and smallest share a shade")
    }

    @Test("Text on every tile has a contrast of at least 4.5:1", arguments: [ChartTheme.standard,
        ChartTheme(sequential: ["#fff5eb", "#fdae6b", "#f16913", "#a63603", "#7f2704"].compactMap { Color(hex: $0) })])
    func contrast(theme: ChartTheme) {
        let map = StateMapChart(dataset: dataset, theme: theme)
        for state in USState.all {
            let ratio = map.textColor(forState: state.code).contrast(with: map.fill(forState: state.code))
            #expect(ratio >= 4.5, "\(state.code): \(ratio)")
        }
        #expect(map.textColor(forState: "GA") == .white, "dark tiles take white text")
    }

    @Test("Tiles are equal squares at any width and any frame height", arguments: [
        (480.0, nil), (296.0, nil), (900.0, nil), (480.0, 200.0), (296.0, 900.0), (136.0, nil),
    ] as [(Double, Double?)])
    func squareTiles(width: Double, height: Double?) {
        let layout = chart.layout(width: width, height: height, typesetter: typesetter)
        #expect(layout.tiles.count == 51)
        let sides = Set(layout.tiles.values.map { ($0.width * 1000).rounded() })
        #expect(sides.count == 1, "tiles differ in size")
        let bounds = Rect(x: 0, y: 0, width: layout.plan.size.width, height: layout.plan.size.height)
        for (code, tile) in layout.tiles {
            #expect(abs(tile.width - tile.height) < 1e-9, "\(code) is not square")
            #expect(bounds.contains(tile), "\(code) leaves the chart")
        }
        let tiles = Array(layout.tiles.values)
        for i in tiles.indices { for j in tiles.indices where j > i { #expect(!tiles[i].intersects(tiles[j])) } }
        PlanChecks.expectClean(layout.plan, "map at \(width)×\(height.map { "\($0)" } ?? "natural")")
    }

    @Test("No text on the map is set below 7 pt, at any width; a locator map at one-pager widths labels every tile",
          arguments: [120.0, 150.0, 170.0, 185.0, 200.0, 240.0, 296.0, 480.0, 900.0])
    func sevenPointFloor(width: Double) {
        var compact = ChartTheme.standard
        compact.labelSize = 8
        compact.smallSize = 7
        for theme in [ChartTheme.standard, compact] {
            var map = StateMapChart(dataset: dataset, theme: theme)
            map.highlighted = "GA"
            for height in [nil, map.minimumHeight(width: width, typesetter: typesetter)] as [Double?] {
                let layout = map.layout(width: width, height: height, typesetter: typesetter)
                for text in layout.plan.texts {
                    // A DejaVu Sans line is 1.164 em tall: a 7 pt line at least 8.14 pt.
                    let lines = Double(max(1, text.text.split(separator: "\n").count))
                    #expect(text.box.height / lines >= 7 * 1.16, "\(width): '\(text.text)' is \(text.box.height / lines / 1.164) pt")
                }
                PlanChecks.expectClean(layout.plan, "locator at \(width)")
                let side = layout.tiles.values.first?.width ?? 0
                let labelled = Set(layout.plan.texts.map(\.text)).intersection(USState.all.map(\.code))
                if side >= 15 {
                    #expect(labelled.count == USState.all.count, "\(width): tiles of \(side) pt lose codes")
                }
            }
        }
    }

    @Test("At narrow widths an empty tile is labelled only when every state with investment is; every code that fits a state with investment is set",
          arguments: [160.0, 180.0, 200.0])
    func investedLabelledFirst(width: Double) throws {
        let dataset = try StressFixtures.dataset("stress-100")
        let invested = Set(dataset.aggregate(by: .state).rows.filter { $0.amount > .zero }.map(\.key))
        // `tradebrief chart --width W` sets the chart inside its padding; a figure takes the whole width.
        let plotWidths = [width - 2 * ChartExport(width: width).padding, width]
        for style in ["default", "grayscale"] {
            for language in [BriefLanguage.english, .korean] {
                // The theme and typesetter `tradebrief chart` sets the map with (a Korean face for Korean).
                let theme = try StressFixtures.theme(style).typeset(for: language)
                let typesetter = Typesetter(theme: theme, language: language)
                let map = StateMapChart(dataset: dataset, theme: theme, language: language)
                for plotWidth in plotWidths {
                    let layout = map.layout(width: plotWidth, height: nil, typesetter: typesetter)
                    let labelled = Self.labelledTiles(layout)
                    let what = "\(plotWidth) pt, \(style), \(language)"
                    let bare = invested.subtracting(labelled).sorted()
                    let emptyLabelled = labelled.subtracting(invested).sorted()
                    #expect(bare.isEmpty || emptyLabelled.isEmpty, "\(what): empty tiles \(emptyLabelled) labelled while \(bare) are not")
                    // A state with investment whose code fits its tile at 7 pt is always labelled.
                    let side = layout.tiles.values.first?.width ?? 0
                    for code in bare {
                        let code7 = typesetter.layout(code, font: theme.labelFont.withSize(StateMapChart.smallestText)).size
                        #expect(code7.width > side || code7.height > side, "\(what): \(code) fits its tile (\(code7) in \(side) pt) but is unlabelled")
                    }
                    #expect(!labelled.isEmpty, "\(what): no tile labelled")
                }
            }
        }
    }

    @Test("unlabelledStates names exactly the tiles the drawn map leaves without their code",
          arguments: [136.0, 160.0, 170.0, 200.0, 504.0])
    func unlabelledStatesMatchTheDrawing(width: Double) throws {
        for fixture in ["stress-100", "stress-43"] {
            let dataset = try StressFixtures.dataset(fixture)
            for language in [BriefLanguage.english, .korean] {
                let theme = try StressFixtures.theme("default").typeset(for: language)
                let typesetter = Typesetter(theme: theme, language: language)
                let map = StateMapChart(dataset: dataset, theme: theme, language: language)
                for height in [nil, 260.0] as [Double?] {
                    let drawn = Self.labelledTiles(map.layout(width: width, height: height, typesetter: typesetter))
                    let expected = USState.all.map(\.code).filter { !drawn.contains($0) }
                    if width == 136, height == nil { #expect(!expected.isEmpty, "at 136 points some code is left out: the case is tested") }
                    #expect(map.unlabelledStates(width: width, height: height, typesetter: typesetter) == expected,
                            "\(fixture), \(language), \(width)×\(height.map { String($0) } ?? "natural")")
                }
            }
        }
        // The premise: at the narrowest width some codes are missing, at the default width none.
        let map = StateMapChart(dataset: try StressFixtures.dataset("stress-100"))
        let typesetter = Typesetter(theme: .standard)
        if width == 160 { #expect(!map.unlabelledStates(width: 136, height: nil, typesetter: typesetter).isEmpty) }
        if width == 504 { #expect(map.unlabelledStates(width: 480, height: nil, typesetter: typesetter).isEmpty) }
    }

    @Test("The subtitle counts the states with investment, and says 'all' when every one of the 50 and DC has some")
    func subtitleCountsStates() throws {
        func map(_ codes: [String], _ language: BriefLanguage) throws -> StateMapChart {
            let rows = codes.enumerated().map { "Co \($0.offset),Plant,Batteries,\($0.element),$1.0B,2024,News,https://example.com/\($0.offset)" }
            let csv = (["company,project,sector,states,amount_usd,year,source,url"] + rows).joined(separator: "\n") + "\n"
            return StateMapChart(dataset: try Brief(.investmentsCSV(csv, name: "s.csv")).dataset, language: language)
        }
        let every = USState.all.map(\.code)
        #expect(try map(every, .english).subtitle == "Announced investment by state, U.S. dollars (all 50 states and DC)")
        #expect(try map(every, .korean).subtitle?.hasSuffix("50개 주와 워싱턴 D.C. 전체") == true)
        #expect(try map(Array(every.prefix(50)), .english).subtitle?.hasSuffix("(50 of 50 states and DC)") == true)
        #expect(try map(Array(every.prefix(50)), .korean).subtitle?.hasSuffix("50개 주와 워싱턴 D.C. 중 50곳") == true)
        // With every tile invested, neither the legend nor the description speaks of states without investment.
        let typesetter = Typesetter(theme: .standard)
        for (codes, hasNone) in [(every, false), (Array(every.prefix(50)), true)] {
            let chart = try map(codes, .english)
            let texts = chart.layout(width: 480, height: nil, typesetter: typesetter).plan.texts.map(\.text)
            #expect(texts.contains("No tracked investment") == hasNone, "\(codes.count) states")
            #expect(chart.textDescription.contains("have no tracked investment") == hasNone, "\(chart.textDescription)")
            #expect(!chart.textDescription.contains("The other 0"))
        }
    }

    /// The USPS codes set inside their own tiles.
    static func labelledTiles(_ layout: (plan: ChartPlan, tiles: [String: Rect])) -> Set<String> {
        Set(layout.plan.texts.compactMap { text -> String? in
            guard let tile = layout.tiles[text.text] else { return nil }
            return tile.contains(Rect(x: text.box.midX, y: text.box.midY, width: 0, height: 0)) ? text.text : nil
        })
    }

    @Test("The preferred height follows from the width")
    func heightFollowsWidth() {
        let heights = [296.0, 480.0, 700.0].map { chart.preferredHeight(width: $0, typesetter: typesetter) }
        #expect(heights[0] < heights[1] && heights[1] < heights[2])
        // The tiles take the whole width at the natural height.
        let layout = chart.layout(width: 480, height: nil, typesetter: typesetter)
        let left = layout.tiles.values.map(\.minX).min() ?? 0
        let right = layout.tiles.values.map(\.maxX).max() ?? 0
        #expect(left < 2 && right > 478)
    }

    @Test("The legend names the bins and the states without investment; the words list the states")
    func legendAndWords() {
        let texts = chart.plan(width: 480, height: nil, typesetter: typesetter).texts.map(\.text)
        for bin in chart.bins { #expect(texts.contains(bin.label)) }
        #expect(texts.contains("No tracked investment"))
        for state in USState.all { #expect(texts.contains(state.code)) }
        #expect(chart.textDescription.contains("Georgia: $7.9B"))
        #expect(chart.textDescription.contains("The other 47 have no tracked investment"))
        #expect(chart.source.contains("SK hynix Newsroom (2024)"))
        #expect(chart.source.contains("SK Innovation & Ford split (Kentucky $5.8B, Tennessee $5.6B) from Ford (2021)."))
    }
    @Test("A tucked legend sits in the grid's empty top rows, clear of every tile, and makes a narrow map shorter, never taller",
          arguments: [150.0, 193, 240, 320])
    func tuckedLegend(width: Double) throws {
        var amounts: [String: Money] = [:]
        for (index, state) in USState.all.prefix(30).enumerated() { amounts[state.code] = Money(wholeDollars: Int64(index + 1) * 700_000_000) }
        var map = StateMapChart(title: "Among the states", source: "Source: test", amounts: amounts, highlighted: "KY")
        let above = map.layout(width: width, height: nil, typesetter: typesetter)
        map.tucksLegend = true
        let tucked = map.layout(width: width, height: nil, typesetter: typesetter)
        // Never taller; at a one-pager's narrow map (the legend above in three or four rows), much shorter.
        let saved = above.plan.size.height - tucked.plan.size.height
        #expect(saved >= 0)
        if (180...260).contains(width) { #expect(saved >= 15, "\(width) pt: tucking saves only \(saved) pt") }
        let labels = Set(map.bins.map { $0.label(in: .english) } + [map.noDataLabel])
        let legend = tucked.plan.texts.filter { labels.contains($0.text) }
        #expect(legend.count == labels.count, "every legend entry is drawn")
        let tiles = Array(tucked.tiles.values)
        let secondRow = USState.all.filter { $0.tileRow == 2 }.compactMap { tucked.tiles[$0.code] }
        let secondRowTop = try #require(secondRow.map(\.minY).min())
        for entry in legend {
            #expect(entry.box.maxY <= secondRowTop + 0.01, "'\(entry.text)' runs into the grid's third row")
            #expect(!tiles.contains { $0.intersects(entry.box) }, "'\(entry.text)' overlaps a tile")
        }
    }
}
