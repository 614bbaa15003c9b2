import BriefData
import BriefRender
import FoundationEssentials

/// The value axis of a horizontal bar chart: round ticks from zero whose
/// last tick reaches at least the largest value, each drawn as a quiet grid
/// line with its label under the bars. There are as many ticks as fit the
/// bars' span without their labels touching (four at most); a tick is drawn
/// with its label or not at all, and a span too narrow for even two labels
/// gets no grid, only the zero baseline the chart draws itself.
struct ValueAxis {
    /// The tick values, from zero; empty when no grid is drawn.
    let ticks: [Double]
    /// The tick labels, one per tick.
    let labels: [TextLayout]
    /// The value at the right end of the span: the last tick, at least the largest value.
    let upperBound: Double

    /// The most ticks, zero included.
    static let maximumTicks = 6
    /// Space kept between neighbouring tick labels.
    static let labelGap = 6.0
    /// Space between the bars and the tick labels.
    static let labelTop = 3.0

    /// An axis for values up to `maximum` over bars `span` points wide.
    init(maximum: Double, span: Double, theme: ChartTheme, wording: ChartWording = ChartWording(), typesetter: Typesetter) {
        let fallback = NiceScale(maximum: maximum, targetTickCount: 1)
        guard theme.showGrid, maximum > 0 else {
            ticks = []
            labels = []
            upperBound = max(fallback.upperBound, maximum)
            return
        }
        // Of the round scales with at most `maximumTicks` ticks whose labels
        // fit, the one that ends closest above the largest value (bars use
        // the most of the span), then the one with more ticks.
        var best: (scale: NiceScale, labels: [TextLayout])?
        for target in 1...Self.maximumTicks {
            let scale = NiceScale(maximum: maximum, targetTickCount: target)
            guard scale.ticks.count > 1, scale.ticks.count <= Self.maximumTicks else { continue }
            let layouts = wording.amounts(scale.ticks.map(Self.amount(atTick:))).map { typesetter.layout($0, font: theme.smallFont) }
            let spacing = span * (scale.ticks[1] - scale.ticks[0]) / scale.upperBound
            let widest = layouts.map(\.size.width).max() ?? 0
            guard spacing >= widest + Self.labelGap else { continue }
            if let current = best, (current.scale.upperBound, -current.scale.ticks.count) <= (scale.upperBound, -scale.ticks.count) { continue }
            best = (scale, layouts)
        }
        ticks = best?.scale.ticks ?? []
        labels = best?.labels ?? []
        upperBound = best?.scale.upperBound ?? fallback.upperBound
    }

    /// The amount at `tick`. Ticks are round numbers, mostly whole dollars,
    /// which skip `Decimal`'s conversion from `Double` (4% of a one-pager's
    /// CPU, perf) for the same cents.
    static func amount(atTick tick: Double) -> Money {
        if tick == tick.rounded(), abs(tick) < wholeDollarLimit { return Money(wholeDollars: Int64(tick)) }
        return Money(dollars: Decimal(tick))
    }

    /// Below this (12 digits, $1 trillion), `Decimal(Double)` keeps whole numbers of dollars exact; at 15 digits it need not (999,999,999,999,999 became …998.98).
    static let wholeDollarLimit = 1.0e12

    /// The height the tick labels take under the bars (zero without a grid).
    var height: Double { labels.isEmpty ? 0 : Self.labelTop + (labels.map(\.size.height).max() ?? 0) }

    /// The x of `value` on bars starting at `start` and `span` wide.
    func x(_ value: Double, start: Double, span: Double) -> Double { start + span * value / upperBound }

    /// Adds the grid lines from `top` to `bottom` and the labels under them,
    /// for bars starting at `start` and `span` wide, keeping labels within `minX ... maxX`.
    func place(in plan: inout ChartPlan, start: Double, span: Double, top: Double, bottom: Double,
               minX: Double, maxX: Double, theme: ChartTheme) {
        for (tick, label) in zip(ticks, labels) {
            let x = self.x(tick, start: start, span: span)
            if tick > 0 { plan.line(from: Point(x: x, y: top), to: Point(x: x, y: bottom), theme.grid, width: 0.6, class: "tb-grid") }
            let labelX = min(max(x - label.size.width / 2, minX), maxX - label.size.width)
            plan.text(label, at: Point(x: labelX, y: bottom + Self.labelTop), theme.muted, class: "tb-axis")
        }
    }

    /// The x of each grid line (every tick but zero), for bars starting at
    /// `start` and `span` wide; none when the theme draws no grid.
    func gridXs(start: Double, span: Double, theme: ChartTheme) -> [Double] {
        theme.showGrid ? ticks.filter { $0 > 0 }.map { x($0, start: start, span: span) } : []
    }
}
