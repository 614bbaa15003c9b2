extension USState {
    /// The state's name as English running text writes it: `the District of
    /// Columbia` (a name that takes the article), `Georgia`; in another
    /// language, ``name(in:)``. Labels (a bar, a tile, a table cell) keep the bare name.
    public func nameInText(_ language: BriefLanguage) -> String {
        language == .english && code == "DC" ? "the " + name : name(in: language)
    }

    /// ``nameInText(_:)`` at the start of a sentence: `The District of Columbia`, `Georgia`.
    public func nameStartingSentence(_ language: BriefLanguage) -> String {
        let text = nameInText(language)
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// ``nameInText(_:)`` of the state with USPS code (or name) `code`; `code` itself when it is not a state.
    public static func nameInText(of code: String, in language: BriefLanguage) -> String {
        named(code)?.nameInText(language) ?? code
    }
}
