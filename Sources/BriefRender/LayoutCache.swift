/// The layouts a ``Typesetter`` has made, by everything that shapes them, so
/// that the same text in the same font and width is shaped once: the labels,
/// headers and footers that every chart and page repeats, and the blocks a
/// layout engine measures again while it tries to fit a page. Also the
/// unbreakable widths it has measured (a table's cells, measured again for
/// every form of a page that is tried) and the markup it has prepared for
/// line breaking.
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

    /// What an unbreakable width is measured from.
    struct WidthKey: Hashable {
        var markup: String
        var font: Font
    }

    /// What markup is prepared from.
    struct PreparedKey: Hashable {
        var markup: String
        var hyphenated: Bool
    }

    /// The most layouts kept (a few MB of Pango lines at most), and the most widths and prepared texts.
    static let capacity = 4096

    private var layouts = Bounded<Key, TextLayout>()
    private var widths = Bounded<WidthKey, Double>()
    private var prepared = Bounded<PreparedKey, String>()

    /// A dictionary that starts afresh when it holds ``LayoutCache/capacity`` entries.
    private struct Bounded<K: Hashable, V> {
        private var entries: [K: V] = [:]

        subscript(key: K) -> V? { entries[key] }

        mutating func insert(_ value: V, for key: K) {
            if entries.count >= LayoutCache.capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = value
        }
    }

    /// The layout made for `key`, or nil.
    subscript(key: Key) -> TextLayout? { layouts[key] }

    /// Keeps `layout` as the one for `key`.
    mutating func insert(_ layout: TextLayout, for key: Key) { layouts.insert(layout, for: key) }

    /// The unbreakable width measured for `key`, or nil.
    subscript(width key: WidthKey) -> Double? { widths[key] }

    /// Keeps `width` as the unbreakable width for `key`.
    mutating func insert(width: Double, for key: WidthKey) { widths.insert(width, for: key) }

    /// The markup prepared for `key`, or nil.
    subscript(prepared key: PreparedKey) -> String? { prepared[key] }

    /// Keeps `markup` as the one prepared for `key`.
    mutating func insert(prepared markup: String, for key: PreparedKey) { prepared.insert(markup, for: key) }
}
