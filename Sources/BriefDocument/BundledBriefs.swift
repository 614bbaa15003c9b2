import BriefData

/// The Markdown briefs built into the binary (the repository's `Briefs/`
/// folder): the default brief, and the starter project `tradebrief init` writes.
public enum BundledBriefs {
    /// The default brief's file in `Briefs/`.
    public static let defaultBriefName = "us-rok.md"

    /// The name the default brief has in messages.
    public static var defaultBriefDisplayName: String { "(embedded) Briefs/\(defaultBriefName)" }

    /// The default brief's text.
    public static var defaultBriefText: String? { EmbeddedResources.text(named: defaultBriefName) }

    /// The default brief, parsed; nil only if the build left it out (a build defect).
    public static func defaultBrief() -> BriefDocument? {
        defaultBriefText.map { BriefDocument(text: $0, file: defaultBriefDisplayName) }
    }

    /// The default brief's file in `Briefs/` for `language`: `us-rok.md`, `us-rok.ko.md`.
    public static func defaultBriefName(for language: BriefLanguage) -> String { language.fileName(defaultBriefName) }

    /// The name the default brief in `language` has in messages.
    public static func defaultBriefDisplayName(for language: BriefLanguage) -> String {
        "(embedded) Briefs/\(defaultBriefName(for: language))"
    }

    /// Whether the build carries the default brief written in `language`
    /// (without parsing it, as ``defaultBrief(for:)`` does).
    public static func hasDefaultBrief(for language: BriefLanguage) -> Bool {
        EmbeddedResources.text(named: defaultBriefName(for: language)) != nil
    }

    /// The default brief written in `language` (the Korean edition is
    /// `Briefs/us-rok.ko.md`: the same figures and citations, written for
    /// Korean readers), parsed; nil if the build left it out.
    public static func defaultBrief(for language: BriefLanguage) -> BriefDocument? {
        EmbeddedResources.text(named: defaultBriefName(for: language))
            .map { BriefDocument(text: $0, file: defaultBriefDisplayName(for: language)) }
    }

    /// The files of a starter project, by path relative to its folder:
    /// `brief.md` (an example of every feature), `investments.csv` (the
    /// example data) and `Styles/house.yaml` (a style to start from).
    public static var starterFiles: [(path: String, text: String)] {
        [("brief.md", "starter.md"), ("investments.csv", "starter-investments.csv"), ("Styles/house.yaml", "starter-style.yaml")]
            .compactMap { path, name in EmbeddedResources.text(named: name).map { (path, $0) } }
    }
}
