import BriefText
import FoundationEssentials
import TradeBrief

/// File sizes for people: `812 B`, `21.3 KB`, `1.2 MB`.
enum ByteCount {
    static func text(_ bytes: Int) -> String {
        if bytes < 1000 { return "\(bytes) B" }
        if bytes < 1_000_000 { return cFormat("%.1f KB", Double(bytes) / 1000) }
        return cFormat("%.1f MB", Double(bytes) / 1_000_000)
    }
}
