/// The language a brief is written in. It is passed along explicitly (never
/// read from the environment) to whatever formats numbers, amounts, dates and
/// names, so that a Korean edition can plug in its own formats.
public enum BriefLanguage: String, CaseIterable, Hashable, Sendable {
    /// English (the default).
    case english = "en"
    /// Korean.
    case korean = "ko"

    /// The language for a tag such as `en`, `en-US`, `ko` or `ko-KR`, or nil.
    public init?(tag: String) {
        let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        guard let language = BriefLanguage(rawValue: primary) else { return nil }
        self = language
    }

    /// The BCP 47 tag: `en` or `ko`.
    public var tag: String { rawValue }

    /// The language's name in English, for messages: `English`, `Korean`.
    public var englishName: String {
        switch self {
        case .english: "English"
        case .korean: "Korean"
        }
    }
}
