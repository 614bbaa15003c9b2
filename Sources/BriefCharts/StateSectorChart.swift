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
        let words = ChartWording(language, theme: theme)
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
        let parts = bars.map { bar in
            let inner = bar.segments.map { "\($0.label) \(wording.amount($0.amount))" }.joined(separator: ", ")
            return "\(bar.label): \(wording.amount(bar.total)) (\(inner))"
        }
        return wording.stackedDescription(count: bars.count) + parts.joined(separator: ChartWording.separator) + ". " + source
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
    /// Padding on each side of a label inside a segment.
    private static let segmentPadding = 3.0

    func plan(width: Double, height: Double?, typesetter: Typesetter) -> ChartPlan {
        let chrome = ChartChrome(title: title, subtitle: subtitle, source: source, width: width, theme: theme, typesetter: typesetter)
        let legendBox = SwatchLegend(
            entries: legend.map { SwatchLegend.Entry(label: $0.label, color: $0.color) },
            width: width, font: theme.smallFont, typesetter: typesetter)
        let legendHeight = legend.isEmpty ? 0 : legendBox.size.height + Self.legendGap
        let column = CategoryLabels(bars.map(\.label), font: theme.labelFont, chartWidth: width, maxLines: 2, typesetter: typesetter)
        let labels = column.layouts
        let totals = bars.map { typesetter.layout(wording.amount($0.total), font: theme.valueFont) }
        let labelWidth = column.width
        let valueWidth = totals.map(\.size.width).max() ?? 0
        let rowHeights = labels.map { max(theme.barThickness, $0.size.height) + Self.rowGap }
        let rowsHeight = rowHeights.reduce(0, +)
        let barSpan = max(1, width - labelWidth - 2 * Self.gap - valueWidth)
        let axis = ValueAxis(maximum: bars.map(\.total.dollars).max() ?? 0, span: barSpan, theme: theme, wording: wording, typesetter: typesetter)
        let natural = (chrome.headerHeight + legendHeight + rowsHeight + axis.height + chrome.footerHeight).rounded(.up)

        var plan = ChartPlan(size: Size(width: width, height: height ?? natural))
        let area = chrome.place(in: &plan, width: width, height: plan.size.height)
        if !legend.isEmpty { legendBox.place(in: &plan, at: area.origin, textColor: theme.text) }
        let top = area.minY + legendHeight
        let barStart = area.minX + labelWidth + Self.gap
        let xOf = { (dollars: Double) in axis.x(dollars, start: barStart, span: barSpan) }
        axis.place(in: &plan, start: barStart, span: barSpan, top: top, bottom: top + rowsHeight,
                   minX: area.minX, maxX: area.maxX, theme: theme)

        let segmentFont = theme.labelFont.withSize(max(6, theme.labelSize - 1))
        var y = top
        for (index, bar) in bars.enumerated() {
            let bandHeight = rowHeights[index] - Self.rowGap
            let barTop = y + Self.rowGap / 2 + (bandHeight - theme.barThickness) / 2
            var cumulative = 0.0
            var edges: [Double] = []
            for segment in bar.segments {
                let start = xOf(cumulative)
                cumulative += segment.amount.dollars
                let end = xOf(cumulative)
                let rect = Rect(x: start, y: barTop, width: max(end - start, 0.5), height: theme.barThickness)
                edges.append(end)
                plan.group(BriefRender.Mark(title: MarkTitle.amount("\(bar.label), \(segment.label)", segment.amount, language: language, theme: theme))) { plan in
                    plan.fill(rect, segment.color, class: "tb-segment")
                    // A segment's own amount, only when the bar has several parts and it fits.
                    guard bar.segments.count > 1 else { return }
                    let text = typesetter.layout(wording.compactAmount(segment.amount), font: segmentFont)
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
            plan.group(BriefRender.Mark(title: MarkTitle.amount(bar.label, bar.total, language: language, theme: theme))) { plan in
                let label = labels[index]
                plan.text(label, at: Point(x: area.minX, y: y + Self.rowGap / 2 + (bandHeight - label.size.height) / 2), theme.text)
                let total = totals[index]
                plan.text(total, at: Point(x: xOf(bar.total.dollars) + Self.gap, y: barTop + (theme.barThickness - total.size.height) / 2),
                          theme.text, class: "tb-value")
            }
            y += rowHeights[index]
        }
        // The honest zero baseline, over the bars' left edges.
        plan.line(from: Point(x: barStart, y: top), to: Point(x: barStart, y: top + rowsHeight), theme.baseline, class: "tb-baseline")
        return plan
    }
}
