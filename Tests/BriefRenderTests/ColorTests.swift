import BriefRender
import Testing

@Suite("Colours")
struct ColorTests {
    @Test("Hex colours parse in #RGB, #RRGGBB and #RRGGBBAA", arguments: [
        ("#fff", "#ffffff"), ("#0072B2", "#0072b2"), ("#0072b280", "#0072b280"), ("#000", "#000000"),
    ])
    func parses(input: String, expected: String) {
        #expect(Color(hex: input)?.hex == expected)
    }

    @Test("Anything else does not parse", arguments: ["", "fff", "#ff", "#fffff", "#ggg", "#12345678a", "red"])
    func rejects(input: String) {
        #expect(Color(hex: input) == nil)
    }

    @Test("Contrast: black on white is 21:1")
    func contrast() {
        #expect(abs(Color.black.contrast(with: .white) - 21) < 0.01)
    }
}

@Suite("Colours as hex")
struct ColorHexTests {
    /// The radix-16 digits of each component, two at least: how `hex` was written before it
    /// wrote bytes (issue 20), and what SVG, HTML and the styles have always carried.
    static func radix(_ color: Color) -> String {
        let components = color.alpha < 1 ? [color.red, color.green, color.blue, color.alpha] : [color.red, color.green, color.blue]
        return "#" + components.map { value in
            let text = String(Int((value * 255).rounded()), radix: 16)
            return text.count == 1 ? "0" + text : text
        }.joined()
    }

    @Test("Every level of every component, opaque and not, as the radix digits give it")
    func everyLevel() {
        var mismatches: [String] = []
        for level in 0...255 {
            let value = Double(level) / 255
            for color in [Color(red: value, green: 0, blue: 1), Color(red: 1, green: value, blue: 0.5),
                          Color(red: 0.2, green: 0.4, blue: value), Color(red: value, green: value, blue: value, alpha: value),
                          Color(red: value + 0.001, green: value - 0.001, blue: 0.3333)] {
                if color.hex != Self.radix(color) { mismatches.append("\(color.hex) vs \(Self.radix(color))") }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }
}
