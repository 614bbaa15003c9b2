/// The layouts a ``Typesetter`` has made, by everything that shapes them, so
/// that the same text in the same font and width is shaped once: the labels,
/// headers and footers that every chart and page repeats, and the blocks a
/// layout engine measures again while it tries to fit a page.
///
/// Layouts are immutable once made, so a cached one can be handed out again.
/// The cache is bounded: when it holds ``capacity`` layouts it starts afresh.
struct LayoutCache {
    /// What a layout is made from.
    struct Key: Hashable {
        var text: String
        var isMarkup: Bool
        var font: Font
        var width: Double?
        var alignment: TextAlignment
        var lineSpacing: Double
        var maxLines: Int?
    }

    /// The most layouts kept (a few MB of Pango lines at most).
    static let capacity = 4096

    private var layouts: [Key: TextLayout] = [:]

    /// The layout made for `key`, or nil.
    subscript(key: Key) -> TextLayout? { layouts[key] }

    /// Keeps `layout` as the one for `key`.
    mutating func insert(_ layout: TextLayout, for key: Key) {
        if layouts.count >= Self.capacity { layouts.removeAll(keepingCapacity: true) }
        layouts[key] = layout
    }
}
