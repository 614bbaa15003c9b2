import BriefCharts
import BriefRender

/// Where a chart goes in a box of a given width and (optionally) height:
/// the size it is laid out at, the scale it is drawn at, and its offset.
///
/// Without a height the chart takes the height it needs. With one, the
/// chart fits its content in the box without stretching: it gets the extra
/// height when it needs less; when it needs more, it is laid out narrower
/// (a map's height follows its width), and failing that laid out wider and
/// drawn smaller (bars keep their row heights), so that everything shows at
/// one scale.
struct ChartFit: Equatable {
    /// The size the chart is laid out at, in its own points.
    var layout: Size
    /// How much the layout is scaled when drawn (1 or less).
    var scale: Double
    /// Where the layout's top-left corner goes inside the box.
    var offset: Point

    /// The fit of `chart` in a box `width` wide and `height` tall (nil: as tall as it needs).
    init(_ chart: any Chart, width: Double, height: Double?, typesetter: Typesetter) {
        guard let height else {
            self.init(layout: Size(width: width, height: chart.preferredHeight(width: width, typesetter: typesetter)),
                      scale: 1, offset: .zero)
            return
        }
        func natural(_ w: Double) -> Double { chart.preferredHeight(width: w, typesetter: typesetter) }
        if natural(width) <= height {
            self.init(layout: Size(width: width, height: height), scale: 1, offset: .zero)
            return
        }
        // Narrower first: the widest layout from half the width up that fits.
        let narrowest = width / 2
        if natural(narrowest) <= height {
            var (low, high) = (narrowest, width)
            for _ in 0..<14 {
                let middle = (low + high) / 2
                if natural(middle) <= height { low = middle } else { high = middle }
            }
            let fitted = low.rounded(.down)
            self.init(layout: Size(width: fitted, height: height), scale: 1, offset: Point(x: ((width - fitted) / 2).rounded(), y: 0))
            return
        }
        // Then smaller: the largest scale at which the layout, widened to fill the box, fits its height.
        var (low, high) = (0.05, 1.0)
        for _ in 0..<16 {
            let middle = (low + high) / 2
            if natural(width / middle) * middle <= height { low = middle } else { high = middle }
        }
        self.init(layout: Size(width: width / low, height: height / low), scale: low, offset: .zero)
    }

    init(layout: Size, scale: Double, offset: Point) {
        self.layout = layout
        self.scale = scale
        self.offset = offset
    }
}
