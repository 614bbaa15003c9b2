import TradeBrief
/// The tool's version, printed by `--version` and written into outputs.
enum TradeBriefVersion {
    static let current = "0.1.0"
}
