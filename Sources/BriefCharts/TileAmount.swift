import BriefRender

/// The amount on a map tile: one line, or, when that line is wider than the
/// tile and the amount is written in parts (a Korean `8억 7,000만`, groups
/// of 억 and 만 split by a space), one line per part, each centred, so
/// that a Korean map shows its amounts as the English one does.
struct TileAmount {
    /// The lines, top to bottom.
    let lines: [TextLayout]

    /// `text` in `font`, on one line when it fits `width`, else one line per space-separated part.
    init(_ text: String, font: Font, width: Double, typesetter: Typesetter) {
        let line = typesetter.layout(text, font: font)
        let parts = text.split(separator: " ")
        lines = line.size.width <= width || parts.count < 2 ? [line] : parts.map { typesetter.layout(String($0), font: font) }
    }

    /// The widest line's width and the lines' height.
    var size: Size { Size(width: lines.map(\.size.width).max() ?? 0, height: lines.reduce(0) { $0 + $1.size.height }) }

    /// Adds the lines to `plan`, each centred on `midX`, the first with its top at `top`.
    func place(in plan: inout ChartPlan, midX: Double, top: Double, color: Color) {
        var y = top
        for line in lines {
            plan.text(line, at: Point(x: midX - line.size.width / 2, y: y), color, class: "tb-value")
            y += line.size.height
        }
    }
}
