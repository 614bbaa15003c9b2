import BriefData
import BriefRender

/// A U.S. tile-grid map: every state and DC an equal rounded square at its
/// place in the newsroom grid (`USState.tileColumn`, `USState.tileRow`),
/// its USPS code centred in the tile, shaded by total investment in classes
/// of round amounts on the theme's sequential scale; states without
/// investment in the theme's neutral fill. Tiles stay square at any size.
/// Codes are never set below 7 pt: at narrow widths, where some tiles are
/// too small for their code, only the states with investment are labelled.
/// One state may be ``highlighted`` with a strong outline, for locator maps.
public struct StateMapChart: PlannedChart {
    /// The chart's name in the catalog.
    public let name: String
    /// The title drawn above the chart.
    public var title: String
    /// A line under the title saying what is shaded.
    public var subtitle: String?
    /// The source line, with its caveats.
    public var source: String
    /// Each state's total by USPS code; states not listed have no tracked investment.
    public let amounts: [String: Money]
    /// The legend label for states without investment.
    public var noDataLabel: String
    /// Fonts and colours.
    public var theme: ChartTheme
    /// The USPS code of a state drawn with a strong outline (a dark ring
    /// inside its tile, set off from the fill by a thin light line), for
    /// locator maps; nil (the default) outlines none.
    public var highlighted: String?
    /// How many investments touch each state (USPS code), for the tiles'
    /// tooltips (`Georgia: $7.9B, 2 projects`); empty leaves the counts out.
    public var projects: [String: Int] = [:]
    /// Whether the legend always goes in the grid's empty top rows, the map
    /// moving down only by what the legend needs beyond them, rather than
    /// above the map when it is taller than those rows: for a small locator
    /// map on a page short of room. False (the default) sets a legend too
    /// tall for the empty rows above the map.
    public var tucksLegend = false
    /// The words of the legend, tiles and description.
    public var wording: ChartWording
    /// The language of the chart's words.
    public var language: BriefLanguage { wording.language }

    /// Creates a map of `amounts` (USPS code → total), with the state
    /// `highlighted` (a USPS code) outlined, if given.
    public init(
        name: String = ChartName.stateMap.rawValue, title: String, subtitle: String? = nil, source: String,
        amounts: [String: Money], noDataLabel: String? = nil, theme: ChartTheme = .standard,
        highlighted: String? = nil, language: BriefLanguage = .english
    ) {
        wording = ChartWording(language, theme: theme)
        self.name = name
        self.title = title
        self.subtitle = subtitle
        self.source = source
        self.amounts = amounts
        self.noDataLabel = noDataLabel ?? wording.noTrackedInvestment
        self.theme = theme
        self.highlighted = highlighted
    }

    /// The map of `dataset`'s investments by state, with the location caveats
    /// in its source line.
    public init(dataset: Dataset, theme: ChartTheme = .standard, language: BriefLanguage = .english) {
        let words = ChartWording(language, theme: theme, dataset: dataset)
        let rows = dataset.aggregate(by: .state).rows
        var amounts: [String: Money] = [:]
        for row in rows { amounts[row.key] = row.amount }
        let count = rows.filter { $0.amount > .zero }.count
        self.init(
            title: words.mapTitle, subtitle: words.mapSubtitle(invested: count),
            source: SourceLine.forInvestments(dataset.investments, in: dataset, language: language, currencySymbol: theme.currencySymbol, abbreviatesAmounts: theme.abbreviatesAmounts),
            amounts: amounts, theme: theme, language: language)
        for row in rows { projects[row.key] = row.projects }
    }

    /// The shading classes, light to dark, covering every state's amount.
    public var bins: [AmountBin] { AmountBin.bins(for: Array(amounts.values), colors: theme.sequential, neutral: theme.neutral) }

    /// The fill of the tile of the state with USPS code `code`: its class's
    /// colour, or the theme's neutral fill when it has no tracked investment.
    public func fill(forState code: String) -> Color {
        fill(for: amounts[code], bins: bins)
    }

    /// The colour of the text on the tile of `code`: whichever of the theme's
    /// text colour and white contrasts more with the fill (WCAG), or black
    /// when neither reaches 4.5:1; on neutral tiles the quieter muted colour
    /// when it still reaches 4.5:1.
    public func textColor(forState code: String) -> Color {
        textColor(on: fill(forState: code), invested: (amounts[code] ?? .zero) > .zero)
    }

    /// The map in words: the states with investment, largest first, the
    /// shading classes, the outlined state (if any), then the source line.
    public var textDescription: String {
        let invested = amounts.filter { $0.value > .zero }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        let texts = amountTexts
        let parts = invested.map { "\(wording.state($0.key)): \(texts[$0.key] ?? wording.amount($0.value))" }
        let others = USState.all.count - invested.count
        let classes = AmountBin.labels(bins, in: language, currencySymbol: theme.currencySymbol, abbreviatesAmounts: theme.abbreviatesAmounts)
            .joined(separator: ", ")
        return wording.mapDescription
            + (parts.isEmpty ? "" : parts.joined(separator: ChartWording.separator) + ". ")
            + (others > 0 ? wording.mapOthers(others) : "")
            + (classes.isEmpty ? "" : wording.mapClasses(classes))
            + (highlighted.map { wording.mapOutlined(wording.state($0)) } ?? "")
            + source
    }

    /// The amounts of the states with investment by USPS code, one set with one rule for decimals
    /// (`$8.0B` beside `$8.6B`), `compact` without Korean's 달러 (for the tiles).
    func amountTexts(compact: Bool = false) -> [String: String] {
        let invested = amounts.filter { $0.value > .zero }.sorted { $0.key < $1.key }
        let values = invested.map(\.value)
        return Dictionary(uniqueKeysWithValues: zip(invested.map(\.key), compact ? wording.compactAmounts(values) : wording.amounts(values)))
    }

    /// ``amountTexts(compact:)`` with 달러.
    var amountTexts: [String: String] { amountTexts() }

    /// The height the chart needs at `width`: the map's height follows from
    /// the width, as tiles are square.
    public func preferredHeight(width: Double, typesetter: Typesetter) -> Double {
        frame(width: width, height: nil, typesetter: typesetter).naturalHeight
    }

    /// The least height at `width`: tiles shrink down to 20 points, where
    /// the state codes are still 7 points tall.
    public func minimumHeight(width: Double, typesetter: Typesetter) -> Double {
        let natural = preferredHeight(width: width, typesetter: typesetter)
        // Every tile has the same side, so only the frame is worked out at each
        // trial height, not the tiles' labels (which would load a font at every trial size).
        func readable(_ height: Double) -> Bool {
            Self.tileSide(frame(width: width, height: height, typesetter: typesetter).geometry.tile) >= Self.smallestTile
        }
        guard readable(natural) else { return natural }
        var (low, high) = (0.0, natural)
        for _ in 0..<12 {
            let middle = (low + high) / 2
            if readable(middle) { high = middle } else { low = middle }
        }
        return high.rounded(.up)
    }

    /// The smallest tile side ``minimumHeight(width:typesetter:)`` allows.
    static let smallestTile = 20.0

    /// Draws the chart inside `frame`; the tiles shrink to fit a short frame.
    public func draw(in context: GraphicsContext, frame: Rect) throws {
        plan(width: frame.width, height: frame.height, typesetter: context.typesetter).draw(in: context, origin: frame.origin)
    }

    // MARK: Layout

    private static let columns = (USState.all.map(\.tileColumn).max() ?? 0) + 1
    private static let rows = (USState.all.map(\.tileRow).max() ?? 0) + 1
    /// The largest tile, in points: beyond it the map stops growing and is
    /// centred, as its labels do not grow (an 11-column map is at most 572 points wide).
    static let maximumTile = 52.0
    /// Space between the legend and the map when the legend sits above it.
    private static let legendGap = 8.0

    /// The widest run of columns empty in the grid's top two rows, where the
    /// legend can sit inside the map (columns 1–8 in the standard grid).
    private static let legendColumns: Range<Int> = {
        let taken = Set(USState.all.filter { $0.tileRow < 2 }.map(\.tileColumn))
        var best = 0..<0
        var start: Int?
        for column in 0...columns {
            if column < columns, !taken.contains(column) {
                if start == nil { start = column }
            } else if let first = start {
                if column - first > best.count { best = first..<column }
                start = nil
            }
        }
        return best
    }()

    private func fill(for amount: Money?, bins: [AmountBin]) -> Color {
        guard let amount, amount > .zero else { return theme.neutral }
        return bins.first { $0.contains(amount) }?.color ?? theme.neutral
    }

    private func textColor(on fill: Color, invested: Bool) -> Color {
        if !invested, fill.contrast(with: theme.muted) >= 4.5 { return theme.muted }
        let best = fill.bestTextColor(among: [theme.text, .white])
        // A mid-tone fill where neither reaches 4.5:1: black or white always does.
        return fill.contrast(with: best) >= 4.5 ? best : fill.bestTextColor(among: [.black, .white])
    }

    /// Where the legend goes and how big the tiles are.
    private struct Geometry {
        let tile: Double
        let legend: SwatchLegend
        let legendInside: Bool
        /// Height of the legend above the map: all of it and a gap, or, when
        /// it sits in the grid's empty top rows, what it needs beyond them.
        var legendAbove: Double {
            legendInside ? max(0, legend.size.height - StateMapChart.legendRows * tile) : legend.size.height + StateMapChart.legendGap
        }
        var mapHeight: Double { tile * Double(StateMapChart.rows) }
    }

    /// How many tiles tall a legend inside the grid's empty top rows may be.
    private static let legendRows = 1.8

    private func geometry(width: Double, plotHeight: Double?, entries: [SwatchLegend.Entry], typesetter: Typesetter) -> Geometry {
        let columns = Double(Self.columns)
        let rows = Double(Self.rows)
        func tile(available: Double?) -> Double {
            max(1, min(width / columns, Self.maximumTile, available.map { $0 / rows } ?? .infinity))
        }
        // First choice: the legend in the empty band at the top of the grid.
        let region = Self.legendColumns
        func inside(tile size: Double) -> SwatchLegend {
            SwatchLegend(entries: entries, width: Double(region.count) * size - 0.5 * size, font: theme.smallFont, typesetter: typesetter)
        }
        if region.count >= 3 {
            let size = tile(available: plotHeight)
            let legend = inside(tile: size)
            if legend.size.height <= Self.legendRows * size {
                return Geometry(tile: size, legend: legend, legendInside: true)
            }
            if tucksLegend {
                // Taller than the band: the map moves down by the rest (and in a given height its tiles
                // shrink by as much, the legend narrowing with them, so the rest is worked out again).
                var geometry = Geometry(tile: size, legend: legend, legendInside: true)
                for _ in 0..<3 where plotHeight != nil {
                    let smaller = tile(available: plotHeight.map { $0 - geometry.legendAbove })
                    guard smaller < geometry.tile - 0.01 else { break }
                    geometry = Geometry(tile: smaller, legend: inside(tile: smaller), legendInside: true)
                }
                return geometry
            }
        }
        let above = SwatchLegend(entries: entries, width: width, font: theme.smallFont, typesetter: typesetter)
        let size = tile(available: plotHeight.map { $0 - above.size.height - Self.legendGap })
        return Geometry(tile: size, legend: above, legendInside: false)
    }

    /// What the chart's size depends on: its title and source, the shading
    /// classes, the legend's place and the tiles' size. Working it out lays out
    /// only the chrome and the legend, so heights can be measured cheaply.
    private struct Frame {
        let chrome: ChartChrome
        let geometry: Geometry
        let bins: [AmountBin]
        /// The height the chart takes when no height is given.
        let naturalHeight: Double
    }

    /// The frame at `width`, in `height` if given.
    private func frame(width: Double, height: Double?, typesetter: Typesetter) -> Frame {
        let chrome = ChartChrome(title: title, subtitle: subtitle, source: source, width: width, theme: theme, typesetter: typesetter)
        let bins = self.bins
        let labels = AmountBin.labels(bins, in: language, currencySymbol: theme.currencySymbol, abbreviatesAmounts: theme.abbreviatesAmounts)
        // The neutral swatch only when some tile shows it: with every state invested it would explain nothing.
        let everyStateInvested = USState.all.allSatisfy { (amounts[$0.code] ?? .zero) > .zero }
        let entries = zip(bins, labels).map { SwatchLegend.Entry(label: $1, color: $0.color) }
            + (everyStateInvested ? [] : [SwatchLegend.Entry(label: noDataLabel, color: theme.neutral, startsGroup: true)])
        let plotHeight = height.map { max(0, $0 - chrome.headerHeight - chrome.footerHeight) }
        let geometry = geometry(width: width, plotHeight: plotHeight, entries: entries, typesetter: typesetter)
        let natural = (chrome.headerHeight + geometry.legendAbove + geometry.mapHeight + chrome.footerHeight).rounded(.up)
        return Frame(chrome: chrome, geometry: geometry, bins: bins, naturalHeight: natural)
    }

    /// The space between neighbouring tiles of a grid of `tile` points.
    private static func tileGap(_ tile: Double) -> Double { max(1.5, tile * 0.08) }

    /// The side of each tile's square in a grid of `tile` points.
    static func tileSide(_ tile: Double) -> Double { max(0.5, tile - tileGap(tile)) }

    func plan(width: Double, height: Double?, typesetter: Typesetter) -> ChartPlan {
        layout(width: width, height: height, typesetter: typesetter).plan
    }

    /// The plan, and each tile's square by USPS code (for tests).
    func layout(width: Double, height: Double?, typesetter: Typesetter) -> (plan: ChartPlan, tiles: [String: Rect]) {
        let frame = frame(width: width, height: height, typesetter: typesetter)
        let (chrome, geometry, bins) = (frame.chrome, frame.geometry, frame.bins)

        var plan = ChartPlan(size: Size(width: width, height: height ?? frame.naturalHeight))
        let plot = chrome.place(in: &plan, width: width, height: plan.size.height)
        let tile = geometry.tile
        let mapLeft = plot.minX + max(0, (width - tile * Double(Self.columns)) / 2)
        let mapTop = plot.minY + geometry.legendAbove
        if geometry.legendInside {
            let origin = Point(x: mapLeft + (Double(Self.legendColumns.lowerBound) + 0.25) * tile,
                               y: mapTop - geometry.legendAbove + 0.1 * tile)
            geometry.legend.place(in: &plan, at: origin, textColor: theme.text)
        } else {
            geometry.legend.place(in: &plan, at: plot.origin, textColor: theme.text)
        }

        // Tiles: squares with a small gap, codes centred, amounts below where they fit.
        let gap = Self.tileGap(tile)
        let side = Self.tileSide(tile)
        let (codes, values, valueSize) = tileLabels(side: side, typesetter: typesetter)
        let showValues = valueSize >= Self.smallestText && values.allSatisfy { code, value in
            value.size.width <= side - 4 && value.size.height + (codes[code]?.size.height ?? 0) <= side - 4
        }
        var tiles: [String: Rect] = [:]
        let tooltipTexts = amountTexts
        for state in USState.all {
            let rect = Rect(x: mapLeft + Double(state.tileColumn) * tile + gap / 2, y: mapTop + Double(state.tileRow) * tile + gap / 2,
                            width: side, height: side)
            let amount = amounts[state.code]
            let color = fill(for: amount, bins: bins)
            var inner = side
            tiles[state.code] = rect
            plan.group(tooltip(state, amount, text: tooltipTexts[state.code])) { plan in
                if state.code == highlighted {
                    // A strong outline inside the tile: a dark ring, a thin line of
                    // background, then the fill; the tile keeps its size and place.
                    let (ring, line) = highlightRing(side: side)
                    inner = highlightedInner(side: side)
                    plan.fill(rect, radius: side * 0.14, theme.text)
                    plan.fill(rect.insetBy(dx: ring, dy: ring), radius: max(0, side * 0.14 - ring), theme.background)
                    plan.fill(rect.insetBy(dx: ring + line, dy: ring + line), radius: max(0, side * 0.14 - ring - line), color)
                } else {
                    plan.fill(rect, radius: side * 0.14, color)
                }
                guard let code = codes[state.code] else { return }
                let ink = textColor(on: color, invested: (amount ?? .zero) > .zero)
                if showValues, let value = values[state.code],
                   value.size.width <= inner - 2, value.size.height + code.size.height <= inner - 2 {
                    let top = rect.midY - (code.size.height + value.size.height) / 2
                    plan.text(code, at: Point(x: rect.midX - code.size.width / 2, y: top), ink, class: "")
                    value.place(in: &plan, midX: rect.midX, top: top + code.size.height, color: ink)
                } else {
                    plan.text(code, at: Point(x: rect.midX - code.size.width / 2, y: rect.midY - code.size.height / 2), ink, class: "")
                }
            }
        }
        return (plan, tiles)
    }

    /// The codes and amounts for tiles of `side`: codes at a third of the
    /// tile, never below the 7 pt floor; amounts at most 22% of it (shown only
    /// where they fit at 7 pt or more). When not every tile can carry its
    /// code, the states with investment come first: an empty tile is labelled
    /// only when every state with investment is. (Each tile's room is its
    /// own, so a code that fits is never held back for a larger state's that
    /// does not.)
    private func tileLabels(side: Double, typesetter: Typesetter)
        -> (codes: [String: TextLayout], values: [String: TileAmount], valueSize: Double) {
        let codeSize = max(Self.smallestText, min(theme.labelSize, side * 0.32))
        let valueSize = min(theme.smallSize, side * 0.22)
        let valueFont = theme.smallFont.withSize(valueSize)
        let invested = USState.all.filter { (amounts[$0.code] ?? .zero) > .zero }
        let tileTexts = amountTexts(compact: true)
        let values = Dictionary(uniqueKeysWithValues: invested.map {
            ($0.code, TileAmount(tileTexts[$0.code] ?? "", font: valueFont, width: side - 4, typesetter: typesetter))
        })
        let fitting = codeLayouts(invested: Set(values.keys), size: codeSize, side: side, typesetter: typesetter)
        let codes = invested.allSatisfy { fitting[$0.code] != nil } ? fitting : fitting.filter { values[$0.key] != nil }
        return (codes, values, valueSize)
    }

    /// The USPS codes of the states whose tile is left without its code when
    /// the map is drawn `width` points wide (and `height` tall, if given):
    /// tiles too small for the code at 7 points, and tiles without investment
    /// when a state with investment could not be labelled. Sorted; empty
    /// when every tile carries its code.
    public func unlabelledStates(width: Double, height: Double?, typesetter: Typesetter) -> [String] {
        let side = Self.tileSide(frame(width: width, height: height, typesetter: typesetter).geometry.tile)
        let codes = tileLabels(side: side, typesetter: typesetter).codes
        return USState.all.map(\.code).filter { codes[$0] == nil }
    }

    /// Each tile's code that fits its square of `side`, by USPS code, the
    /// codes of `invested` states bold (the value font), the others regular.
    /// A code too wide for its tile shrinks, but not below 7 pt, then drops
    /// bold and may take the tile's whole width and height (its glyphs' side
    /// bearings and line spacing keep the ink inside; a Korean face's line is
    /// taller); a tile too small even for that stays unlabelled. Each group
    /// (invested, not invested) shrinks and drops bold as one, for its widest
    /// code: every invested code has one size and weight (a map never sets
    /// `WA` regular beside a bold `GA`).
    private func codeLayouts(invested: Set<String>, size: Double, side: Double, typesetter: Typesetter) -> [String: TextLayout] {
        func group(_ states: [USState], font: Font) -> [String: TextLayout] {
            func layouts(_ font: Font) -> [String: TextLayout] {
                Dictionary(uniqueKeysWithValues: states.map { ($0.code, typesetter.layout($0.code, font: font)) })
            }
            func widest(_ layouts: [String: TextLayout]) -> Double { layouts.values.map(\.size.width).max() ?? 0 }
            var fitted = layouts(font.withSize(size))
            if widest(fitted) > side - 2, size > Self.smallestText {
                fitted = layouts(font.withSize(max(Self.smallestText, size * (side - 2) / widest(fitted))))
            }
            if widest(fitted) > side - 2 {
                fitted = layouts(theme.labelFont.withSize(Self.smallestText))
            }
            return fitted.filter { $0.value.size.width <= side && $0.value.size.height <= side }
        }
        let (withValues, without) = (USState.all.filter { invested.contains($0.code) }, USState.all.filter { !invested.contains($0.code) })
        return group(withValues, font: theme.valueFont).merging(group(without, font: theme.labelFont)) { first, _ in first }
    }

    /// The smallest type on the map, in points: state codes and amounts
    /// that cannot be set this large are left out, never set smaller.
    static let smallestText = 7.0

    /// The outlined state's ring and the thin line inside it, for a tile of `side`.
    private func highlightRing(side: Double) -> (ring: Double, line: Double) {
        (max(1.2, side * 0.08), max(0.8, side * 0.04))
    }

    /// The side of the fill inside the outlined state's ring.
    private func highlightedInner(side: Double) -> Double {
        let (ring, line) = highlightRing(side: side)
        return max(0, side - 2 * (ring + line))
    }

    /// A tile's tooltip: `Georgia: $7.9B, 2 projects`, or `Alaska: no tracked investment`.
    private func tooltip(_ state: USState, _ amount: Money?, text: String?) -> BriefRender.Mark {
        guard let amount, amount > .zero, let text else {
            let none = language == .english ? noDataLabel.prefix(1).lowercased() + noDataLabel.dropFirst() : noDataLabel
            return BriefRender.Mark(class: "tb-tile", title: "\(state.name(in: language)): \(none)")
        }
        return BriefRender.Mark(class: "tb-tile", title: MarkTitle.amount(state.name(in: language), text, projects: projects[state.code], language: language))
    }
}
