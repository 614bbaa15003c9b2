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
    public let title: String
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

    /// Creates a stacked bar chart; `bars` are sorted largest total first.
    /// Segments are drawn in the order of `legend` (categories missing from
    /// it come last, in their given order).
    public init(
        name: String = "state-sector", title: String, subtitle: String? = nil, source: String,
        bars: [StackedBar], legend: [StackedSegment], theme: ChartTheme = .standard
    ) {
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
    /// colours from ``SectorColors`` and the location caveats in its source line.
    public init(dataset: Dataset, theme: ChartTheme = .standard) {
        let colors = SectorColors(dataset: dataset, theme: theme)
        let sectors = dataset.aggregate(by: .sector).rows
        var amounts: [String: [String: Money]] = [:]
        for investment in dataset.investments {
            for (state, amount) in investment.allocations {
                amounts[state, default: [:]][investment.sector, default: .zero] += amount
            }
        }
        let bars = amounts.map { state, bySector in
            StackedBar(
                key: state, label: USState.named(state)?.name ?? state,
                segments: bySector.sorted { $0.key < $1.key }.map {
                    StackedSegment(key: $0.key, label: $0.key, amount: $0.value, color: colors.color(for: $0.key))
                })
        }
        self.init(
            name: "state-sector", title: "Korean investment by state and sector",
            subtitle: "Announced manufacturing investment, U.S. dollars (\(bars.count) state\(bars.count == 1 ? "" : "s"), \(sectors.count) sector\(sectors.count == 1 ? "" : "s"))",
            source: SourceLine.forInvestments(dataset.investments, in: dataset),
            bars: bars,
            legend: sectors.map { StackedSegment(key: $0.key, label: $0.label, amount: $0.amount, color: colors.color(for: $0.key)) },
            theme: theme)
    }

    /// The bars in words: each state's total and its parts, then the source line.
    public var textDescription: String {
        let parts = bars.map { bar in
            let inner = bar.segments.map { "\($0.label) \(MoneyFormat.short($0.amount))" }.joined(separator: ", ")
            return "\(bar.label): \(MoneyFormat.short(bar.total)) (\(inner))"
        }
        return "Stacked horizontal bar chart, \(bars.count) bar\(bars.count == 1 ? "" : "s"), largest total first. "
            + parts.joined(separator: "; ") + ". " + source
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
        let maxLabel = width * 0.38
        let labels = bars.map { typesetter.layout($0.label, font: theme.labelFont, width: maxLabel, maxLines: 2) }
        let totals = bars.map { typesetter.layout(MoneyFormat.short($0.total), font: theme.valueFont) }
        let labelWidth = min(maxLabel, labels.map(\.size.width).max() ?? 0)
        let valueWidth = totals.map(\.size.width).max() ?? 0
        let rowHeights = labels.map { max(theme.barThickness, $0.size.height) + Self.rowGap }
        let rowsHeight = rowHeights.reduce(0, +)
        let maxTotal = bars.map(\.total.dollars).max() ?? 0
        let scale = NiceScale(maximum: maxTotal)
        let tickLabels = theme.showGrid
            ? scale.ticks.map { typesetter.layout(MoneyFormat.short(Money(dollars: .init($0))), font: theme.smallFont) }
            : []
        let axisHeight = tickLabels.isEmpty ? 0 : 3 + (tickLabels.map(\.size.height).max() ?? 0)
        let natural = (chrome.headerHeight + legendHeight + rowsHeight + axisHeight + chrome.footerHeight).rounded(.up)

        var plan = ChartPlan(size: Size(width: width, height: height ?? natural))
        let area = chrome.place(in: &plan, width: width, height: plan.size.height)
        if !legend.isEmpty { legendBox.place(in: &plan, at: area.origin, textColor: theme.text) }
        let top = area.minY + legendHeight
        let barStart = area.minX + labelWidth + Self.gap
        let barSpan = max(1, area.maxX - barStart - Self.gap - valueWidth)
        let maximum = max(maxTotal, 1e-9)
        let xOf = { (dollars: Double) in barStart + barSpan * dollars / maximum }

        // Quiet grid lines and their labels.
        if theme.showGrid {
            var lastRight = -Double.infinity
            if let zero = tickLabels.first {
                let x = max(barStart - zero.size.width / 2, area.minX)
                plan.text(zero, at: Point(x: x, y: top + rowsHeight + 3), theme.muted, class: "tb-axis")
                lastRight = x + zero.size.width
            }
            for (tick, label) in zip(scale.ticks, tickLabels) where tick > 0 && tick <= maximum * 1.0001 {
                let x = xOf(tick)
                plan.line(from: Point(x: x, y: top), to: Point(x: x, y: top + rowsHeight), theme.grid, width: 0.6, class: "tb-grid")
                let labelX = min(max(x - label.size.width / 2, area.minX), area.maxX - label.size.width)
                guard labelX >= lastRight + 4 else { continue }
                plan.text(label, at: Point(x: labelX, y: top + rowsHeight + 3), theme.muted, class: "tb-axis")
                lastRight = labelX + label.size.width
            }
        }

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
                plan.group(BriefRender.Mark(title: MarkTitle.amount("\(bar.label), \(segment.label)", segment.amount))) { plan in
                    plan.fill(rect, segment.color, class: "tb-segment")
                    // A segment's own amount, only when the bar has several parts and it fits.
                    guard bar.segments.count > 1 else { return }
                    let text = typesetter.layout(MoneyFormat.short(segment.amount), font: segmentFont)
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
            plan.group(BriefRender.Mark(title: MarkTitle.amount(bar.label, bar.total))) { plan in
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
