/// Text as it may reach a terminal. A message or a listing can quote what a
/// file holds or is called (a Markdown link, a `{{…}}` name, a file or style
/// name, a style's description), and a terminal obeys the control characters
/// in it (ESC sequences retitle the window or clear the screen, a carriage
/// return overwrites the line) and reorders text around a bidi control (a
/// format character). Each of those shows as U+FFFD instead; line feeds and
/// tabs stay. Data on standard output (`data`, `chart -o -`) is not passed
/// through here: it is what the user asked for, and the CSV never holds such
/// characters in the first place.
enum TerminalText {
    static func shown(_ text: String) -> String {
        guard text.utf8.contains(where: { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A) || $0 >= 0x7F }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            let category = scalar.properties.generalCategory
            let control = category == .control && scalar != "\t" && scalar != "\n"
            return control || category == .format ? "\u{FFFD}" : scalar
        }))
    }
}
