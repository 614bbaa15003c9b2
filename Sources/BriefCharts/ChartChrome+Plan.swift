import BriefRender

extension ChartChrome {
    /// Places the title and subtitle at the top of a chart `width` wide and
    /// `height` tall and the source line at its bottom, exactly as
    /// ``draw(in:frame:)`` would; returns the plot area left between them.
    func place(in plan: inout ChartPlan, width: Double, height: Double) -> Rect {
        var y = 0.0
        plan.text(title, at: Point(x: 0, y: y), theme.text, class: "tb-title")
        y += title.size.height
        if let subtitle {
            y += 2
            plan.text(subtitle, at: Point(x: 0, y: y), theme.muted, class: "tb-subtitle")
            y += subtitle.size.height
        }
        y += Self.gapBelowHeader
        let sourceTop = height - source.size.height
        plan.text(source, at: Point(x: 0, y: sourceTop), theme.muted, class: "tb-source")
        return Rect(x: 0, y: y, width: width, height: max(0, sourceTop - Self.gapAboveSource - y))
    }
}
