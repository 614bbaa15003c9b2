/// How far a state one-pager is compacted to fit its page: smaller type,
/// fewer table rows, a shorter list of sources. ``StatePages`` tries fits
/// from the fullest to the most compact and keeps the first that fits.
struct StatePageFit: Hashable, Sendable {
    /// The layout style's small size (notes, sources; table cells are 0.4 pt larger).
    var smallSize: Double
    /// Whether companies' Korean names are shown under their English names.
    var koreanNames: Bool
    /// Whether the key figures are drawn as cards; without them one sentence gives them.
    var keyFigureCards: Bool
    /// Whether the charts are drawn in their compact form (smaller map and type, no subtitles).
    var compactCharts: Bool
    /// How many projects the table lists (the largest first); nil lists all.
    var tableRows: Int?
    /// How many of the projects left out of the table are named in the note after it.
    var compactEntries: Int
    /// The most sources listed; nil lists all.
    var sourceLimit: Int?

    /// The fullest form: everything listed at the style's own sizes.
    static func full(smallSize: Double) -> StatePageFit {
        StatePageFit(smallSize: smallSize, koreanNames: true, keyFigureCards: true, compactCharts: false, tableRows: nil,
                     compactEntries: 0, sourceLimit: nil)
    }

    /// The fits tried in turn for a page with `projects` projects, from the
    /// fullest to the most compact, for a style whose small size is `base`:
    /// first everything with smaller and smaller type, then the largest
    /// projects in the table and the rest in a note (the caller searches
    /// the number of rows with ``truncated(rows:of:smallSize:)``).
    static func ladder(smallSize base: Double) -> [StatePageFit] {
        let smallest = min(base, smallestSmallSize)
        var fits = [full(smallSize: base)]
        fits.append(StatePageFit(smallSize: base, koreanNames: false, keyFigureCards: true, compactCharts: false, tableRows: nil,
                                 compactEntries: 0, sourceLimit: nil))
        for size in [(base + smallest) / 2, smallest] where size < base {
            fits.append(StatePageFit(smallSize: size, koreanNames: false, keyFigureCards: true, compactCharts: true, tableRows: nil,
                                     compactEntries: 0, sourceLimit: nil))
        }
        fits.append(StatePageFit(smallSize: smallest, koreanNames: false, keyFigureCards: false, compactCharts: true, tableRows: nil,
                                 compactEntries: 0, sourceLimit: nil))
        return fits
    }

    /// The most compact form with `rows` of `projects` projects in the table;
    /// up to six of the rest are named in the note after it.
    static func truncated(rows: Int, of projects: Int, smallSize base: Double) -> StatePageFit {
        StatePageFit(smallSize: min(base, smallestSmallSize), koreanNames: false, keyFigureCards: false, compactCharts: true,
                     tableRows: rows, compactEntries: max(0, min(projects - rows, 6)), sourceLimit: 6)
    }

    /// The barest form: no table rows, no project named, three sources.
    static func bare(smallSize base: Double) -> StatePageFit {
        StatePageFit(smallSize: min(base, smallestSmallSize), koreanNames: false, keyFigureCards: false, compactCharts: true,
                     tableRows: 0, compactEntries: 0, sourceLimit: 3)
    }

    /// The smallest small size a fit may use: table cells at 6.5 pt.
    static let smallestSmallSize = 6.1
}
