import BriefCharts
import BriefRender

/// Where a chart goes in a box of a given width and (optionally) height:
/// the size it is laid out at, the scale it is drawn at, and its offset.
///
/// Without a height the chart takes the height it needs. With one, the
/// chart fits its content in the box without stretching: it is laid out to
/// the box when it can be (it gets the extra height, or a map shrinks its
/// tiles down to its ``Chart/minimumHeight(width:typesetter:)``); otherwise
/// it is laid out narrower (a map's height follows its width), and failing
/// that laid out wider and drawn smaller (bars keep their row heights), so
/// that everything shows at one scale.
/// A box wider than `maximumLayoutWidth` gets the fit of a box that wide,
/// scaled up, type included: a poster-sized map has labels to match.
struct ChartFit: Equatable {
    /// The size the chart is laid out at, in its own points.
    var layout: Size
    /// How much the layout is scaled when drawn (above 1 only past `maximumLayoutWidth`).
    var scale: Double
    /// Where the layout's top-left corner goes inside the box.
    var offset: Point

    /// The fit of `chart` in a box `width` wide and `height` tall (nil: as
    /// tall as it needs), laid out at most `maximumLayoutWidth` wide.
    init(_ chart: any Chart, width: Double, height: Double?, typesetter: Typesetter, maximumLayoutWidth: Double = .infinity) {
        if width > maximumLayoutWidth, maximumLayoutWidth > 0 {
            let zoom = width / maximumLayoutWidth
            let fit = ChartFit(chart, width: maximumLayoutWidth, height: height.map { $0 / zoom }, typesetter: typesetter)
            self.init(layout: fit.layout, scale: fit.scale * zoom, offset: Point(x: fit.offset.x * zoom, y: fit.offset.y * zoom))
            return
        }
        guard let height else {
            self.init(layout: Size(width: width, height: chart.preferredHeight(width: width, typesetter: typesetter)),
                      scale: 1, offset: .zero)
            return
        }
        // The largest scale first (1: type at its size), and at each scale the
        // widest layout whose least height fits the box.
        func fits(_ layoutWidth: Double, _ scale: Double) -> Bool {
            chart.minimumHeight(width: layoutWidth, typesetter: typesetter) * scale <= height
        }
        var scale = 1.0
        while scale > Self.smallestScale {
            let full = width / scale
            if fits(full, scale) {
                self.init(layout: Size(width: full, height: height / scale), scale: scale, offset: .zero)
                return
            }
            var (low, high) = (full * Self.narrowest, full)
            if fits(low, scale) {
                for _ in 0..<10 {
                    let middle = (low + high) / 2
                    if fits(middle, scale) { low = middle } else { high = middle }
                }
                let fitted = low.rounded(.down)
                self.init(layout: Size(width: fitted, height: height / scale), scale: scale,
                          offset: Point(x: ((width - fitted * scale) / 2).rounded(), y: 0))
                return
            }
            scale *= 0.9
        }
        self.init(layout: Size(width: width / scale, height: height / scale), scale: scale, offset: .zero)
    }

    /// The narrowest a layout may get, as a share of the box's width.
    static let narrowest = 0.3
    /// Below this scale the type would be unreadable: the chart is drawn at it anyway.
    static let smallestScale = 0.25

    init(layout: Size, scale: Double, offset: Point) {
        self.layout = layout
        self.scale = scale
        self.offset = offset
    }
}
