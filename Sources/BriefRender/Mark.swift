/// What a group of drawing calls stands for, for outputs that keep structure
/// (SVG): a class for CSS (`tb-bar`, `tb-label`, …) and a tooltip.
///
/// ```swift
/// context.mark(title: "Georgia: $7.9B, 2 projects", class: "tb-bar") {
///     context.fill(bar, color: accent)
/// }
/// ```
/// In SVG the group becomes a `<g>` (or, when it holds one element, that
/// element) with a `class` attribute and a `<title>` child, which browsers
/// show as a native tooltip. PDF and PNG draw the same and ignore the mark.
public struct Mark: Hashable, Sendable {
    /// Space-separated CSS class names, e.g. `tb-bar`; nil for none.
    public var className: String?
    /// The tooltip, e.g. `Georgia: $7.9B, 2 projects`; nil for none.
    public var title: String?

    /// Creates a mark with a class and a tooltip.
    public init(class className: String? = nil, title: String? = nil) {
        self.className = className
        self.title = title
    }
}
