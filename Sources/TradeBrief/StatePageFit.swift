/// How far a state one-pager is compacted to fit its page: smaller type
/// (never below 7 pt), no Korean second lines, compact charts. Every
/// project is always in the table, and the key figures always on cards.
/// ``StatePages`` tries fits from the fullest to the most compact and keeps
/// the first that fits one page; when none does, the fullest form is set
/// and its table continues on a second page.
struct StatePageFit: Hashable, Sendable {
    /// The layout style's small size (notes, sources; table cells are 0.4 pt larger).
    var smallSize: Double
    /// Whether companies' Korean names are shown under their English names.
    var koreanNames: Bool
    /// Whether the key figures are drawn as cards; without them one sentence gives them.
    var keyFigureCards: Bool
    /// Whether the figures are drawn in their compact form: shorter
    /// key-figure cards without the line under them, a narrower map with its
    /// legend in the grid's empty top rows, smaller chart type (the same subtitles).
    var compactCharts: Bool
    /// Whether a page about a state without tracked investment lists the
    /// source of every investment of the dataset; else it says that the full
    /// brief's Sources list them. (A page with investment lists its own
    /// projects' sources in every fit.)
    var listsEverySource = true
    /// Whether the compact sector chart keeps its subtitle (what its bars are: the state's part
    /// of each project). Kept in every fit but the last one tried for a page with investment,
    /// where one line can decide between one page and two.
    var sectorSubtitle = true
    /// How much of the style's space around the page's blocks (headings,
    /// figures, the table, notes, source entries) is kept: 1, or one of
    /// ``tightSpacings``, the last steps before anything is dropped, so that
    /// a state with a handful of projects keeps to one page.
    var spacingScale = 1.0

    /// The tightened spacings tried in turn: half the style's space, then
    /// less than a third (a Korean page of five projects, with its taller
    /// lines and two-line amounts, needs the second).
    static let tightSpacings = [0.5, 0.3]

    /// The fullest form: everything at the style's own sizes.
    static func full(smallSize: Double) -> StatePageFit {
        StatePageFit(smallSize: smallSize, koreanNames: true, keyFigureCards: true, compactCharts: false)
    }

    /// The fits tried in turn for one page, from the fullest to the most
    /// compact, for a style whose small size is `base`: first without the
    /// Korean second lines, then with compact figures, then smaller type
    /// (down to 7 pt), then tighter space around the blocks, then that
    /// without the sector chart's subtitle; last,
    /// for a page about a state without investment, its list of every source
    /// of the dataset left to the full brief.
    static func ladder(smallSize base: Double) -> [StatePageFit] {
        let smallest = min(base, smallestSmallSize)
        var fits = [full(smallSize: base)]
        fits.append(StatePageFit(smallSize: base, koreanNames: false, keyFigureCards: true, compactCharts: false))
        var sizes = [base]
        for size in [(base + smallest) / 2, smallest] where size < (sizes.last ?? base) - 0.01 { sizes.append(size) }
        for size in sizes {
            fits.append(StatePageFit(smallSize: size, koreanNames: false, keyFigureCards: true, compactCharts: true))
        }
        // Then the smallest compact form with the space around its blocks tightened, in two steps: with the
        // 49-row list of a new analyst, Alabama's five projects spilt two source entries onto a
        // second page, 70% of it empty.
        for scale in tightSpacings {
            var tight = fits[fits.count - 1]
            tight.spacingScale = scale
            fits.append(tight)
        }
        // Then that without the sector chart's subtitle: with the 100-row list the Korean KY
        // and OH pages were 25 pt too tall with it, and a second page for a line of chart header
        // is the worse trade (the chart's title and its source line stay).
        var withoutSubtitle = fits[fits.count - 1]
        withoutSubtitle.sectorSubtitle = false
        fits.append(withoutSubtitle)
        // Last, for a state without investment, the dataset's sources left to the full brief's list.
        // The page is then nearly empty: the style's own spacing again.
        var referred = fits[fits.count - 1]
        referred.listsEverySource = false
        referred.spacingScale = 1
        fits.append(referred)
        return fits
    }

    /// The smallest small size a fit may use: notes and sources at 7 pt, table cells at 7.4 pt.
    static let smallestSmallSize = 7.0

    /// Whether this fit sets the same page as `other` for a state whose
    /// projects have (`withSecondNames`) or lack names in the other language,
    /// and that has tracked investment (`invested`) or not: without second
    /// names, showing them changes nothing; with investment, the page lists
    /// its own sources whether or not the fit lists every source.
    func samePage(as other: StatePageFit, withSecondNames: Bool, invested: Bool = true) -> Bool {
        var (mine, theirs) = (self, other)
        if !withSecondNames { (mine.koreanNames, theirs.koreanNames) = (false, false) }
        if invested {
            // The last fit (the sources left to the brief) is, for a page with investment, the one before it.
            if !mine.listsEverySource || !theirs.listsEverySource { (mine.spacingScale, theirs.spacingScale) = (1, 1) }
            (mine.listsEverySource, theirs.listsEverySource) = (true, true)
        }
        if !invested { (mine.sectorSubtitle, theirs.sectorSubtitle) = (true, true) }
        return mine == theirs
    }
}
