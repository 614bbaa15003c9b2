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

    /// Whether `scalar` is a bidi embedding, override or isolate control.
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// `U+00A0`: a scalar as messages name it.
    public static func codePoint(_ scalar: Unicode.Scalar) -> String {
        "U+" + cFormat("%04X", scalar.value)
    }

    /// Whether `text` is printable ASCII, tabs and line ends only: text with
    /// nothing to check, found without looking at its scalars.
    public static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }
}
