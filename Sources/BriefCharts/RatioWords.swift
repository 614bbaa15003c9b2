import BriefText
import FoundationEssentials

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
        guard let near = nearWhole(ratio) else { return cFormat("%.1f times", ratio) }
        let name = near.whole == 2 ? "twice" : "\(CountWords.word(near.whole)) times"
        if abs(near.off) <= tolerance { return name }
        return (near.off < 0 ? "nearly " : "more than ") + name
    }

    /// `ratio` (> 0) in words for a ratio that rests on an estimate (a figure no
    /// source states): `about twice`, `about three times`, `about 1.6 times`.
    public static func about(_ ratio: Double) -> String {
        guard let near = nearWhole(ratio) else { return cFormat("about %.1f times", ratio) }
        return "about " + (near.whole == 2 ? "twice" : "\(CountWords.word(near.whole)) times")
    }

    /// The whole number from 2 to 10 that `ratio` is within ``approximate``
    /// of, and how far off it is (a share of it, negative when short); nil
    /// for any other ratio.
    static func nearWhole(_ ratio: Double) -> (whole: Int, off: Double)? {
        let whole = ratio.rounded()
        guard whole >= 2, whole <= 10 else { return nil }
        let off = (ratio - whole) / whole
        return abs(off) <= approximate ? (Int(whole), off) : nil
    }
}
