import BriefData

/// Which link addresses in a document become live links: the project's
/// ``LinkPolicy`` (only `https:`, `http:` and `mailto:`). Any other address
/// (`javascript:`, `file:`, a relative path) keeps its text, without a link,
/// and gets a located warning.
enum LinkCheck {
    /// Whether `address` may be a live link.
    static func isLive(_ address: String) -> Bool { LinkPolicy.isLive(address) }
}
