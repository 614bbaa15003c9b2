import BriefData

/// Which link addresses in a document become live links: the project's
/// ``LinkPolicy`` (only `https:`, `http:` and `mailto:`). Any other address
/// (`javascript:`, `file:`, a relative path) keeps its text, without a link,
/// and gets a located warning.
enum LinkCheck {
    /// The address as the live link carries it (trimmed, the scheme in lower
    /// case: `HTTPS://example.com` → `https://example.com`, which the PDF and SVG
    /// writers accept), or nil when it may not be live.
    static func liveAddress(_ address: String) -> String? {
        if case .success(let live) = LinkPolicy.liveURL(address) { return live }
        return nil
    }
}
