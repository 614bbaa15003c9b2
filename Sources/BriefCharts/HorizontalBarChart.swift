import BriefData
import BriefRender

/// Sorted horizontal bars with direct value labels (`$7.9B`), a zero
/// baseline, quiet grid lines and a source line: the newsroom bar chart.
public struct HorizontalBarChart: Chart {
    public let name: String
    public let title: String
    /// A line under the title saying what is measured.
    public var subtitle: String?
    /// The source line, e.g. `Source: CSIS (2025).`
    public var source: String
    /// The bars, drawn largest first.
    public let items: [BarItem]
    /// Fonts and colours.
    public var theme: ChartTheme

    /// Creates a bar chart; `items` are sorted largest first (ties by label).
    public init(name: String, title: String, subtitle: String? = nil, source: String, items: [BarItem], theme: ChartTheme = .standard) {
        self.name = name
        self.title = title
        self.subtitle = subtitle
        self.source = source
        self.items = items.sorted { $0.amount != $1.amount ? $0.amount > $1.amount : $0.label < $1.label }
        self.theme = theme
    }

    public var textDescription: String {
        let parts = items.map { "\($0.label): \(MoneyFormat.short($0.amount))" }
        return "Horizontal bar chart, \(items.count) bar\(items.count == 1 ? "" : "s"), largest first. " + parts.joined(separator: "; ") + ". " + source
    }

    /// Space between a label and its bar, and between a bar and its value.
    private static let gap = 6.0
    private static let rowGap = 6.0

    private struct Measured {
        let chrome: ChartChrome
        let labels: [TextLayout]
        let values: [TextLayout]
        let labelWidth: Double
        let valueWidth: Double
        let rowHeights: [Double]
        let axisHeight: Double
        let scale: NiceScale
        let tickLabels: [TextLayout]
    }

    private func measure(width: Double, typesetter: Typesetter) -> Measured {
        let chrome = ChartChrome(title: title, subtitle: subtitle, source: source, width: width, theme: theme, typesetter: typesetter)
        let maxLabel = width * 0.38
        let labels = items.map { typesetter.layout($0.label, font: theme.labelFont, width: maxLabel, maxLines: 2) }
        let values = items.map { typesetter.layout(MoneyFormat.short($0.amount), font: theme.valueFont) }
        let labelWidth = min(maxLabel, labels.map(\.size.width).max() ?? 0)
        let valueWidth = values.map(\.size.width).max() ?? 0
        let rowHeights = labels.map { max(theme.barThickness, $0.size.height) + Self.rowGap }
        let scale = NiceScale(maximum: items.map(\.amount.dollars).max() ?? 0)
        let tickLabels = theme.showGrid
            ? scale.ticks.map { typesetter.layout(MoneyFormat.short(Money(dollars: .init($0))), font: theme.smallFont) }
            : []
        let axisHeight = tickLabels.isEmpty ? 0 : 3 + (tickLabels.map(\.size.height).max() ?? 0)
        return Measured(chrome: chrome, labels: labels, values: values, labelWidth: labelWidth, valueWidth: valueWidth,
                        rowHeights: rowHeights, axisHeight: axisHeight, scale: scale, tickLabels: tickLabels)
    }

    public func preferredHeight(width: Double, typesetter: Typesetter) -> Double {
        let m = measure(width: width, typesetter: typesetter)
        return (m.chrome.headerHeight + m.rowHeights.reduce(0, +) + m.axisHeight + m.chrome.footerHeight).rounded(.up)
    }

    public func draw(in context: GraphicsContext, frame: Rect) throws {
        let m = measure(width: frame.width, typesetter: context.typesetter)
        let plot = m.chrome.draw(in: context, frame: frame)
        let barStart = plot.minX + m.labelWidth + Self.gap
        let barSpan = max(1, plot.maxX - barStart - Self.gap - m.valueWidth)
        let rowsHeight = m.rowHeights.reduce(0, +)
        let maximum = max(items.map(\.amount.dollars).max() ?? 0, 1e-9)
        let xOf = { (dollars: Double) in barStart + barSpan * dollars / maximum }

        // Quiet grid lines and their labels.
        if theme.showGrid {
            for (tick, label) in zip(m.scale.ticks, m.tickLabels) where tick > 0 && tick <= maximum * 1.0001 {
                let x = xOf(tick)
                context.strokeLine(from: Point(x: x, y: plot.minY), to: Point(x: x, y: plot.minY + rowsHeight),
                                   color: theme.grid, style: StrokeStyle(width: 0.6))
                let labelX = min(max(x - label.size.width / 2, plot.minX), plot.maxX - label.size.width)
                context.draw(label, at: Point(x: labelX, y: plot.minY + rowsHeight + 3), color: theme.muted)
            }
            if let zero = m.tickLabels.first {
                let labelX = max(barStart - zero.size.width / 2, plot.minX)
                context.draw(zero, at: Point(x: labelX, y: plot.minY + rowsHeight + 3), color: theme.muted)
            }
        }

        var y = plot.minY
        for (index, item) in items.enumerated() {
            let rowHeight = m.rowHeights[index]
            let bandHeight = rowHeight - Self.rowGap
            let barTop = y + Self.rowGap / 2 + (bandHeight - theme.barThickness) / 2
            let barEnd = xOf(item.amount.dollars)
            context.fill(Rect(x: barStart, y: barTop, width: max(barEnd - barStart, 0.5), height: theme.barThickness),
                         color: item.color ?? theme.accent)
            let label = m.labels[index]
            context.draw(label, at: Point(x: plot.minX, y: y + Self.rowGap / 2 + (bandHeight - label.size.height) / 2), color: theme.text)
            let value = m.values[index]
            context.draw(value, at: Point(x: barEnd + Self.gap, y: barTop + (theme.barThickness - value.size.height) / 2), color: theme.text)
            y += rowHeight
        }
        // The honest zero baseline, drawn over the bars' left edges.
        context.strokeLine(from: Point(x: barStart, y: plot.minY), to: Point(x: barStart, y: plot.minY + rowsHeight),
                           color: theme.baseline, style: StrokeStyle(width: 1))
    }
}
