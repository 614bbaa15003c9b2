import BriefRender

/// A compact legend: colour swatches with labels, flowing left to right in
/// rows no wider than a given width. Used where direct labels cannot name
/// what a colour means (stacked segments, map shading).
struct SwatchLegend {
    /// One swatch and what it stands for.
    struct Entry {
        let label: String
        let color: Color
        /// Whether the entry starts a group of its own (e.g. "no data" after
        /// the classes of a map): it is set off by a wider gap, or starts a row.
        var startsGroup = false
    }

    /// A swatch and its label, placed relative to the legend's top-left corner.
    struct Placed {
        let swatch: Rect
        let color: Color
        let label: TextLayout
        let labelOrigin: Point
    }

    /// The placed entries.
    let items: [Placed]
    /// The legend's size.
    let size: Size

    static let swatchGap = 4.0
    static let itemGap = 12.0
    static let rowGap = 3.0
    /// The gap before an entry that starts a group.
    static let groupGap = 24.0

    /// Lays out `entries` in rows at most `width` wide; a label too long for a
    /// row of its own wraps onto a second line.
    init(entries: [Entry], width: Double, font: Font, typesetter: Typesetter) {
        let swatchSide = (font.size * 1.1).rounded()
        var items: [Placed] = []
        var x = 0.0
        var y = 0.0
        var rowHeight = 0.0
        var widest = 0.0
        for entry in entries {
            let room = max(1, width - swatchSide - Self.swatchGap)
            let label = typesetter.layout(entry.label, font: font, width: room, maxLines: 2)
            let itemWidth = swatchSide + Self.swatchGap + label.size.width
            if entry.startsGroup, x > 0 { x += Self.groupGap - Self.itemGap }
            if x > 0, x + itemWidth > width {
                y += rowHeight + Self.rowGap
                x = 0
                rowHeight = 0
            }
            let height = max(swatchSide, label.size.height)
            let firstLine = label.lines.first?.height ?? label.size.height
            let swatchTop = y + max(0, (min(height, firstLine) - swatchSide) / 2)
            let labelTop = y + max(0, (swatchSide - firstLine) / 2)
            items.append(Placed(
                swatch: Rect(x: x, y: swatchTop, width: swatchSide, height: swatchSide), color: entry.color,
                label: label, labelOrigin: Point(x: x + swatchSide + Self.swatchGap, y: labelTop)))
            x += itemWidth + Self.itemGap
            widest = max(widest, x - Self.itemGap)
            rowHeight = max(rowHeight, height)
        }
        self.items = items
        size = Size(width: widest, height: entries.isEmpty ? 0 : y + rowHeight)
    }

    /// Adds the legend to `plan` with its top-left corner at `origin`; with
    /// `background`, swatches of categories (sectors) too light to be seen on it are
    /// outlined as their bars are (``ChartPlan/dataFill(_:radius:_:on:class:)``).
    func place(in plan: inout ChartPlan, at origin: Point, textColor: Color, outlinedOn background: Color? = nil) {
        for item in items {
            let swatch = Rect(x: origin.x + item.swatch.minX, y: origin.y + item.swatch.minY,
                              width: item.swatch.width, height: item.swatch.height)
            plan.group(BriefRender.Mark(class: "tb-legend")) { plan in
                if let background {
                    plan.dataFill(swatch, radius: 1.5, item.color, on: background, class: "tb-swatch")
                } else {
                    plan.fill(swatch, radius: 1.5, item.color, class: "tb-swatch")
                }
                plan.text(item.label, at: Point(x: origin.x + item.labelOrigin.x, y: origin.y + item.labelOrigin.y), textColor)
            }
        }
    }
}
