/// Which link addresses in a document become live links: only `https:`,
/// `http:` and `mailto:` (the project's link policy). Any other address
/// (`javascript:`, `file:`, a relative path) keeps its text, without a link,
/// and gets a located warning.
///
/// This is the one place that decides; it will call the shared
/// `LinkPolicy` of BriefData once that lands.
enum LinkCheck {
    static let liveSchemes = ["https", "http", "mailto"]

    /// Whether `address` may be a live link.
    static func isLive(_ address: String) -> Bool {
        let trimmed = address.trimmingSpaces()
        guard let colon = trimmed.firstIndex(of: ":") else { return false }
        let scheme = trimmed[..<colon].lowercased()
        guard liveSchemes.contains(scheme) else { return false }
        let rest = trimmed[trimmed.index(after: colon)...]
        if scheme == "mailto" { return rest.contains("@") && !rest.contains(where: { $0.isWhitespace }) }
        return rest.hasPrefix("//") && rest.count > 2 && !rest.contains(where: { $0.isWhitespace || $0.asciiValue.map { $0 < 0x20 } ?? false })
    }
}
