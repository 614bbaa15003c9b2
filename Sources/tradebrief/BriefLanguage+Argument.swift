import ArgumentParser
import TradeBrief

extension BriefLanguage: ExpressibleByArgument {
    /// `en` or `ko` (also `en-US`, `ko-KR`, any case).
    public init?(argument: String) { self.init(tag: argument) }

    /// The tags `--lang` accepts, for help and completion.
    public static var allValueStrings: [String] { allCases.map(\.tag) }
}
