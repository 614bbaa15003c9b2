import BriefRender
import BriefText

extension Style {
    /// Generic family names that fontconfig maps to an installed font by design.
    static let genericFamilies: Set<String> = [
        "sans", "sans-serif", "serif", "monospace", "mono", "cursive", "fantasy", "system-ui", "emoji", "math",
    ]

    /// A warning for each font family the style asks for that is not
    /// installed, naming the family and the font fontconfig uses instead,
    /// located at the value that set it:
    /// `Styles/mine.yaml:9:11: key 'fonts.families.body': font family 'Garamond' is not installed; using 'DejaVu Sans' instead`.
    ///
    /// For a list of families (`Inter, DejaVu Sans`) the first is the one
    /// asked for; generic names (`sans-serif`, `serif`, `monospace`) never warn.
    /// Each family is checked once, at the first key that asks for it.
    public func fontWarnings(typesetter: Typesetter) -> [String] {
        let requests = [
            ("fonts.families.body", layoutStyle.bodyFamily),
            ("fonts.families.headings", layoutStyle.headingFamily),
            ("fonts.families.charts", chartTheme.fontFamily),
        ]
        var checked: Set<String> = []
        var warnings: [String] = []
        for (key, family) in requests {
            let names = family.split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            guard let first = names.first, !Self.genericFamilies.contains(first.lowercased()),
                  checked.insert(first.lowercased()).inserted
            else { continue }
            let used = typesetter.resolvedFamily(for: family)
            if let used, used.lowercased() == first.lowercased() { continue }
            let setting = familySettings[key].flatMap { $0.value.text == family ? $0 : nil }
            let message = "font family '\(first)' is not installed; using '\(used ?? "a fallback font")' instead"
            warnings.append(StyleProblem(file: setting?.file, line: setting?.line, column: setting?.column, key: key, message: message).description)
        }
        return warnings
    }
}
