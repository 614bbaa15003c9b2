import BriefData
import BriefRender

/// Horizontal bars with direct value labels (`$7.9B`), a zero baseline,
/// quiet grid lines and a source line: the newsroom bar chart. Sorted
/// largest first unless the order of the rows means something.
public struct HorizontalBarChart: PlannedChart {
    /// The chart's name in the catalog, e.g. `state-bars`.
    public let name: String
    /// The title drawn above the chart.
    public var title: String
    /// A line under the title saying what is measured.
    public var subtitle: String?
    /// The source line, e.g. `Source: CSIS (2025).`
    public var source: String
    /// The bars, in drawing order (top to bottom).
    public let items: [BarItem]
    /// How ``items`` are ordered: largest first (the default) or as given.
    public let order: BarOrder
    /// Where the category labels go: beside the bars (the default) or above each bar.
    public var labelPlacement: BarLabelPlacement
    /// The most lines a category label may take; longer labels end in an ellipsis.
    public var labelMaxLines: Int
    /// Fonts and colours.
    public var theme: ChartTheme
    /// The words of value labels, ticks and the description.
    public var wording: ChartWording
    /// The language of the chart's words.
    public var language: BriefLanguage { wording.language }

    /// Creates a bar chart. With `order` ``BarOrder/largestFirst`` (the
    /// default) `items` are sorted largest first (ties by label); with
    /// ``BarOrder/given`` they are drawn in the order given.
    public init(
        name: String, title: String, subtitle: String? = nil, source: String, items: [BarItem],
        order: BarOrder = .largestFirst, labelPlacement: BarLabelPlacement = .beside, labelMaxLines: Int = 2,
        theme: ChartTheme = .standard, language: BriefLanguage = .english
    ) {
        wording = ChartWording(language, theme: theme)
        self.name = name
        self.title = title
        self.subtitle = subtitle
        self.source = source
        switch order {
        case .largestFirst:
            self.items = items.sorted { $0.amount != $1.amount ? $0.amount > $1.amount : $0.label < $1.label }
        case .given:
            self.items = items
        }
        self.order = order
        self.labelPlacement = labelPlacement
        self.labelMaxLines = max(1, labelMaxLines)
        self.theme = theme
    }

    /// The bars in words: each label with its amount, then the source line.
    public var textDescription: String {
        let parts = zip(items, valueTexts).map { "\($0.label): \($1)" }
        let kind = wording.barDescription(count: items.count, largestFirst: order == .largestFirst)
        return kind + parts.joined(separator: ChartWording.separator) + ". " + source
    }

    /// The value labels, one per item, with one rule for decimals (`$8.0B` beside `$8.6B`).
    var valueTexts: [String] { wording.amounts(items.map(\.amount)) }

    /// The least share of the chart's width the bars get beside their labels
    /// and values; below it the labels go above the bars, which then get the
    /// width the label column took.
    static let minimumBarShare = 0.25

    /// Space between a label and its bar, and between a bar and its value.
    private static let gap = 6.0
    /// Space between two rows at the chart's natural height.
    private static let rowGap = 6.0
    /// The least space between two rows' labels, in a frame too short for
    /// ``rowGap`` even with the bars at ``minimumThickness``: a label never
    /// touches the next.
    static let minimumRowGap = 3.0
    /// In such a frame, rows beside the bars come closer only where a label's
    /// line box is taller than this many em (the Korean faces of Noto CJK set
    /// a line 1.45 em tall; DejaVu's 1.16 em does not give way): never closer
    /// than this line, or the bar, with ``rowGap`` below it.
    static let denseLine = 1.2
    /// Space between a label above a bar and the bar.
    private static let labelGap = 2.0
    /// How far labels above bars sit right of the zero baseline.
    private static let aboveIndent = 6.0

    /// How thick the bars are and how far apart the rows: the chart's
    /// natural look, or a denser one in a short frame.
    struct Rows {
        var thickness: Double
        var gap: Double
    }

    /// The height the chart needs at `width`.
    public func preferredHeight(width: Double, typesetter: Typesetter) -> Double {
        plan(width: width, height: nil, typesetter: typesetter).size.height
    }

    /// The least height at `width`: the bars as thin as
    /// `minimumThickness` and the rows as close as `minimumRowGap` and
    /// `denseLine` allow, the type at its size.
    public func minimumHeight(width: Double, typesetter: Typesetter) -> Double {
        plan(width: width, height: nil, rows: Rows(thickness: minimumThickness, gap: Self.minimumRowGap), typesetter: typesetter).size.height
    }

    /// The thinnest the bars get in a frame shorter than the chart's natural height.
    var minimumThickness: Double { min(theme.barThickness, max(8, theme.barThickness * 0.6)) }

    /// Draws the chart inside `frame`; in a short frame the bars get thinner
    /// and then the rows closer (the type does not shrink).
    public func draw(in context: GraphicsContext, frame: Rect) throws {
        plan(width: frame.width, height: frame.height, typesetter: context.typesetter).draw(in: context, origin: frame.origin)
    }

    /// The plan in a frame `width` wide and `height` tall (nil: as tall as
    /// it needs): the theme's bar thickness and row gap, or in a frame too
    /// short for them the densest rows needed (``rows(width:height:typesetter:)``).
    func plan(width: Double, height: Double?, typesetter: Typesetter) -> ChartPlan {
        let natural = Rows(thickness: theme.barThickness, gap: Self.rowGap)
        guard let height else { return plan(width: width, height: nil, rows: natural, typesetter: typesetter) }
        return plan(width: width, height: height, rows: rows(width: width, height: height, typesetter: typesetter), typesetter: typesetter)
    }

    /// The rows for a frame `height` tall: the theme's bars and gap where
    /// they fit; else the thickest bars (down to ``minimumThickness``) that
    /// fit; else the thinnest bars with the rows closer where their labels
    /// allow (``denseLine``), the widest gap (down to ``minimumRowGap``) that fits.
    func rows(width: Double, height: Double, typesetter: Typesetter) -> Rows {
        func fits(_ rows: Rows) -> Bool { plan(width: width, height: nil, rows: rows, typesetter: typesetter).size.height <= height + 0.5 }
        let natural = Rows(thickness: theme.barThickness, gap: Self.rowGap)
        if fits(natural) { return natural }
        // First the bars get thinner (where a label is taller than its bar, this may not gain height).
        let thin = Rows(thickness: minimumThickness, gap: Self.rowGap)
        if fits(thin) {
            var (low, high) = (minimumThickness, theme.barThickness)
            for _ in 0..<8 {
                let middle = (low + high) / 2
                if fits(Rows(thickness: middle, gap: Self.rowGap)) { low = middle } else { high = middle }
            }
            return Rows(thickness: low, gap: Self.rowGap)
        }
        // Then the rows come closer.
        var (low, high) = (Self.minimumRowGap, Self.rowGap)
        guard fits(Rows(thickness: minimumThickness, gap: low)) else { return Rows(thickness: minimumThickness, gap: low) }
        for _ in 0..<8 {
            let middle = (low + high) / 2
            if fits(Rows(thickness: minimumThickness, gap: middle)) { low = middle } else { high = middle }
        }
        return Rows(thickness: minimumThickness, gap: low)
    }

    /// The plan with `rows` in a frame `width` wide and `height` tall (nil: as tall as it needs).
    func plan(width: Double, height: Double?, rows: Rows, typesetter: Typesetter) -> ChartPlan {
        let chrome = ChartChrome(title: title, subtitle: subtitle, source: source, width: width, theme: theme, typesetter: typesetter)
        if labelPlacement == .beside {
            let labels = CategoryLabels(items.map(\.label), font: theme.labelFont, chartWidth: width, maxLines: labelMaxLines,
                                        typesetter: typesetter)
            // A word too long for a column beside the bars, or bars left too short beside the labels and
            // values (long Korean amounts in a narrow chart): the labels go above them instead.
            let values = valueTexts.map { typesetter.layout($0, font: theme.valueFont).size.width }.max() ?? 0
            if labels.fitsBeside, width - labels.width - 2 * Self.gap - values >= width * Self.minimumBarShare {
                return planBeside(width: width, height: height, rows: rows, chrome: chrome, labels: labels, typesetter: typesetter)
            }
        }
        return planAbove(width: width, height: height, rows: rows, chrome: chrome, typesetter: typesetter)
    }

    private func planBeside(width: Double, height: Double?, rows: Rows, chrome: ChartChrome, labels column: CategoryLabels,
                            typesetter: Typesetter) -> ChartPlan {
        let (thickness, rowGap) = (rows.thickness, rows.gap)
        let labels = column.layouts
        let texts = valueTexts
        let values = texts.map { typesetter.layout($0, font: theme.valueFont) }
        let labelWidth = column.width
        let valueWidth = values.map(\.size.width).max() ?? 0
        // Closer rows (a gap under rowGap) give way only where a label's line box is taller than
        // denseLine em: never closer than that line or the bar with the natural gap.
        let denseRow = max(thickness, Self.denseLine * theme.labelSize) + Self.rowGap
        let rowHeights = labels.map { label -> Double in
            let row = max(thickness, label.size.height)
            return max(row + rowGap, min(row + Self.rowGap, denseRow))
        }
        let barSpan = max(1, width - labelWidth - 2 * Self.gap - valueWidth)
        let axis = ValueAxis(maximum: items.map(\.amount.dollars).max() ?? 0, span: barSpan, theme: theme, wording: wording, typesetter: typesetter)
        let rowsHeight = rowHeights.reduce(0, +)
        let natural = (chrome.headerHeight + rowsHeight + axis.height + chrome.footerHeight).rounded(.up)

        var plan = ChartPlan(size: Size(width: width, height: height ?? natural))
        let plot = chrome.place(in: &plan, width: width, height: plan.size.height)
        let barStart = plot.minX + labelWidth + Self.gap
        let xOf = { (dollars: Double) in axis.x(dollars, start: barStart, span: barSpan) }
        axis.place(in: &plan, start: barStart, span: barSpan, top: plot.minY, bottom: plot.minY + rowsHeight,
                   minX: plot.minX, maxX: plot.maxX, theme: theme)
        let gridXs = axis.gridXs(start: barStart, span: barSpan, theme: theme)

        var y = plot.minY
        for (index, item) in items.enumerated() {
            let rowHeight = rowHeights[index]
            let bandHeight = rowHeight - rowGap
            let barTop = y + rowGap / 2 + (bandHeight - thickness) / 2
            let barEnd = xOf(item.amount.dollars)
            plan.group(tooltip(item, value: texts[index])) { plan in
                plan.dataFill(Rect(x: barStart, y: barTop, width: max(barEnd - barStart, 0.5), height: thickness),
                              item.color ?? theme.accent, on: theme.background, class: "tb-bar")
                let label = labels[index]
                plan.text(label, at: Point(x: plot.minX, y: y + rowGap / 2 + (bandHeight - label.size.height) / 2), theme.text)
                let value = values[index]
                plan.valueText(value, at: Point(x: barEnd + Self.gap, y: barTop + (thickness - value.size.height) / 2), theme.text,
                               background: theme.background, gridXs: gridXs)
            }
            y += rowHeight
        }
        // The honest zero baseline, drawn over the bars' left edges.
        plan.line(from: Point(x: barStart, y: plot.minY), to: Point(x: barStart, y: plot.minY + rowsHeight), theme.baseline,
                  class: "tb-baseline")
        return plan
    }

    private func planAbove(width: Double, height: Double?, rows: Rows, chrome: ChartChrome, typesetter: Typesetter) -> ChartPlan {
        // Labels above the bars keep the natural gap (only the bars get thinner).
        let (thickness, rowGap) = (rows.thickness, Self.rowGap)
        let labelWidth = max(1, width - Self.aboveIndent)
        let labels = items.map { typesetter.layout($0.label, font: theme.labelFont, width: labelWidth, maxLines: labelMaxLines) }
        let texts = valueTexts
        let values = texts.map { typesetter.layout($0, font: theme.valueFont) }
        let valueWidth = values.map(\.size.width).max() ?? 0
        let rowHeights = labels.map { $0.size.height + Self.labelGap + thickness + rowGap }
        let rowsHeight = rowHeights.reduce(0, +)
        let natural = (chrome.headerHeight + rowsHeight + chrome.footerHeight).rounded(.up)

        var plan = ChartPlan(size: Size(width: width, height: height ?? natural))
        let plot = chrome.place(in: &plan, width: width, height: plan.size.height)
        let barStart = plot.minX
        let barSpan = max(1, plot.maxX - barStart - Self.gap - valueWidth)
        let maximum = max(items.map(\.amount.dollars).max() ?? 0, 1e-9)

        var y = plot.minY
        for (index, item) in items.enumerated() {
            let label = labels[index]
            let barTop = y + rowGap / 2 + label.size.height + Self.labelGap
            let barEnd = barStart + barSpan * item.amount.dollars / maximum
            plan.group(tooltip(item, value: texts[index])) { plan in
                plan.text(label, at: Point(x: plot.minX + Self.aboveIndent, y: y + rowGap / 2), theme.text)
                plan.dataFill(Rect(x: barStart, y: barTop, width: max(barEnd - barStart, 0.5), height: thickness),
                              item.color ?? theme.accent, on: theme.background, class: "tb-bar")
                let value = values[index]
                plan.text(value, at: Point(x: barEnd + Self.gap, y: barTop + (thickness - value.size.height) / 2), theme.text,
                          class: "tb-value")
            }
            y += rowHeights[index]
        }
        // The honest zero baseline runs the whole plot, left of the labels.
        plan.line(from: Point(x: barStart, y: plot.minY), to: Point(x: barStart, y: plot.minY + rowsHeight), theme.baseline,
                  class: "tb-baseline")
        return plan
    }

    /// A bar's tooltip: `Georgia: $7.9B, 2 projects`.
    private func tooltip(_ item: BarItem, value: String) -> BriefRender.Mark {
        BriefRender.Mark(title: MarkTitle.amount(item.label, value, projects: item.projects, language: language))
    }
}
