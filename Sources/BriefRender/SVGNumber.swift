/// Numbers as the SVG writer prints them: rounded to two decimals, without
/// trailing zeros or a negative zero (`12`, `12.5`, `0.25`, `-3.1`).
enum SVGNumber {
    /// `value` rounded to hundredths.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = (min(max(value, -1e12), 1e12) * 100).rounded()
        let magnitude = Int(abs(hundredths))
        guard magnitude != 0 else { return "0" }
        let whole = magnitude / 100
        let fraction = magnitude % 100
        var text = hundredths < 0 ? "-" : ""
        text += String(whole)
        if fraction != 0 {
            text += fraction % 10 == 0 ? ".\(fraction / 10)" : (fraction < 10 ? ".0\(fraction)" : ".\(fraction)")
        }
        return text
    }
}
