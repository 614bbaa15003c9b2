/// The version of tradebrief: printed by `tradebrief --version` and recorded in `manifest.json`.
public enum TradeBriefVersion {
    /// The version, e.g. `0.1.0`.
    public static let current = "0.1.0"
}
