/// Text from the data as pages show it: a name or credit cut to a length
/// that fits a table cell or a line of prose, so that a 10,000-character
/// company name cannot push a table row past the page (the CSV reader warns
/// about names over ``InvestmentCSV/maxLabelCharacters``).
public enum DisplayText {
    /// The most characters of a name shown: ``InvestmentCSV/maxLabelCharacters``.
    public static let nameLimit = InvestmentCSV.maxLabelCharacters

    /// `text` when it has at most `limit` characters (grapheme clusters),
    /// else its first `limit - 1` followed by `…`.
    public static func cut(_ text: String, to limit: Int = nameLimit) -> String {
        guard limit > 1, text.utf8.count > limit, text.count > limit else { return text }
        return String(text.prefix(limit - 1)) + "…"
    }

    /// `text` with the space before a short last word (three characters or
    /// fewer: `phase 2`, `Unit 12`, `Line B`) made a no-break space, so that a
    /// narrow table column never leaves that word alone on a line.
    public static func keepingShortLastWord(_ text: String) -> String {
        guard let space = text.lastIndex(of: " "), space > text.startIndex else { return text }
        let last = text[text.index(after: space)...]
        guard !last.isEmpty, last.count <= 3, text[..<space].last != " " else { return text }
        return text[..<space] + "\u{00A0}" + last
    }
}
