import BriefRender

/// Something drawn in a figure block: a chart, or any drawing that knows its
/// height for a width. The layout engine measures it, then draws it.
public protocol FigureContent: Sendable {
    /// The height needed at `width`.
    func preferredHeight(width: Double, typesetter: Typesetter) -> Double
    /// Draws inside `frame`.
    func draw(in context: GraphicsContext, frame: Rect) throws
    /// The narrowest width at which the drawing stays readable. On a page
    /// of several columns, a figure that needs more than a column spans
    /// them all. The default is 0 (any column will do).
    func minimumWidth(typesetter: Typesetter) -> Double
    /// The least height at `width` at which the drawing still shows
    /// everything with its type at full size (a map's tiles can shrink). The
    /// page flow draws a figure that short only to keep it within a page of
    /// its text. The default is the preferred height (it cannot be shorter).
    func minimumHeight(width: Double, typesetter: Typesetter) -> Double
}

extension FigureContent {
    /// Any column will do.
    public func minimumWidth(typesetter: Typesetter) -> Double { 0 }

    /// The preferred height: it cannot be drawn shorter.
    public func minimumHeight(width: Double, typesetter: Typesetter) -> Double {
        preferredHeight(width: width, typesetter: typesetter)
    }
}
