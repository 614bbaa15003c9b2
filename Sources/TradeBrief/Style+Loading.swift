import BriefRender
import BriefStyle
import FoundationEssentials

extension Style {
    /// The style called `name`: one of the built-in styles (`default`,
    /// `colorblind`, `grayscale`, `a4-two-column`), or `NAME.yaml` in one of
    /// `searchPaths`, which are looked in first.
    ///
    /// ```swift
    /// let brief = try Brief(style: .named("colorblind"))
    /// let house = try Style.named("mine", searchPaths: [URL(fileURLWithPath: "Styles")])
    /// ```
    /// - Throws: ``TradeBriefError/style(_:)``: for an unknown name, with a
    ///   "did you mean"; for a broken file, every problem located as
    ///   `FILE:LINE: key 'NAME': …`.
    public static func named(_ name: String, searchPaths: [URL] = []) throws(TradeBriefError) -> Style {
        guard !name.isEmpty, !name.contains("/"), !name.hasSuffix(".yaml"), !name.hasSuffix(".yml") else {
            throw .usage("'\(name)' is not a style name; load a style file with Style.file(_:)")
        }
        do {
            return try StyleLoader.load(name, searchPaths: searchPaths)
        } catch {
            throw .style(error)
        }
    }

    /// The style in a YAML file (see `Styles/default.yaml` for every key). A
    /// file can start with `extends: default` and set only what it changes.
    ///
    /// ```swift
    /// let style = try Style.file(URL(fileURLWithPath: "Styles/mine.yaml"))
    /// let brief = try Brief(style: style)
    /// ```
    /// - Throws: ``TradeBriefError/style(_:)`` with every problem in the file
    ///   and the files it extends, located.
    public static func file(_ url: URL) throws(TradeBriefError) -> Style {
        do {
            return try StyleLoader.load(url.path, searchPaths: [])
        } catch {
            throw .style(error)
        }
    }

    /// The style a command line names: a name (looked for in `searchPaths`,
    /// then among the built-in styles) or a path to a style file.
    /// - Throws: ``TradeBriefError/style(_:)`` with every problem, located.
    package static func load(_ nameOrPath: String, searchPaths: [URL]) throws(TradeBriefError) -> Style {
        do {
            return try StyleLoader.load(nameOrPath, searchPaths: searchPaths)
        } catch {
            throw .style(error)
        }
    }

    /// The styles ``named(_:searchPaths:)`` can find, sorted by name, with
    /// their descriptions.
    ///
    /// ```swift
    /// for style in Style.available() { print(style.name, style.description) }
    /// ```
    public static func available(searchPaths: [URL] = []) -> [StyleSummary] {
        StyleLoader.available(searchPaths: searchPaths)
    }

    /// A warning for each font family the style asks for that is not
    /// installed, naming the font used instead, located at the key that set
    /// it (see `fontWarnings(typesetter:)`), for text in `language`.
    ///
    /// ```swift
    /// for warning in try Style.named("mine", searchPaths: [styles]).fontWarnings() { print("warning: \(warning)") }
    /// ```
    public func fontWarnings(language: BriefLanguage = .english) -> [String] {
        fontWarnings(typesetter: Typesetter(theme: chartTheme.typeset(for: language), layoutStyle: layoutStyle.typeset(for: language),
                                            language: language))
    }
}
