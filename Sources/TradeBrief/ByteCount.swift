import BriefText

/// File sizes for people: `812 B`, `21.3 KB`, `1.2 MB` (as the CLI reports what it wrote).
package enum ByteCount {
    /// `bytes` in B, KB or MB (powers of 1000, one decimal).
    package static func text(_ bytes: Int) -> String {
        if bytes < 1000 { return "\(bytes) B" }
        if bytes < 1_000_000 { return cFormat("%.1f KB", Double(bytes) / 1000) }
        return cFormat("%.1f MB", Double(bytes) / 1_000_000)
    }
}
