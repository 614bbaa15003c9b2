import BriefCharts
import BriefRender
import BriefText

extension ChartExport {
    /// What a reader should know when ``height`` is too short for `chart` at
    /// its style's type sizes, so that the whole chart (type included) would
    /// be drawn smaller: the scale, the smallest type it gives, and the least
    /// height that keeps the style's sizes. Nil without a height, or when the
    /// chart fits at its sizes (a map that only gets narrower fits).
    ///
    /// A warning rather than an error: the box was asked for (a slot in a
    /// page or a dashboard), the chart still fits it whole, and scripts that
    /// render into fixed boxes keep working; the warning says how to fix it.
    package func shrinkWarning(_ chart: any Chart, theme: ChartTheme, typesetter: Typesetter) -> String? {
        guard let height else { return nil }
        let scale = fit(chart, height: height, typesetter: typesetter).scale
        guard scale < 1 else { return nil }
        // The least box height whose fit keeps scale 1: between this height and the chart's own.
        var low = height
        var high = ((fit(chart, height: nil, typesetter: typesetter).layout.height).rounded(.up) + 2 * padding)
        guard fit(chart, height: high, typesetter: typesetter).scale >= 1 else { return nil }
        for _ in 0..<12 where high - low > 0.5 {
            let middle = (low + high) / 2
            if fit(chart, height: middle, typesetter: typesetter).scale >= 1 { high = middle } else { low = middle }
        }
        let percent = Int((scale * 100).rounded(.down))
        let smallest = cFormat("%.1f", min(theme.smallSize, theme.labelSize) * scale)
        return "height \(Self.points(height)) is too short for \(chart.name) at width \(Self.points(width)): the whole chart, "
            + "text included, is drawn at \(percent)% of its size (its smallest text \(smallest) pt instead of "
            + "\(Self.points(min(theme.smallSize, theme.labelSize))) pt); a height of at least \(Int(high.rounded(.up))) points "
            + "keeps the style's type sizes"
    }

    /// How the chart sits in the box without its padding, in a box `height` tall (nil: as tall as it needs).
    func fit(_ chart: any Chart, height: Double?, typesetter: Typesetter) -> ChartFit {
        ChartFit(chart, width: width - 2 * padding, height: height.map { $0 - 2 * padding }, typesetter: typesetter,
                 maximumLayoutWidth: Self.maximumLayoutWidth)
    }

    /// A size in points as the user wrote it: `150`, `150.5`.
    static func points(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : cFormat("%.1f", value)
    }
}
