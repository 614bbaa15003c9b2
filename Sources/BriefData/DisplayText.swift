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
}
