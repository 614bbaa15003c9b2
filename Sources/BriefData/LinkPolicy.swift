/// Which addresses may become live links in what tradebrief writes: the one
/// rule for every link, whether it comes from a CSV's `url` column, a
/// dataset's sources or a Markdown brief.
///
/// A live link must be an absolute `https:`, `http:` or `mailto:` address.
/// The text is trimmed of white space at both ends, and its scheme is
/// compared without regard to case. Refused:
/// - any other scheme (`javascript:`, `vbscript:`, `file:`, `data:`,
///   `launch:`, …) and addresses without one (`www.example.com`, `/a/b`,
///   `//host/x`);
/// - control characters (U+0000–U+001F, U+007F–U+009F), invisible format
///   characters (bidi controls, zero-width characters, U+FEFF), white space
///   inside the address, noncharacters (U+FFFE, U+FFFF, …) and backslashes
///   (`\\host\share` UNC paths, `https:\\host`);
/// - `https:` or `http:` without `//` and a host, and `mailto:` with nothing after it.
///
/// ```swift
/// switch LinkPolicy.liveURL(" HTTPS://example.com/a ") {
/// case .success(let url): print(url)          // "https://example.com/a"
/// case .failure(let problem): print(problem)  // why it cannot be a link
/// }
/// LinkPolicy.isLive("javascript:alert(1)")    // false
/// ```
public enum LinkPolicy {
    /// The schemes allowed for live links, lower case, without the colon.
    public static let schemes: [String] = ["https", "http", "mailto"]

    /// The address as a live link may use it (trimmed, scheme in lower
    /// case, the rest as written), or why it may not be one.
    /// - Parameter raw: the address as written.
    public static func liveURL(_ raw: String) -> Result<String, LinkProblem> {
        let text = trimmed(raw)
        guard !text.isEmpty else { return .failure(.empty) }
        for scalar in text.unicodeScalars {
            if let problem = problem(with: scalar) { return .failure(problem) }
        }
        guard let colon = text.firstIndex(of: ":"), isScheme(text[..<colon]) else { return .failure(.noScheme) }
        let scheme = text[..<colon].lowercased()
        let rest = text[text.index(after: colon)...]
        guard schemes.contains(scheme) else { return .failure(.scheme(scheme)) }
        if scheme == "mailto" {
            guard !rest.isEmpty else { return .failure(.incomplete(scheme)) }
        } else {
            guard rest.hasPrefix("//"), let first = rest.dropFirst(2).first, first != "/", first != "?", first != "#" else {
                return .failure(.incomplete(scheme))
            }
        }
        return .success(scheme + ":" + rest)
    }

    /// Whether `raw` may be a live link (see ``liveURL(_:)``).
    public static func isLive(_ raw: String) -> Bool {
        if case .success = liveURL(raw) { return true }
        return false
    }

    /// `raw` without white space (and other invisible space) at either end.
    static func trimmed(_ raw: String) -> Substring {
        let scalars = raw.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return Substring(scalars[first...last])
    }

    /// What is wrong with a character inside an address, if anything.
    static func problem(with scalar: Unicode.Scalar) -> LinkProblem? {
        let properties = scalar.properties
        if properties.generalCategory == .control || properties.generalCategory == .format || properties.isNoncharacterCodePoint {
            return .character(scalar)
        }
        if properties.isWhitespace { return .space }
        if scalar == "\\" { return .backslash }
        return nil
    }

    /// Whether `text` is a URI scheme: a letter, then letters, digits, `+`, `-` or `.`.
    static func isScheme(_ text: Substring) -> Bool {
        guard let first = text.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else { return false }
        return text.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0)) }
    }
}
