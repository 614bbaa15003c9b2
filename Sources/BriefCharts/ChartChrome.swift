import BriefRender

/// The parts every chart shares: a title and subtitle above, a source line
/// (and notes) below, and the plot area left between them.
struct ChartChrome {
    let title: TextLayout
    let subtitle: TextLayout?
    let source: TextLayout
    let theme: ChartTheme

    static let gapBelowHeader = 10.0
    static let gapAboveSource = 8.0

    init(title: String, subtitle: String?, source: String, width: Double, theme: ChartTheme, typesetter: Typesetter) {
        self.theme = theme
        self.title = typesetter.layout(title, font: theme.titleFont, width: width)
        self.subtitle = subtitle.map { typesetter.layout($0, font: theme.subtitleFont, width: width) }
        self.source = typesetter.layout(source, font: theme.smallFont, width: width, lineSpacing: 1.1)
    }

    /// Height taken above the plot.
    var headerHeight: Double {
        title.size.height + (subtitle.map { 2 + $0.size.height } ?? 0) + Self.gapBelowHeader
    }

    /// Height taken below the plot.
    var footerHeight: Double { Self.gapAboveSource + source.size.height }

    /// Draws title, subtitle and source in `frame`; returns the plot area.
    func draw(in context: GraphicsContext, frame: Rect) -> Rect {
        var y = frame.minY
        context.draw(title, at: Point(x: frame.minX, y: y), color: theme.text)
        y += title.size.height
        if let subtitle {
            y += 2
            context.draw(subtitle, at: Point(x: frame.minX, y: y), color: theme.muted)
            y += subtitle.size.height
        }
        y += Self.gapBelowHeader
        let sourceTop = frame.maxY - source.size.height
        context.draw(source, at: Point(x: frame.minX, y: sourceTop), color: theme.muted)
        return Rect(x: frame.minX, y: y, width: frame.width, height: max(0, sourceTop - Self.gapAboveSource - y))
    }
}
