import BriefData
import BriefRender

/// A chart: draws itself into any rectangle of a context, and says how tall
/// it wants to be for a given width. Knows nothing about pages or files.
public protocol Chart: Sendable {
    /// The chart's name in the catalog, e.g. `state-bars`.
    var name: String { get }
    /// The title drawn above the chart (also the SVG `<title>`).
    var title: String { get }
    /// The chart's data in words, for screen readers (the SVG `<desc>`).
    var textDescription: String { get }
    /// The height the chart needs at `width`, measured with `typesetter`.
    func preferredHeight(width: Double, typesetter: Typesetter) -> Double
    /// The least height at which the chart still draws everything at
    /// `width` without overlaps (a map's tiles can shrink; bars cannot).
    /// By default the preferred height.
    func minimumHeight(width: Double, typesetter: Typesetter) -> Double
    /// Draws the chart inside `frame`.
    func draw(in context: GraphicsContext, frame: Rect) throws
    /// The language of the chart's words (the SVG's `xml:lang`, the PDF's `/Lang`).
    var language: BriefLanguage { get }
}

extension Chart {
    /// English, for charts that do not say otherwise.
    public var language: BriefLanguage { .english }
}

extension Chart {
    /// The preferred height: most charts cannot be drawn shorter.
    public func minimumHeight(width: Double, typesetter: Typesetter) -> Double {
        preferredHeight(width: width, typesetter: typesetter)
    }
}
