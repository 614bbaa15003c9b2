import CPango

extension Typesetter {
    /// The width of the widest piece of `markup` that has no break
    /// opportunity inside it (a word, an amount such as `$11.4B`, a code),
    /// in `font`: the narrowest width at which the text wraps without
    /// breaking a word. Soft hyphens (U+00AD) count as break opportunities.
    /// Measured once for each markup and font.
    public func unbreakableWidth(markup: String, font: Font) -> Double {
        let key = LayoutCache.WidthKey(markup: markup, font: font)
        if let known = cache[width: key] { return known }
        let width = measureUnbreakableWidth(markup: markup, font: font)
        cache.insert(width: width, for: key)
        return width
    }

    private func measureUnbreakableWidth(markup: String, font: Font) -> Double {
        let layout = TextLayout(typesetter: self)
        LineBreakingLock.run {
            layout.setMarkup(markup)
            layout.configure(font: font, width: nil, alignment: .left, lineSpacing: 1, maxLines: nil)
            // Word wrapping at the narrowest width: every line holds one unbreakable run, overflowing.
            pango_layout_set_width(layout.raw, 1)
            pango_layout_set_wrap(layout.raw, PANGO_WRAP_WORD)
            layout.computeLines()
        }
        return layout.lines.map(\.width).max() ?? 0
    }
}
