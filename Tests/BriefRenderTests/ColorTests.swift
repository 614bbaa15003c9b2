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
