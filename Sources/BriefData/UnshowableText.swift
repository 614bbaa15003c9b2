import BriefText

/// The characters a brief cannot show as written, one rule for every input
/// that carries text into a page: the investments CSV (``InvestmentCSV``'s
/// row rules) and a brief's Markdown and front matter.
///
/// - A control character (Unicode category Cc: NUL, ESC, BEL, DEL, C1
///   controls) other than tab and line ends cannot be drawn (it shows as a
///   box) and, echoed in a message, a terminal would obey it.
/// - A noncharacter (U+FFFE, U+FFFF, U+FDD0…) is not allowed in XML (so in
///   SVG), and Pango refuses markup that has one.
/// - A bidi embedding, override or isolate control (U+202A–U+202E,
///   U+2066–U+2069) can reorder the text around it: a name or heading that
///   reads differently from what was written.
public enum UnshowableText {
    /// Why `scalar` cannot be shown, as a message's clause, or nil when it can:
    /// `a control character (U+001B)` or `U+FFFE, a noncharacter`. Tab, line
    /// feed and carriage return are allowed (they separate text).
    public static func problem(with scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return nil
        case 0x20...0x7E: return nil
        default: break
        }
        if scalar.properties.generalCategory == .control { return "a control character (\(codePoint(scalar)))" }
        if scalar.properties.isNoncharacterCodePoint { return "\(codePoint(scalar)), a noncharacter" }
        return nil
    }

    /// The first character of `text` that cannot be shown or could reorder
    /// the text, as a message names it (`U+FFFE, a noncharacter`, `a bidi
    /// control character (U+202E)`) and why it matters (`which cannot be
    /// shown`, `which could reorder the text around it`); nil when there is none.
    public static func firstFinding(in text: String) -> (what: String, why: String)? {
        guard mayHaveUnshowable(text) else { return nil }
        for scalar in text.unicodeScalars {
            if let problem = problem(with: scalar) { return (problem, "which cannot be shown") }
            if isBidiControl(scalar) { return ("a bidi control character (\(codePoint(scalar)))", "which could reorder the text around it") }
        }
        return nil
    }

    /// Whether `scalar` is a bidi embedding, override or isolate control.
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// `name` (a file's name, which the file system lets hold anything but `/`)
    /// as outputs may show it: each character ``problem(with:)`` finds, each
    /// bidi control and each line end becomes U+FFFD, so that a footer, an SVG
    /// or the manifest never carries a control or an override from a name.
    public static func shownName(_ name: String) -> String {
        guard mayHaveUnshowable(name) || name.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else { return name }
        return String(String.UnicodeScalarView(name.unicodeScalars.map { scalar in
            problem(with: scalar) != nil || isBidiControl(scalar) || scalar == "\n" || scalar == "\r" || scalar == "\t" ? "\u{FFFD}" : scalar
        }))
    }

    /// `U+00A0`: a scalar as messages name it.
    public static func codePoint(_ scalar: Unicode.Scalar) -> String {
        "U+" + cFormat("%04X", scalar.value)
    }

    /// Whether `text` may hold a character that ``problem(with:)`` or
    /// ``isBidiControl(_:)`` finds, told from its UTF-8 bytes alone: the
    /// check every text takes, so that text without any (nearly all) costs a
    /// few instructions a byte. Walking a brief's Characters instead cost 2%
    /// of a default build's critical path (callgrind: 8.2 M instructions).
    public static func mayHaveUnshowable(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            let count = bytes.count
            var index = 0
            while index < count {
                let byte = bytes[index]
                if byte < 0x80 {
                    // C0 controls but tab, line feed and carriage return; DEL.
                    if (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F { return true }
                } else {
                    func at(_ offset: Int) -> UInt8 { index + offset < count ? bytes[index + offset] : 0 }
                    switch byte {
                    case 0xC2 where (0x80...0x9F).contains(at(1)): return true   // C1 controls
                    case 0xE2 where (at(1) == 0x80 && (0xAA...0xAE).contains(at(2))) || (at(1) == 0x81 && (0xA6...0xA9).contains(at(2))):
                        return true   // bidi embeddings and overrides, isolates
                    case 0xEF where (at(1) == 0xB7 && (0x90...0xAF).contains(at(2))) || (at(1) == 0xBF && at(2) >= 0xBE):
                        return true   // U+FDD0…U+FDEF, U+FFFE, U+FFFF
                    case 0xF0...0xF4 where at(1) & 0x0F == 0x0F && at(2) == 0xBF && at(3) >= 0xBE:
                        return true   // U+1FFFE, U+1FFFF … U+10FFFF
                    default: break
                    }
                }
                index += 1
            }
            return false
        }
    }
}
