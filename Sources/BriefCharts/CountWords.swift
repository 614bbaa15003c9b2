/// Small counts spelled out, as newsroom style writes them (one to nine);
/// larger counts as digits.
enum CountWords {
    static let words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

    /// `count` in words below ten, digits from ten.
    static func word(_ count: Int) -> String { count >= 0 && count < words.count ? words[count] : String(count) }

    /// `text` with its first letter capitalised, for the start of a title.
    static func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
