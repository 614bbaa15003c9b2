extension Typesetter {
    /// `markup` as `prepare` rewrites it for line breaking (amounts bound
    /// to their units, Korean words kept whole and, when `hyphenated`, soft
    /// hyphens in long words: the layout engine's `LineBreaks`), rewritten
    /// the first time and kept: a page laid out again for each form tried,
    /// and the pages of a batch that share their notes, rewrite nothing
    /// twice. `prepare` must depend on nothing but `markup` and `hyphenated`.
    public func preparedMarkup(_ markup: String, hyphenated: Bool, prepare: (String) -> String) -> String {
        let key = LayoutCache.PreparedKey(markup: markup, hyphenated: hyphenated)
        if let known = cache[prepared: key] { return known }
        let prepared = prepare(markup)
        cache.insert(prepared: prepared, for: key)
        return prepared
    }
}
