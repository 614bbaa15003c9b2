import BriefData
import Testing

@Suite("Names as shown in tables")
struct DisplayTextTests {
    @Test("A short last word keeps to the word before it: a table never leaves 'phase / 2'",
          arguments: [("Expanded fab, phase 2", "Expanded fab, phase\u{00A0}2"), ("Unit 12", "Unit\u{00A0}12"), ("Line III", "Line\u{00A0}III"),
                      ("Battery plant", "Battery plant"), ("Plant", "Plant"), ("2", "2"), ("ends with space ", "ends with space "),
                      ("two  spaces 2", "two  spaces\u{00A0}2"), ("양극재 공장 2단계", "양극재 공장\u{00A0}2단계")])
    func shortLastWord(text: String, shown: String) {
        #expect(DisplayText.keepingShortLastWord(text) == shown)
    }

    @Test("A name longer than the limit is cut with an ellipsis; a short one is unchanged")
    func cut() {
        #expect(DisplayText.cut("abcdef", to: 4) == "abc…")
        #expect(DisplayText.cut("abc", to: 4) == "abc")
    }
}
