/// Why an address may not be a live link (see ``LinkPolicy``); its
/// description says so in words, without repeating the address.
public enum LinkProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// Nothing but white space.
    case empty
    /// No scheme: a relative address such as `www.example.com` or `/a/b`.
    case noScheme
    /// A scheme other than `https`, `http` and `mailto` (lower case, no colon).
    case scheme(String)
    /// `https:` or `http:` without `//` and a host, or `mailto:` without an address.
    case incomplete(String)
    /// A control, format (bidi, zero-width) or noncharacter inside.
    case character(Unicode.Scalar)
    /// White space inside the address.
    case space
    /// A backslash (`\\host\share`, `https:\\host`).
    case backslash

    /// What is wrong, and what to do.
    public var description: String {
        let allowed = "a link must start with https://, http:// or mailto:"
        switch self {
        case .empty: return "the address is empty"
        case .noScheme: return "it has no scheme, so it cannot be followed from a document; \(allowed)"
        case .scheme(let scheme): return "the scheme '\(scheme):' is not allowed for links; \(allowed)"
        case .incomplete(let scheme):
            return scheme == "mailto" ? "'mailto:' needs an e-mail address after it" : "'\(scheme):' needs '//' and a host name after it, like \(scheme)://example.com/page"
        case .character(let scalar):
            return "it has an invisible or control character (U+\(String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4))); remove it"
        case .space: return "it has white space inside; write spaces as %20"
        case .backslash: return "it has a backslash (a Windows or network path, not a web address); \(allowed)"
        }
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
