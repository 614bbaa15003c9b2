import BriefRender

extension ChartPlan {
    /// The background kept on each side of a value label a grid line crosses.
    static let knockout = 2.0

    /// Adds a bar's value label at `origin`; when one of the grid lines at
    /// `gridXs` runs through it, first knocks the line out behind it (a
    /// rectangle of `background`), so that the label reads whole. Where no
    /// line crosses it, nothing more is drawn.
    mutating func valueText(_ text: TextLayout, at origin: Point, _ color: Color, background: Color, gridXs: [Double]) {
        let box = Rect(x: origin.x - Self.knockout, y: origin.y, width: text.size.width + 2 * Self.knockout, height: text.size.height)
        if gridXs.contains(where: { $0 >= box.minX && $0 <= box.maxX }) { fill(box, background) }
        self.text(text, at: origin, color, class: "tb-value")
    }
}
