import BriefText
import CCairo
import CPango
import FoundationEssentials

/// Makes text layouts: owns a Pango font map and context set up so that a
/// font size means points (72 dpi) and measurements do not depend on the
/// surface the text is later drawn on (metrics hinting off).
///
/// A typesetter is not thread-safe: use one per thread or task. Layouts made
/// by one typesetter can be drawn on any ``GraphicsContext`` of the same thread.
public final class Typesetter {
    let fontMap: UnsafeMutablePointer<PangoFontMap>
    let context: OpaquePointer
    /// Layouts (and unbreakable widths) already made, shared by later requests for the same text.
    var cache = LayoutCache()
    /// US English hyphenation (libhyphen's patterns), loaded on first use
    /// and shared by every typesetter of the process; nil when the patterns
    /// are not installed.
    public var hyphenator: Hyphenator? { Hyphenator.english }

    /// The language of the text this typesetter sets, as a BCP 47 tag (`en`,
    /// `ko`): Pango shapes and picks fonts for text without its own `lang`
    /// in this language. (Korean words are marked `ko` and kept whole at
    /// line ends in any typesetter; see ``HangulWords``.)
    public let language: String

    /// Creates a typesetter with its own font map.
    ///
    /// - Parameter families: the font families its text will ask for (each
    ///   may be a comma-separated list, as in a style). When tradebrief's
    ///   pinned fonts provide all of them, the font map uses only those fonts
    ///   (reproducible and fast); otherwise it uses the system's fontconfig
    ///   configuration. Generic names (`sans-serif`, `serif`, `monospace`)
    ///   are always provided.
    /// - Parameter language: the BCP 47 tag of the text's language (`en` by default, `ko`).
    public init(families: [String] = [], language: String = "en") {
        self.language = language
        let configuration = FontConfiguration.configuration(for: families)
        // Both only fail when memory runs out, where a crash is the honest outcome.
        fontMap = pango_cairo_font_map_new()!
        if let configuration {
            pango_fc_font_map_set_config(OpaquePointer(fontMap), configuration)
        }
        // The font map's resolution must match the context's: otherwise Pango
        // builds (and fontconfig sorts) every fontset twice, at 96 and 72 dpi.
        pango_cairo_font_map_set_resolution(OpaquePointer(fontMap), 72)
        context = pango_font_map_create_context(fontMap)!
        pango_cairo_context_set_resolution(context, 72)
        if let options = cairo_font_options_create() {
            cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
            cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
            pango_cairo_context_set_font_options(context, options)
            cairo_font_options_destroy(options)
        }
        pango_context_set_language(context, pango_language_from_string(language))
        // Unrounded glyph positions: widths scale exactly with the font size,
        // so a layout measured once fits at any zoom and on any surface.
        pango_context_set_round_glyph_positions(context, 0)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(fontMap)
    }

    /// Lays out plain `text` (no markup is interpreted).
    public func layout(
        _ text: String, font: Font, width: Double? = nil, alignment: TextAlignment = .left,
        lineSpacing: Double = 1, maxLines: Int? = nil
    ) -> TextLayout {
        let key = LayoutCache.Key(text: text, isMarkup: false, font: font, width: width, alignment: alignment,
                                  lineSpacing: lineSpacing, maxLines: maxLines)
        if let cached = cache[key] { return cached }
        let layout = TextLayout(typesetter: self)
        LineBreakingLock.run {
            layout.setText(text)
            layout.configure(font: font, width: width, alignment: alignment, lineSpacing: lineSpacing, maxLines: maxLines)
            layout.keepKoreanWordsWhole(width: width, maxLines: maxLines)
            layout.computeLines()
        }
        cache.insert(layout, for: key)
        return layout
    }

    /// Lays out Pango markup (e.g. `<b>bold</b>`, `<span lang="ko">…</span>`).
    /// - Throws: ``RenderError`` when the markup does not parse.
    public func layout(
        markup: String, font: Font, width: Double? = nil, alignment: TextAlignment = .left,
        lineSpacing: Double = 1, maxLines: Int? = nil
    ) throws -> TextLayout {
        let key = LayoutCache.Key(text: markup, isMarkup: true, font: font, width: width, alignment: alignment,
                                  lineSpacing: lineSpacing, maxLines: maxLines)
        if let cached = cache[key] { return cached }
        var error: UnsafeMutablePointer<GError>?
        if pango_parse_markup(markup, -1, 0, nil, nil, nil, &error) == 0 {
            let reason = error.map { String(cString: $0.pointee.message) } ?? "invalid markup"
            if let error { g_error_free(error) }
            throw RenderError(operation: "parsing text markup", reason: reason)
        }
        let layout = TextLayout(typesetter: self)
        LineBreakingLock.run {
            layout.setMarkup(markup)
            layout.configure(font: font, width: width, alignment: alignment, lineSpacing: lineSpacing, maxLines: maxLines)
            layout.keepKoreanWordsWhole(width: width, maxLines: maxLines)
            layout.computeLines()
        }
        cache.insert(layout, for: key)
        return layout
    }

    /// The family that fontconfig actually uses for `family` (e.g. "DejaVu Sans"
    /// for "Sans"), so that callers can warn when a requested family is missing.
    public func resolvedFamily(for family: String) -> String? {
        guard let description = pango_font_description_new() else { return nil }
        defer { pango_font_description_free(description) }
        pango_font_description_set_family(description, family)
        pango_font_description_set_size(description, 10 * PANGO_SCALE)
        guard let font = LineBreakingLock.run({ pango_font_map_load_font(fontMap, context, description) })
        else { return nil }
        defer { g_object_unref(UnsafeMutableRawPointer(font)) }
        guard let loaded = pango_font_describe(font) else { return nil }
        defer { pango_font_description_free(loaded) }
        return pango_font_description_get_family(loaded).map { String(cString: $0) }
    }

    /// The characters ``escapeMarkup(_:)`` replaces.
    private static let markupSpecialBytes = ASCIIByteSet("&<>\"'")

    /// Escapes `text` for use inside Pango markup.
    public static func escapeMarkup(_ text: String) -> String {
        // Most texts have nothing to escape: each of these characters is one ASCII byte.
        guard text.containsAnyByte(markupSpecialBytes) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
