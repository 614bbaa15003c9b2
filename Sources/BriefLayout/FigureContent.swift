import BriefRender

/// Something drawn in a figure block: a chart, or any drawing that knows its
/// height for a width. The layout engine measures it, then draws it.
public protocol FigureContent: Sendable {
    /// The height needed at `width`.
    func preferredHeight(width: Double, typesetter: Typesetter) -> Double
    /// Draws inside `frame`.
    func draw(in context: GraphicsContext, frame: Rect) throws
}
