@testable import BriefRender
import Testing

/// The dark colour scheme keeps every colour's contrast with the background.
@Suite("SVG dark scheme")
struct SVGDarkSchemeTests {
    let scheme = SVGDarkScheme(light: .white, dark: SVGDarkScheme.defaultDark)
    static let colors = ["#1a1a1a", "#5e5e5e", "#0b5394", "#e4e4e4", "#333333", "#0072B2", "#E69F00", "#009E73",
                         "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999", "#deebf7", "#9ecae1", "#4292c6",
                         "#2171b5", "#08306b", "#ececec", "#000000", "#ffffff"]

    @Test("Each colour has the same contrast (or more, to at most 1%) with the dark background as with the light one",
          arguments: colors)
    func contrastKept(hex: String) throws {
        let color = try #require(Color(hex: hex))
        let mapped = try #require(Color(hex: scheme.map(color).hex))   // as written: rounded to #rrggbb
        let light = color.contrast(with: .white)
        let dark = mapped.contrast(with: scheme.dark)
        // Pure black on white (21:1) cannot reach 21:1 on a non-black background.
        let reachable = Color.white.contrast(with: scheme.dark)
        #expect(dark >= min(light, reachable) - 0.01 && dark <= light * 1.03 + 0.05, "\(hex): \(light) → \(dark)")
    }

    @Test("Text on a mark keeps 4.5:1 (or its light contrast) in the dark scheme", arguments: colors)
    func textOnMarks(hex: String) throws {
        let fill = try #require(Color(hex: hex))
        for text in [Color.white, Color(hex: "#1a1a1a") ?? .black, Color(hex: "#5e5e5e") ?? .black] {
            let needed = min(4.5, text.contrast(with: fill))
            let darkText = scheme.textColor(text, on: fill) ?? scheme.map(text)
            let achieved = darkText.contrast(with: scheme.map(fill))
            #expect(achieved >= needed - 0.02 || achieved >= 4.5, "\(text.hex) on \(hex): \(needed) → \(achieved)")
        }
    }

    @Test("A colour moved to a luminance keeps its hue")
    func hueKept() throws {
        let blue = try #require(Color(hex: "#0b5394"))
        let lighter = SVGDarkScheme.withLuminance(blue, 0.4)
        #expect(abs(lighter.luminance - 0.4) < 0.01)
        #expect(lighter.blue > lighter.green && lighter.green > lighter.red)
    }
}
