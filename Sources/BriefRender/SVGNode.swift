/// One element the SVG writer will print, in the document's coordinates
/// (the device space: points from the top-left corner).
final class SVGNode {
    /// What the element is.
    enum Kind {
        /// A group of drawing calls (a ``Mark``), or the document's root.
        case group
        /// `<rect>`, with corner radii (zero for square corners).
        case rect(Rect, rx: Double, ry: Double)
        /// `<line>`.
        case line(from: Point, to: Point)
        /// `<path>` with its `d` attribute.
        case path(String)
        /// `<text>`: one line of a layout.
        case text(SVGTextLine)
    }

    var kind: Kind
    /// The fill; nil for none.
    var fill: Color?
    /// The stroke and its style; nil for none.
    var stroke: (color: Color, style: StrokeStyle)?
    /// Space-separated classes.
    var className: String?
    /// The tooltip (`<title>` child).
    var title: String?
    /// The clip path's number, if clipped.
    var clip: Int?
    /// A group's children, in drawing order.
    var children: [SVGNode] = []
    /// For text: the colour under it (nil: the background), to keep its
    /// contrast in the dark colour scheme.
    var underlay: Color?

    init(_ kind: Kind, fill: Color? = nil) {
        self.kind = kind
        self.fill = fill
    }
}

/// One line of text for `<text>`: its runs (one per font), colour and
/// transform.
struct SVGTextLine {
    /// One stretch of the line in one font.
    struct Run {
        var text: String
        /// Start of the run, in the text's coordinates.
        var x: Double
        var width: Double
        var font: PlacedFont
    }

    /// The baseline, in the text's coordinates.
    var y: Double
    var runs: [Run]
    /// The CSS font-family stack: the style's families, then the families
    /// Pango fell back to, then a generic family.
    var families: String
    /// A transform for text that is rotated or scaled unevenly; nil when the
    /// coordinates are already the document's.
    var transform: AffineTransform?
}
