import BriefText
import FoundationEssentials
import CPango

extension TextLayout {
    /// The families the layout asked for (a style's family, possibly a
    /// comma-separated list), in order.
    var requestedFamilies: [String] {
        if let knownRequestedFamilies { return knownRequestedFamilies }
        guard let description = pango_layout_get_font_description(raw),
              let family = pango_font_description_get_family(description) else { return [] }
        let families = String(cString: family).split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        knownRequestedFamilies = families
        return families
    }

    /// Every run of every line, in order, as Pango placed it.
    var placedRuns: [PlacedTextRun] {
        guard let iterator = pango_layout_get_iter(raw), let start = pango_layout_get_text(raw) else { return [] }
        defer { pango_layout_iter_free(iterator) }
        let bytes = UnsafeRawPointer(start).assumingMemoryBound(to: UInt8.self)
        let length = Int(strlen(start))
        let scale = Double(PANGO_SCALE)
        var fonts: [UnsafeMutableRawPointer: PlacedFont] = [:]
        var runs: [PlacedTextRun] = []
        var line = 0
        repeat {
            guard let run = pango_layout_iter_get_run_readonly(iterator), let item = run.pointee.item,
                  let glyphs = run.pointee.glyphs else {
                // The empty run that ends every line: only the line's last run loses its trailing
                // white space. A run inside the line keeps it: Hangul words are separate runs
                // (the space between them in another font, or at the end of the word's run).
                if let last = runs.last, last.line == line { runs[runs.count - 1] = last.endingLine() }
                line += 1
                continue
            }
            let offset = Int(item.pointee.offset)
            let count = Int(item.pointee.length)
            guard offset >= 0, count >= 0, offset + count <= length else { continue }
            let flags = Int32(item.pointee.analysis.flags)
            var logical = PangoRectangle()
            pango_layout_iter_get_run_extents(iterator, nil, &logical)
            var top: Int32 = 0
            pango_layout_iter_get_line_yrange(iterator, &top, nil)
            var text: String
            let width = Double(logical.width) / scale
            var trimmed: PlacedTextRun.Trimmed?
            if flags & 2 != 0 {   // PANGO_ANALYSIS_FLAG_IS_ELLIPSIS
                text = "…"
            } else {
                var kept = count
                while kept > 0, Self.isTrailingSpace(bytes[offset + kept - 1]) { kept -= 1 }
                text = String(decoding: UnsafeBufferPointer(start: bytes + offset, count: count), as: UTF8.self)
                if kept < count {
                    trimmed = PlacedTextRun.Trimmed(text: String(decoding: UnsafeBufferPointer(start: bytes + offset, count: kept), as: UTF8.self),
                                                    width: Self.advance(of: glyphs, before: kept) / scale)
                }
                if flags & 4 != 0 {   // PANGO_ANALYSIS_FLAG_NEED_HYPHEN
                    text += "-"
                    trimmed = nil
                }
            }
            guard !text.isEmpty else { continue }
            let fontKey = UnsafeMutableRawPointer(item.pointee.analysis.font)
            let font: PlacedFont
            if let key = fontKey, let known = fonts[key] {
                font = known
            } else {
                font = Self.describe(item.pointee.analysis.font)
                if let key = fontKey { fonts[key] = font }
            }
            runs.append(PlacedTextRun(
                line: line, text: text, x: Double(logical.x) / scale,
                baseline: Double(pango_layout_iter_get_baseline(iterator)) / scale,
                lineTop: Double(top) / scale, width: width, font: font, withoutTrailingSpace: trimmed))
        } while pango_layout_iter_next_run(iterator) != 0
        if let last = runs.last, last.line == line { runs[runs.count - 1] = last.endingLine() }
        runs.removeAll { $0.text.isEmpty }
        return runs
    }

    /// The top of line `index`'s logical box, or nil past the last line.
    func lineTop(_ index: Int) -> Double? {
        let lines = self.lines
        return lines.indices.contains(index) ? lines[index].top : nil
    }

    private static func isTrailingSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    /// The advance of the glyphs whose characters start before byte `limit` of the run.
    private static func advance(of glyphs: UnsafeMutablePointer<PangoGlyphString>, before limit: Int) -> Double {
        let string = glyphs.pointee
        guard let infos = string.glyphs, let clusters = string.log_clusters else { return 0 }
        var total = 0
        for index in 0..<Int(string.num_glyphs) where Int(clusters[index]) < limit {
            total += Int(infos[index].geometry.width)
        }
        return Double(total)
    }

    private static func describe(_ font: UnsafeMutablePointer<PangoFont>?) -> PlacedFont {
        guard let font, let description = pango_font_describe(font) else {
            return PlacedFont(family: "sans-serif", size: 10, weight: 400, italic: false)
        }
        defer { pango_font_description_free(description) }
        let family = pango_font_description_get_family(description).map { String(cString: $0) } ?? "sans-serif"
        let style = pango_font_description_get_style(description)
        return PlacedFont(
            family: family,
            size: Double(pango_font_description_get_size(description)) / Double(PANGO_SCALE),
            weight: Int(pango_font_description_get_weight(description).rawValue),
            italic: style == PANGO_STYLE_ITALIC || style == PANGO_STYLE_OBLIQUE)
    }
}
