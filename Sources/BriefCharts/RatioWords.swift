import Foundation

/// How many times one amount is another, in words, for takeaway titles:
/// `twice` (within 2.5%), `nearly twice` (up to 10% short), `more than
/// twice` (up to 10% over), the same for whole numbers up to ten (`three
/// times`), otherwise one decimal (`1.6 times`).
public enum RatioWords {
    /// How close to a whole number a ratio must be to be named as it: 2.5%.
    public static let tolerance = 0.025
    /// How far short of or over a whole number "nearly" and "more than" reach: 10%.
    public static let approximate = 0.10

    /// `ratio` (> 0) in words.
    public static func phrase(_ ratio: Double) -> String {
        let whole = ratio.rounded()
        if whole >= 2, whole <= 10 {
            let name = whole == 2 ? "twice" : "\(CountWords.word(Int(whole))) times"
            let off = (ratio - whole) / whole
            if abs(off) <= tolerance { return name }
            if off < 0, -off <= approximate { return "nearly " + name }
            if off > 0, off <= approximate { return "more than " + name }
        }
        return String(format: "%.1f times", ratio)
    }
}
