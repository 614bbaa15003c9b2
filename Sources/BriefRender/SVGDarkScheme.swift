import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The dark colour scheme of an SVG (`prefers-color-scheme: dark`): every
/// colour is moved to the luminance that gives it, against the dark
/// background, the same WCAG contrast it had against the light one, keeping
/// its hue. So text that read at 4.5:1 on the light background reads at
/// 4.5:1 on the dark one, and marks keep their 3:1. Text drawn on a mark (a
/// state code on a map tile) is checked against the mark's dark colour and
/// given another colour where the pair would lose contrast.
struct SVGDarkScheme {
    /// The chart's own background.
    let light: Color
    /// The background in the dark scheme.
    let dark: Color

    /// The default dark background: near-black, not black (less glare).
    static let defaultDark = Color(red: 0x12 / 255, green: 0x12 / 255, blue: 0x12 / 255)

    /// `color` in the dark scheme.
    func map(_ color: Color) -> Color {
        // 1% more than the light contrast, so that rounding to #rrggbb never loses it.
        let ratio = color.contrast(with: light) * 1.01
        let (darkL, lightL) = (dark.luminance, light.luminance)
        let target = color.luminance <= lightL ? ratio * (darkL + 0.05) - 0.05 : (darkL + 0.05) / ratio - 0.05
        return Self.withLuminance(color, min(max(target, 0), 1))
    }

    /// The dark-scheme colour for text of `color` drawn on `underlay`, when
    /// ``map(_:)`` would lose the pair's contrast (below 4.5:1, or below the
    /// light scheme's when that was lower); nil when ``map(_:)`` is fine.
    func textColor(_ color: Color, on underlay: Color) -> Color? {
        let needed = min(4.5, color.contrast(with: underlay)) - 0.005
        let ground = map(underlay)
        let mapped = map(color)
        guard mapped.contrast(with: ground) < needed else { return nil }
        let candidates = [mapped, color, .white, .black, dark, light]
        return candidates.max { $0.contrast(with: ground) < $1.contrast(with: ground) }
    }

    private static func linear(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
    private static func encoded(_ c: Double) -> Double { c <= 0.0031308 ? c * 12.92 : 1.055 * pow(c, 1 / 2.4) - 0.055 }
    private static func luminance(_ rgb: [Double]) -> Double { 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2] }

    /// `color` with relative luminance `target`, its hue kept: linear RGB
    /// scaled, then mixed with white where a channel would pass 1.
    static func withLuminance(_ color: Color, _ target: Double) -> Color {
        let rgb = [color.red, color.green, color.blue].map(linear)
        let current = luminance(rgb)
        var result: [Double]
        if current <= 1e-9 {
            result = [target, target, target]
        } else {
            result = rgb.map { $0 * target / current }
            if let peak = result.max(), peak > 1 {
                let base = rgb.map { $0 / (rgb.max() ?? 1) }
                let baseL = luminance(base)
                let t = baseL >= 1 ? 0 : min(max((target - baseL) / (1 - baseL), 0), 1)
                result = base.map { $0 + (1 - $0) * t }
            }
        }
        let out = result.map { encoded(min(max($0, 0), 1)) }
        return Color(red: out[0], green: out[1], blue: out[2], alpha: color.alpha)
    }
}
