import BriefData
import BriefRender

/// Investment by state as horizontal bars stacked by sector: states sorted
/// by total, the total as a direct label at each bar's end, segment amounts
/// inside segments where they fit, and a compact legend of sector colours
/// (direct labels cannot name stacked segments).
public struct StateSectorChart: PlannedChart {
    /// The chart's name in the catalog.
    public let name: String
    /// The title drawn above the chart.
    public var title: String
    /// A line under the title saying what is measured.
    public var subtitle: String?
    /// The source line, with its caveats.
    public var source: String
    /// The bars, largest total first (ties by label).
    public let bars: [StackedBar]
    /// The legend: every category's colour, in stacking order.
    public let legend: [StackedSegment]
    /// Fonts and colours.
    public var theme: ChartTheme
    /// The words of labels, the legend and the description.
    public var wording: ChartWording
    /// The language of the chart's words.
    public var language: BriefLanguage { wording.language }

    /// Creates a stacked bar chart; `bars` are sorted largest total first.
    /// Segments are drawn in the order of `legend` (categories missing from
    /// it come last, in their given order).
    public init(
        name: String = ChartName.stateSector.rawValue, title: String, subtitle: String? = nil, source: String,
        bars: [StackedBar], legend: [StackedSegment], theme: ChartTheme = .standard, language: BriefLanguage = .english
    ) {
        wording = ChartWording(language, theme: theme)
        self.name = name
        self.title = title
        self.subtitle = subtitle
        self.source = source
        let rank = Dictionary(legend.enumerated().map { ($0.element.key, $0.offset) }, uniquingKeysWith: { first, _ in first })
        self.bars = bars
            .map { bar in
                var bar = bar
                bar.segments = bar.segments.enumerated()
                    .sorted { (rank[$0.element.key] ?? Int.max, $0.offset) < (rank[$1.element.key] ?? Int.max, $1.offset) }
                    .map(\.element)
                return bar
            }
            .sorted { $0.total != $1.total ? $0.total > $1.total : $0.label < $1.label }
        self.legend = legend
        self.theme = theme
    }

    /// The chart of `dataset`'s investments by state and sector, with sector
    /// colours from ``SectorColors`` (the smaller sectors stacked as one grey
    /// "Other" segment), at most ``ChartCatalog/maximumBars`` states (the
    /// rest summed in the subtitle) and the location caveats in its source line.
    public init(dataset: Dataset, theme: ChartTheme = .standard, language: BriefLanguage = .english) {
        let words = ChartWording(language, theme: theme, dataset: dataset)
        let colors = SectorColors(dataset: dataset, theme: theme)
        let sectors = dataset.aggregate(by: .sector).rows
        var amounts: [String: [String: Money]] = [:]
        for investment in dataset.investments {
            let key = colors.key(for: investment.sector)
            for (state, amount) in investment.allocations {
                amounts[state, default: [:]][key, default: .zero] += amount
            }
        }
        let otherLabel = words.otherSectorsLabel(colors.grouped.count)
        func label(_ key: String) -> String { key == SectorColors.otherKey ? otherLabel : words.sector(key) }
        let all = amounts.map { state, bySector in
            StackedBar(
                key: state, label: words.state(state),
                segments: bySector.sorted { $0.key < $1.key }.map {
                    StackedSegment(key: $0.key, label: label($0.key), amount: $0.value, color: colors.color(for: $0.key))
                })
        }
        // As in the state bars: the 15 largest states, the rest summed in the subtitle.
        let sorted = all.sorted { $0.total != $1.total ? $0.total > $1.total : $0.label < $1.label }
        let bars = Array(sorted.prefix(ChartCatalog.maximumBars))
        let rest = sorted.dropFirst(bars.count)
        var subtitle = words.stateSectorSubtitle(states: all.count, sectors: sectors.count)
        if !rest.isEmpty {
            subtitle = words.stateSectorSubtitle(sectors: sectors.count, shown: bars.count, of: all.count, rest: rest.count,
                                                 restTotal: rest.reduce(Money.zero) { $0 + $1.total })
        }
        var legend = sectors.filter { colors.isNamed($0.key) }.map {
            StackedSegment(key: $0.key, label: words.sector($0.label), amount: $0.amount, color: colors.color(for: $0.key))
        }
        if !colors.grouped.isEmpty {
            let rest = sectors.filter { !colors.isNamed($0.key) }.reduce(Money.zero) { $0 + $1.amount }
            legend.append(StackedSegment(key: SectorColors.otherKey, label: otherLabel, amount: rest, color: colors.otherColor))
        }
        self.init(
            name: ChartName.stateSector.rawValue, title: words.stateSectorTitle,
            subtitle: subtitle,
            source: SourceLine.forInvestments(dataset.investments, in: dataset, language: language, currencySymbol: theme.currencySymbol, abbreviatesAmounts: theme.abbreviatesAmounts),
            bars: bars, legend: legend, theme: theme, language: language)
    }

    /// The bars in words: each state's total and its parts, then the source line.
    public var textDescription: String {
        let totals = totalTexts
        let segments = segmentTexts
        let parts = bars.indices.map { index in
            let inner = zip(bars[index].segments, segments[index]).map { "\($0.label) \($1)" }.joined(separator: ", ")
            return "\(bars[index].label): \(totals[index]) (\(inner))"
        }
        return wording.stackedDescription(count: bars.count) + parts.joined(separator: ChartWording.separator) + ". " + source
    }

    /// Every amount the chart shows (the bars' totals, then each bar's segments), one set with one
    /// rule for decimals (`$8.0B` beside `$8.6B`).
    private var shownAmounts: [Money] { bars.map(\.total) + bars.flatMap { $0.segments.map(\.amount) } }

    /// The bars' totals, in the one set of ``shownAmounts``.
    var totalTexts: [String] { Array(wording.amounts(shownAmounts).prefix(bars.count)) }

    /// Each bar's segments' amounts, in the one set of ``shownAmounts``.
    var segmentTexts: [[String]] { grouped(wording.amounts(shownAmounts).dropFirst(bars.count)) }

    /// The amounts inside the segments (without 달러), as ``segmentTexts``.
    private var segmentLabels: [[String]] { grouped(wording.compactAmounts(shownAmounts).dropFirst(bars.count)) }

    /// `flat`, one text per segment of every bar in order, split into one list per bar.
    private func grouped(_ flat: ArraySlice<String>) -> [[String]] {
        var rest = flat
        return bars.map { bar in
            let part = Array(rest.prefix(bar.segments.count))
            rest = rest.dropFirst(bar.segments.count)
            return part
        }
    }

    /// The height the chart needs at `width`.
    public func preferredHeight(width: Double, typesetter: Typesetter) -> Double {
        plan(width: width, height: nil, typesetter: typesetter).size.height
    }

    /// Draws the chart inside `frame`.
    public func draw(in context: GraphicsContext, frame: Rect) throws {
        plan(width: frame.width, height: frame.height, typesetter: context.typesetter).draw(in: context, origin: frame.origin)
    }

    private static let gap = 6.0
    private static let rowGap = 6.0
    private static let legendGap = 10.0
    /// Space between a label above a bar and the bar.
    private static let labelGap = 2.0
    /// How far labels above bars sit right of the zero baseline.
    private static let aboveIndent = 6.0
    /// Padding on each side of a label inside a segment.
    private static let segmentPadding = 3.0

    func plan(width: Double, height: Double?, typesetter: Typesetter) -> ChartPlan {
        let chrome = ChartChrome(title: title, subtitle: subtitle, source: source, width: width, theme: theme, typesetter: typesetter)
        let legendBox = SwatchLegend(
            entries: legend.map { SwatchLegend.Entry(label: $0.label, color: $0.color) },
            width: width, font: theme.smallFont, typesetter: typesetter)
        let legendHeight = legend.isEmpty ? 0 : legendBox.size.height + Self.legendGap
        let column = CategoryLabels(bars.map(\.label), font: theme.labelFont, chartWidth: width, maxLines: 2, typesetter: typesetter)
        let totalTexts = self.totalTexts
        let totals = totalTexts.map { typesetter.layout($0, font: theme.valueFont) }
        let (segmentTexts, segmentLabels) = (self.segmentTexts, self.segmentLabels)
        let valueWidth = totals.map(\.size.width).max() ?? 0
        // Labels beside the bars, unless a word is too long for the column or the bars would be left
        // too short beside labels and totals (long Korean amounts in a narrow chart): then above each bar.
        let beside = column.fitsBeside
            && width - column.width - 2 * Self.gap - valueWidth >= width * HorizontalBarChart.minimumBarShare
        let labels = beside ? column.layouts
            : bars.map { typesetter.layout($0.label, font: theme.labelFont, width: max(1, width - Self.aboveIndent), maxLines: 2) }
        let labelWidth = beside ? column.width : 0
        let labelAbove = { (index: Int) in beside ? 0 : labels[index].size.height + Self.labelGap }
        let rowHeights = labels.indices.map { index in
            beside ? max(theme.barThickness, labels[index].size.height) + Self.rowGap : labelAbove(index) + theme.barThickness + Self.rowGap
        }
        let rowsHeight = rowHeights.reduce(0, +)
        let barSpan = max(1, width - labelWidth - (beside ? 2 : 1) * Self.gap - valueWidth)
        let axis = ValueAxis(maximum: bars.map(\.total.dollars).max() ?? 0, span: barSpan, theme: theme, wording: wording, typesetter: typesetter)
        let natural = (chrome.headerHeight + legendHeight + rowsHeight + axis.height + chrome.footerHeight).rounded(.up)

        var plan = ChartPlan(size: Size(width: width, height: height ?? natural))
        let area = chrome.place(in: &plan, width: width, height: plan.size.height)
        if !legend.isEmpty { legendBox.place(in: &plan, at: area.origin, textColor: theme.text, outlinedOn: theme.background) }
        let top = area.minY + legendHeight
        let barStart = beside ? area.minX + labelWidth + Self.gap : area.minX
        let xOf = { (dollars: Double) in axis.x(dollars, start: barStart, span: barSpan) }
        axis.place(in: &plan, start: barStart, span: barSpan, top: top, bottom: top + rowsHeight,
                   minX: area.minX, maxX: area.maxX, theme: theme)
        let gridXs = axis.gridXs(start: barStart, span: barSpan, theme: theme)

        let segmentFont = theme.labelFont.withSize(max(6, theme.labelSize - 1))
        var y = top
        for (index, bar) in bars.enumerated() {
            let bandHeight = rowHeights[index] - Self.rowGap - labelAbove(index)
            let barTop = y + Self.rowGap / 2 + labelAbove(index) + (bandHeight - theme.barThickness) / 2
            var cumulative = 0.0
            var edges: [Double] = []
            for (part, segment) in bar.segments.enumerated() {
                let start = xOf(cumulative)
                cumulative += segment.amount.dollars
                let end = xOf(cumulative)
                let rect = Rect(x: start, y: barTop, width: max(end - start, 0.5), height: theme.barThickness)
                edges.append(end)
                plan.group(BriefRender.Mark(title: MarkTitle.amount("\(bar.label), \(segment.label)", segmentTexts[index][part], language: language))) { plan in
                    plan.dataFill(rect, segment.color, on: theme.background, class: "tb-segment")
                    // A segment's own amount, only when the bar has several parts and it fits.
                    guard bar.segments.count > 1 else { return }
                    let text = typesetter.layout(segmentLabels[index][part], font: segmentFont)
                    if text.size.width + 2 * Self.segmentPadding <= rect.width, text.size.height <= rect.height {
                        let ink = segment.color.bestTextColor(among: [theme.text, .white])
                        plan.text(text, at: Point(x: rect.midX - text.size.width / 2, y: rect.midY - text.size.height / 2), ink,
                                  class: "tb-value")
                    }
                }
            }
            // Thin gaps in the background colour between segments.
            for edge in edges.dropLast() {
                plan.line(from: Point(x: edge, y: barTop), to: Point(x: edge, y: barTop + theme.barThickness), theme.background,
                          class: "tb-gap")
            }
            plan.group(BriefRender.Mark(title: MarkTitle.amount(bar.label, totalTexts[index], language: language))) { plan in
                let label = labels[index]
                let labelTop = beside ? y + Self.rowGap / 2 + (bandHeight - label.size.height) / 2 : y + Self.rowGap / 2
                plan.text(label, at: Point(x: area.minX + (beside ? 0 : Self.aboveIndent), y: labelTop), theme.text)
                let total = totals[index]
                plan.valueText(total, at: Point(x: xOf(bar.total.dollars) + Self.gap, y: barTop + (theme.barThickness - total.size.height) / 2),
                               theme.text, background: theme.background, gridXs: gridXs)
            }
            y += rowHeights[index]
        }
        // The honest zero baseline, over the bars' left edges.
        plan.line(from: Point(x: barStart, y: top), to: Point(x: barStart, y: top + rowsHeight), theme.baseline, class: "tb-baseline")
        return plan
    }
}
