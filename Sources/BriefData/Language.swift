import Foundation

/// The language a brief, chart or one-pager is written in. Passed
/// explicitly to whatever writes words or numbers (never read from the
/// environment), so that English and Korean editions can be made side by
/// side in one process.
public enum Language: String, CaseIterable, Hashable, Sendable, Codable {
    /// English: `$3.87B`, `23 April 2025`. The default everywhere.
    case english = "en"
    /// Korean: `38.7억 달러`, `2025년 4월 23일`, Korean state and sector names.
    case korean = "ko"

    /// The BCP 47 tag (`en`, `ko`), as written in front matter, `--lang`,
    /// `xml:lang` and a PDF's `/Lang`.
    public var tag: String { rawValue }

    /// What goes before a file's extension for this language: nothing for
    /// English (`brief.pdf`), `.ko` for Korean (`brief.ko.pdf`).
    public var fileSuffix: String { self == .english ? "" : ".\(rawValue)" }

    /// `brief.pdf` → `brief.ko.pdf` for Korean; unchanged for English.
    public func fileName(_ name: String) -> String {
        guard self != .english else { return name }
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name + fileSuffix }
        return String(name[..<dot]) + fileSuffix + String(name[dot...])
    }

    /// The language for a tag such as `ko`, `KO`, `ko-KR` or `en-US`; nil for others.
    public init?(tag: String) {
        let primary = tag.trimmingCharacters(in: .whitespaces).lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first
        guard let primary, let language = Language(rawValue: String(primary)) else { return nil }
        self = language
    }

    /// Reads a comma-separated list such as `en,ko`: each language once, in
    /// the order given. Nil (with the bad entries in `unknown`) when an
    /// entry is not a known language or the list is empty.
    public static func list(_ text: String) -> (languages: [Language], unknown: [String]) {
        var languages: [Language] = []
        var unknown: [String] = []
        for entry in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !entry.isEmpty {
            if let language = Language(tag: entry) {
                if !languages.contains(language) { languages.append(language) }
            } else {
                unknown.append(entry)
            }
        }
        return (languages, unknown)
    }
}
