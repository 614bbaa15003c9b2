/// How many terminal columns a text takes: East Asian wide and fullwidth
/// characters (Hangul syllables and jamo, CJK ideographs, fullwidth forms)
/// take two, combining marks and zero-width characters none, the rest one.
/// Used to align the columns of `tradebrief data`'s table, where Korean
/// company names sit beside Latin ones.
///
/// The ranges are those of Unicode's East Asian Width property (UAX #11)
/// classes W and F for the scripts a brief holds, as `wcwidth` uses them.
package enum TerminalWidth {
    /// The columns `text` takes in a terminal.
    package static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width($1) }
    }

    /// The columns one scalar takes: 0, 1 or 2.
    static func width(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if value == 0x200B { return 0 }
        if (0x1160...0x11FF).contains(value) { return 0 }  // Hangul medial vowels and final consonants join the syllable
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F,  // Hangul Jamo initial consonants
            0x2E80...0x303E,  // CJK radicals, punctuation
            0x3041...0x33FF,  // Kana, Hangul compatibility jamo, CJK symbols
            0x3400...0x4DBF,  // CJK Extension A
            0x4E00...0x9FFF,  // CJK Unified Ideographs
            0xA960...0xA97F,  // Hangul Jamo Extended-A
            0xAC00...0xD7A3,  // Hangul syllables
            0xF900...0xFAFF,  // CJK compatibility ideographs
            0xFE30...0xFE4F,  // CJK compatibility forms
            0xFF00...0xFF60,  // Fullwidth forms
            0xFFE0...0xFFE6,
            0x1F300...0x1F64F, 0x1F900...0x1F9FF,  // emoji pictographs
            0x20000...0x3FFFD,  // CJK Extensions B and later
        ]
        return wide.contains { $0.contains(value) } ? 2 : 1
    }
}
