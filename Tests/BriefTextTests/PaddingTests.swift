import Foundation
import Testing
@testable import BriefText

/// `paddedWithSpaces(toLength:)` pads as Foundation's `padding(toLength:withPad:startingAt:)`
/// does for texts up to the length (the CLI's lists of chart and style names).
@Suite struct PaddingTests {
    @Test(arguments: ["", "a", "state-map", "trade-balance", "한국어", "é", "e\u{301}", "x y", "house-style-2"])
    func matchesFoundation(text: String) {
        for length in [text.utf16.count, text.utf16.count + 1, text.utf16.count + 2, 15] where length >= text.utf16.count {
            #expect(text.paddedWithSpaces(toLength: length) == text.padding(toLength: length, withPad: " ", startingAt: 0), "\(text) \(length)")
        }
    }

    @Test func longerTextComesBackWhole() {
        #expect("state-sector".paddedWithSpaces(toLength: 3) == "state-sector")
    }
}
