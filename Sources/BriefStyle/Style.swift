import BriefCharts
import BriefLayout
import BriefRender

/// A resolved style: the look of every chart and page, read from a style file
/// (and the files it extends) by ``StyleLoader``.
///
/// A style file sets only what it changes; everything else comes from the
/// style it extends, and in the end from the house style (`default.yaml`,
/// which matches `ChartTheme.standard` and `LayoutStyle()`).
public struct Style: Sendable {
    /// The style's name: the file name without `.yaml`.
    public var name: String
    /// The style's one-line description (its own, not inherited); empty when it has none.
    public var description: String
    /// The charts' look: fonts, sizes, colours, bar thickness, grid.
    public var chartTheme: ChartTheme
    /// The pages' look: paper, margins, columns, fonts, colours.
    public var layoutStyle: LayoutStyle
    /// The paper, `letter` or `a4` (the same as `layoutStyle.pageSize`), so
    /// that a command-line `--page` can default to it.
    public var paperName: String
    /// The currency symbol for amounts (`$` in the house style; also in
    /// ``chartTheme``, whose symbol the brief, chart and one-pager builders use).
    public var currencySymbol: String
    /// Whether amounts are abbreviated (`$3.87B`) rather than written in full
    /// (`$3,870,000,000`) in charts, cards, tables and live figures (also in
    /// ``chartTheme``). Prose that quotes a source keeps the source's figure.
    public var abbreviatesAmounts: Bool
    /// The weight of the brief's title (also in ``layoutStyle``).
    public var titleWeight: FontWeight
    /// The weight of headings (also in ``layoutStyle``).
    public var headingWeight: FontWeight
    /// The weight of chart titles (also in ``chartTheme``).
    public var chartTitleWeight: FontWeight
    /// The weight of value labels in charts (also in ``chartTheme``).
    public var chartValueWeight: FontWeight
    /// The weight of category labels in charts: states, sectors, legends
    /// (also in ``chartTheme``; regular in the house style).
    public var chartLabelWeight: FontWeight
    /// The weight of body text: paragraphs and lists (also in ``layoutStyle``;
    /// regular in the house style).
    public var bodyWeight: FontWeight
    /// The weight of figure captions (also in ``layoutStyle``; regular in the house style).
    public var captionWeight: FontWeight
    /// Every file read to make this style, the requested one first, then each
    /// file it extends, with the bytes read (for the build manifest).
    public var sourceFiles: [StyleSourceFile]

    /// Where each font family was set, by key path, for locating font warnings.
    var familySettings: [String: StyleSetting]
}
