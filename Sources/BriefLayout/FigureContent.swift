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
}

extension FigureContent {
    /// Any column will do.
    public func minimumWidth(typesetter: Typesetter) -> Double { 0 }
}
