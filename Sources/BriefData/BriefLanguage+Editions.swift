import BriefText
import FoundationEssentials

extension BriefLanguage {
    /// What goes before a file's extension for this language: nothing for
    /// English (`brief.pdf`), `.ko` for Korean (`brief.ko.pdf`).
    public var fileSuffix: String { self == .english ? "" : ".\(rawValue)" }

    /// `brief.pdf` → `brief.ko.pdf` for Korean; unchanged for English.
    public func fileName(_ name: String) -> String {
        guard self != .english else { return name }
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name + fileSuffix }
        return String(name[..<dot]) + fileSuffix + String(name[dot...])
    }

    /// Reads a comma-separated list such as `en,ko`: each language once, in
    /// the order given, and the entries that are not a known language.
    public static func list(_ text: String) -> (languages: [BriefLanguage], unknown: [String]) {
        var languages: [BriefLanguage] = []
        var unknown: [String] = []
        for entry in text.split(separator: ",").map({ $0.trimmingWhitespace() }) where !entry.isEmpty {
            if let language = BriefLanguage(tag: entry) {
                if !languages.contains(language) { languages.append(language) }
            } else {
                unknown.append(entry)
            }
        }
        return (languages, unknown)
    }
}
