import CCairo
import CPango

/// The measurements of one line of a ``TextLayout``, in points, relative to
/// the layout's top-left corner.
public struct LineMetrics: Hashable, Sendable {
    /// Top of the line's logical box.
    public var top: Double
    /// Height of the line's logical box (including line spacing).
    public var height: Double
    /// The line's baseline.
    public var baseline: Double
    /// Width of the line's text.
    public var width: Double
}

/// Text laid out by Pango: measured first, then drawn with
/// ``GraphicsContext/draw(_:at:color:)``.
public final class TextLayout {
    let pointer: OpaquePointer
    /// ``requestedFamilies``, once read (the font is set before the layout is handed out and
    /// never changes after; the SVG writer asks for every line it writes).
    var knownRequestedFamilies: [String]?

    /// A layout in `typesetter`'s Pango context. The layout holds a reference
    /// to the context (and so to the font map), not to the typesetter, which
    /// keeps its layouts in a cache.
    init(typesetter: Typesetter) {
        pointer = pango_layout_new(typesetter.context)
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(pointer)) }

    var raw: OpaquePointer { pointer }

    func setText(_ text: String) { pango_layout_set_text(raw, text, -1) }

    func setMarkup(_ markup: String) { pango_layout_set_markup(raw, markup, -1) }

    /// Breaks the text into lines now (Pango does it on the first
    /// measurement), so that a typesetter can do it holding `LineBreakingLock`.
    func computeLines() {
        var logical = PangoRectangle()
        pango_layout_get_extents(raw, nil, &logical)
    }

    func configure(font: Font, width: Double?, alignment: TextAlignment, lineSpacing: Double, maxLines: Int?) {
        if let description = pango_font_description_new() {
            pango_font_description_set_family(description, font.family)
            pango_font_description_set_size(description, Int32((max(font.size, 0.1) * Double(PANGO_SCALE)).rounded()))
            pango_font_description_set_weight(description, PangoWeight(rawValue: UInt32(font.weight.numericValue)))
            pango_font_description_set_style(description, font.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
            pango_layout_set_font_description(raw, description)
            pango_font_description_free(description)
        }
        if let width {
            pango_layout_set_width(raw, Int32((max(width, 1) * Double(PANGO_SCALE)).rounded(.down)))
            pango_layout_set_wrap(raw, PANGO_WRAP_WORD_CHAR)
        }
        switch alignment {
        case .left: pango_layout_set_alignment(raw, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(raw, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(raw, PANGO_ALIGN_RIGHT)
        case .justify:
            pango_layout_set_alignment(raw, PANGO_ALIGN_LEFT)
            pango_layout_set_justify(raw, 1)
        }
        if lineSpacing != 1 { pango_layout_set_line_spacing(raw, Float(lineSpacing)) }
        if let maxLines, maxLines > 0 {
            pango_layout_set_height(raw, Int32(-maxLines))
            pango_layout_set_ellipsize(raw, PANGO_ELLIPSIZE_END)
            if width == nil { pango_layout_set_wrap(raw, PANGO_WRAP_WORD_CHAR) }
        }
    }

    /// Sets Korean words as Korean typesetting does: each Korean word (see
    /// ``HangulWords``) marked `lang="ko"`, so Pango shapes it with the
    /// Korean face of a CJK font, and kept whole at line ends (no break
    /// between its syllables). A word wider than the line (a long compound
    /// in a narrow table cell) would stick out of it, so where a line
    /// overflows its words are released and break between syllables; where
    /// the text is cut to ``maxLines`` with an ellipsis, the whole text is
    /// released if that lets it fit.
    func keepKoreanWordsWhole(width: Double?, maxLines: Int?) {
        let text = self.text
        guard HangulWords.containsHangul(text) else { return }
        let words = HangulWords.ranges(in: text)
        guard !words.isEmpty else { return }
        let base = pango_layout_get_attributes(raw).map { pango_attr_list_copy($0) } ?? pango_attr_list_new()
        guard let base else { return }
        defer { pango_attr_list_unref(base) }
        let korean = pango_language_from_string("ko")
        for word in words {
            if let attribute = pango_attr_language_new(korean) {
                attribute.pointee.start_index = guint(word.lowerBound)
                attribute.pointee.end_index = guint(word.upperBound)
                pango_attr_list_insert(base, attribute)
            }
        }
        func apply(keepingWhole kept: [Range<Int>]) {
            guard let list = pango_attr_list_copy(base) else { return }
            for word in kept {
                guard let attribute = pango_attr_allow_breaks_new(0) else { continue }
                attribute.pointee.start_index = guint(word.lowerBound)
                attribute.pointee.end_index = guint(word.upperBound)
                pango_attr_list_insert(list, attribute)
            }
            pango_layout_set_attributes(raw, list)
            pango_attr_list_unref(list)
        }
        apply(keepingWhole: words)
        guard let width else { return }
        if let maxLines, maxLines > 0 {
            if isEllipsized {
                apply(keepingWhole: [])
                if isEllipsized { apply(keepingWhole: words) }
            }
            return
        }
        // A word wider than the line is cut into pieces that each fit (kept
        // whole themselves), as CSS keep-all with overflow-wrap does: the word
        // still starts on a line of its own and breaks only where it must.
        let limit = Int32((max(width, 1) * Double(PANGO_SCALE)).rounded(.down))
        var kept = words
        for _ in 0..<3 {
            let overflowing = overflowingLineRanges(limit: limit)
            guard !overflowing.isEmpty else { return }
            var changed = false
            kept = kept.flatMap { word -> [Range<Int>] in
                guard overflowing.contains(where: { $0.overlaps(word) }) else { return [word] }
                let pieces = pieces(of: word, in: text, limit: limit)
                if pieces.count > 1 { changed = true }
                return pieces
            }
            guard changed else { return }
            apply(keepingWhole: kept)
        }
    }

    /// `word` (a byte range of `text`) cut at syllable boundaries into the
    /// fewest pieces no wider than `limit`, measured in this layout's font;
    /// the word itself when it fits.
    private func pieces(of word: Range<Int>, in text: String, limit: Int32) -> [Range<Int>] {
        let bytes = Array(text.utf8)
        guard word.upperBound <= bytes.count, let context = pango_layout_get_context(raw),
              let probe = pango_layout_new(context) else { return [word] }
        defer { g_object_unref(UnsafeMutableRawPointer(probe)) }
        let piece = String(decoding: bytes[word], as: UTF8.self)
        pango_layout_set_text(probe, piece, -1)
        pango_layout_set_font_description(probe, pango_layout_get_font_description(raw))
        var logical = PangoRectangle()
        pango_layout_get_extents(probe, nil, &logical)
        guard logical.width > limit else { return [word] }
        // The x position of every character boundary of the word.
        var boundaries: [(byte: Int, x: Int32)] = []
        var offset = 0
        for scalar in piece.unicodeScalars {
            var position = PangoRectangle()
            pango_layout_index_to_pos(probe, Int32(offset), &position)
            boundaries.append((offset, position.x))
            offset += UTF8.width(scalar)
        }
        boundaries.append((offset, logical.width))
        var result: [Range<Int>] = []
        var start = boundaries[0]
        var previous = start
        for boundary in boundaries.dropFirst() {
            if boundary.x - start.x > limit, previous.byte > start.byte {
                result.append((word.lowerBound + start.byte)..<(word.lowerBound + previous.byte))
                start = previous
            }
            previous = boundary
        }
        result.append((word.lowerBound + start.byte)..<word.upperBound)
        return result
    }

    /// The byte ranges of the lines wider than `limit` (Pango units).
    private func overflowingLineRanges(limit: Int32) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        let count = pango_layout_get_line_count(raw)
        for index in 0..<count {
            guard let line = pango_layout_get_line_readonly(raw, index) else { continue }
            var logical = PangoRectangle()
            pango_layout_line_get_extents(line, nil, &logical)
            if logical.width > limit {
                let start = Int(line.pointee.start_index)
                ranges.append(start..<(start + max(1, Int(line.pointee.length))))
            }
        }
        return ranges
    }

    /// The logical size of the laid-out text in points: the box a reader sees,
    /// including ascent and descent of every line.
    public var size: Size {
        var logical = PangoRectangle()
        pango_layout_get_extents(raw, nil, &logical)
        return Size(width: Double(logical.width) / Double(PANGO_SCALE), height: Double(logical.height) / Double(PANGO_SCALE))
    }

    /// The distance from the top of the layout to the first line's baseline.
    public var baseline: Double { Double(pango_layout_get_baseline(raw)) / Double(PANGO_SCALE) }

    /// The number of lines after wrapping.
    public var lineCount: Int { Int(pango_layout_get_line_count(raw)) }

    /// Whether the text had to be shortened with an ellipsis to fit.
    public var isEllipsized: Bool { pango_layout_is_ellipsized(raw) != 0 }

    /// The text as laid out (without markup).
    public var text: String { pango_layout_get_text(raw).map { String(cString: $0) } ?? "" }

    /// The text of each line after wrapping, top to bottom (without markup):
    /// each from its first character to the next line's, so that the lines
    /// joined are the whole text (a line keeps the space or line break it ends at).
    public var lineTexts: [String] {
        let bytes = Array(text.utf8)
        let starts = (0..<pango_layout_get_line_count(raw)).map { index in
            pango_layout_get_line_readonly(raw, index).map { min(max(0, Int($0.pointee.start_index)), bytes.count) } ?? bytes.count
        }
        return starts.indices.map { index in
            let end = index + 1 < starts.count ? max(starts[index], starts[index + 1]) : bytes.count
            return String(decoding: bytes[starts[index]..<end], as: UTF8.self)
        }
    }

    /// Per-line measurements, top to bottom.
    public var lines: [LineMetrics] {
        var result: [LineMetrics] = []
        guard let iterator = pango_layout_get_iter(raw) else { return result }
        defer { pango_layout_iter_free(iterator) }
        let scale = Double(PANGO_SCALE)
        repeat {
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iterator, nil, &logical)
            var y0: Int32 = 0
            var y1: Int32 = 0
            pango_layout_iter_get_line_yrange(iterator, &y0, &y1)
            result.append(LineMetrics(
                top: Double(y0) / scale, height: Double(y1 - y0) / scale,
                baseline: Double(pango_layout_iter_get_baseline(iterator)) / scale,
                width: Double(logical.width) / scale))
        } while pango_layout_iter_next_line(iterator) != 0
        return result
    }

    /// The boxes covering the UTF-8 byte range `bytes` of the laid-out text
    /// (``text``) on lines `range`, one per line it touches, relative to a
    /// drawing origin where the first line of `range` has its top at y = 0
    /// (as ``GraphicsContext/draw(_:lines:at:color:)`` places them).
    public func rectangles(bytes: Range<Int>, lines range: Range<Int>) -> [Rect] {
        guard !bytes.isEmpty, let iterator = pango_layout_get_iter(raw) else { return [] }
        defer { pango_layout_iter_free(iterator) }
        let scale = Double(PANGO_SCALE)
        var result: [Rect] = []
        var index = 0
        var firstTop: Double?
        repeat {
            if range.contains(index), let line = pango_layout_iter_get_line_readonly(iterator) {
                var y0: Int32 = 0
                var y1: Int32 = 0
                pango_layout_iter_get_line_yrange(iterator, &y0, &y1)
                let top = firstTop ?? Double(y0) / scale
                firstTop = top
                let start = Int(line.pointee.start_index)
                let end = start + Int(line.pointee.length)
                let from = max(start, bytes.lowerBound)
                let to = min(end, bytes.upperBound)
                if from < to {
                    var lineRect = PangoRectangle()
                    pango_layout_iter_get_line_extents(iterator, nil, &lineRect)
                    var ranges: UnsafeMutablePointer<Int32>?
                    var count: Int32 = 0
                    pango_layout_line_get_x_ranges(line, Int32(from), Int32(to), &ranges, &count)
                    if let ranges, count > 0 {
                        let x0 = (0..<Int(count)).map { Double(ranges[2 * $0]) }.min() ?? 0
                        let x1 = (0..<Int(count)).map { Double(ranges[2 * $0 + 1]) }.max() ?? 0
                        result.append(Rect(x: (Double(lineRect.x) + x0) / scale, y: Double(y0) / scale - top,
                                           width: (x1 - x0) / scale, height: Double(y1 - y0) / scale))
                    }
                    g_free(ranges)
                }
            }
            index += 1
        } while index < range.upperBound && pango_layout_iter_next_line(iterator) != 0
        return result
    }

    /// Draws lines `range` of the layout with the top of the first drawn line at `origin.y`.
    func show(lines range: Range<Int>, at origin: Point, on cr: OpaquePointer) {
        guard let iterator = pango_layout_get_iter(raw) else { return }
        defer { pango_layout_iter_free(iterator) }
        let scale = Double(PANGO_SCALE)
        var index = 0
        var firstTop: Double?
        repeat {
            if range.contains(index), let line = pango_layout_iter_get_line_readonly(iterator) {
                var logical = PangoRectangle()
                pango_layout_iter_get_line_extents(iterator, nil, &logical)
                var y0: Int32 = 0
                pango_layout_iter_get_line_yrange(iterator, &y0, nil)
                let top = firstTop ?? Double(y0) / scale
                firstTop = top
                let baseline = Double(pango_layout_iter_get_baseline(iterator)) / scale
                cairo_move_to(cr, origin.x + Double(logical.x) / scale, origin.y + baseline - top)
                pango_cairo_show_layout_line(cr, line)
            }
            index += 1
        } while index < range.upperBound && pango_layout_iter_next_line(iterator) != 0
    }
}
