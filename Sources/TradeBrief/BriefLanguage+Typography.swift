import BriefCharts
import BriefData
import BriefLayout
import BriefRender

/// How a language changes the look of a style: for Korean, the Korean face
/// of Noto CJK first in every font list, and paragraphs set ragged right.
extension BriefLanguage {
    /// `family` for text in this language. English keeps it; Korean puts the
    /// Korean face of Noto CJK first (`Noto Sans CJK KR, DejaVu Sans`), so
    /// that Hangul, Latin letters and digits come from one design (a Latin
    /// face's digits beside Hangul look too large and too wide), and the
    /// style's own family still covers anything the Korean face lacks. A
    /// serif family gets Noto Serif CJK KR; a list that already names a
    /// Korean face is kept.
    public func fontFamily(_ family: String) -> String {
        guard self == .korean, !family.contains("CJK KR") else { return family }
        let lowered = family.lowercased()
        let serif = lowered.contains("serif") && !lowered.contains("sans")
        let mono = lowered.contains("mono")
        let korean = mono ? "Noto Sans Mono CJK KR" : (serif ? "Noto Serif CJK KR" : "Noto Sans CJK KR")
        return "\(korean), \(family)"
    }
}

extension ChartTheme {
    /// This theme for charts in `language` (see `BriefLanguage.fontFamily(_:)`).
    public func typeset(for language: BriefLanguage) -> ChartTheme {
        var theme = self
        theme.fontFamily = language.fontFamily(fontFamily)
        return theme
    }
}

extension LayoutStyle {
    /// This style for pages in `language`.
    ///
    /// Korean: the Korean face first (see `BriefLanguage.fontFamily(_:)`),
    /// a little less leading (Noto CJK's line box is already 1.45 em against
    /// DejaVu's 1.16 em, so the house factor would set Korean lines far apart),
    /// and paragraphs **ragged right**. Korean words are kept whole at line
    /// ends (keep-all), which leaves lines of quite different lengths; justified,
    /// the slack would go into the few spaces of a line and open visible holes.
    /// Korean book typesetting justifies by spacing the syllables instead
    /// (자간 조정), which Pango 1.50 cannot do per line (letter spacing is a
    /// fixed attribute, not a justification method). Ragged right with whole
    /// words is what Korean reports, newspapers' web pages and government
    /// briefs (HWP's 왼쪽 정렬) commonly use, and it reads evenly.
    public func typeset(for language: BriefLanguage) -> LayoutStyle {
        guard language == .korean else { return self }
        var style = self
        style.bodyFamily = language.fontFamily(bodyFamily)
        style.headingFamily = language.fontFamily(headingFamily)
        style.lineSpacing = max(1, lineSpacing * 0.9)
        style.justifiesParagraphs = false
        return style
    }
}
