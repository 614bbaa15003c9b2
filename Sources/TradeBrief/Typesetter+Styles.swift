import BriefCharts
import BriefData
import BriefLayout
import BriefRender

extension Typesetter {
    /// Creates a typesetter for text in the families of a chart theme and,
    /// for briefs and one-pagers, a layout style: tradebrief's pinned fonts
    /// when they provide every family, the system's fonts otherwise (see
    /// `Typesetter.init(families:)` in BriefRender), for text in `language`
    /// (pass the theme and style made for it, see `typeset(for:)`).
    public convenience init(theme: ChartTheme, layoutStyle: LayoutStyle? = nil, language: BriefLanguage = .english) {
        self.init(families: [theme.fontFamily] + (layoutStyle.map { [$0.bodyFamily, $0.headingFamily] } ?? []),
                  language: language.tag)
    }
}
