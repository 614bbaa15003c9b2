/// Escaping for XML 1.0 (and HTML) character data and attribute values. Characters XML
/// forbids (C0 controls other than tab, line feed and carriage return, and
/// the non-characters U+FFFE and U+FFFF) become spaces, so any input gives a
/// well-formed document.
public enum XMLText {
    /// `text` escaped for character data (`&`, `<`, `>`).
    static func escape(_ text: String) -> String { escape(text, attribute: false) }

    /// `text` escaped for a double-quoted attribute value (also `"`, and tab
    /// and line ends as character references, which attribute values would
    /// otherwise turn into spaces).
    static func escapeAttribute(_ text: String) -> String { escape(text, attribute: true) }

    private static func escape(_ text: String, attribute: Bool) -> String {
        guard text.utf8.contains(where: needsWork) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "\n" where attribute: out += "&#10;"
            case "\r" where attribute: out += "&#13;"
            case "\t" where attribute: out += "&#9;"
            case "\n", "\t", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += " "
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Whether a UTF-8 byte may need escaping (special characters, controls,
    /// or the lead byte of U+FFFE and U+FFFF).
    private static func needsWork(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == 0xEF
    }
}

extension XMLText {
    /// `text` escaped for HTML (and XML) character data; public for pages
    /// that inline SVGs.
    public static func escapeHTML(_ text: String) -> String { escape(text) }
}
