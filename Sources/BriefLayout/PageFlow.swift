import BriefRender

/// The second step of layout: places measured units down columns and across
/// pages, one step at a time.
///
/// A page is a stack of bands: a band is a run of columns side by side; a
/// unit that spans the columns (the title, a wide table or figure) ends the
/// band above it, whose columns are first balanced to equal height, and
/// starts a new band below it. A band whose columns end lopsided (below a
/// spanning unit or at a page's foot) beside a column figure that has a
/// wide form is set again with that figure spanning.
///
/// Rules: a heading or lead-in is never the last thing in a column
/// (keep-with-next); a paragraph never leaves fewer than
/// ``Options/minimumLines`` lines alone at a column's top or bottom; a
/// figure that does not fit waits for the next column's top (the next
/// page's, when it spans) while the units after it fill the space left;
/// text before a figure that can only land behind the figures already
/// waiting stays, moves on whole or carries its last lines over to where
/// the figure lands, whichever keeps the figure within a page of it and no
/// page more than a fifth empty, the figure's nearness coming first (see
/// `ending(of:among:simply:)`), and such text that would split at a page's
/// foot moves on whole instead where split it would leave a page more than a
/// fifth empty; figures waiting together are drawn
/// shorter (`FlowUnit.Box.minimumHeight`) to land on one page; a
/// figure taller than a whole column is scaled down with a warning; a
/// table's header repeats after every break; a table's rows keep with
/// the next where `BlockMeasurer.rowKeepsWithNext(_:of:)` says (at least
/// two rows under a header, at least two at a table's end).
///
/// The flow is a value: ``checkpoint()`` and ``restore(_:)`` let it go back
/// to the start of a band and try again with a shorter band (balancing).
struct PageFlow {
    /// Choices that change how units are placed.
    struct Options {
        /// The fewest lines of a paragraph allowed alone at a column's top or bottom.
        var minimumLines = 2
        /// Whether a figure that does not fit may wait while the units after it fill the space left.
        var floatFigures = true
        /// Figures (by unit index) that may not wait: placed in order, at the next column's top if need be.
        var anchoredFigures: Set<Int> = []
    }

    /// The next thing to place: a unit, and for text, its first line not yet placed.
    struct Position: Hashable {
        var unit: Int
        var line: Int
    }

    /// Where a band of columns began: enough to undo everything placed since.
    struct Checkpoint {
        let position: Position
        let page: Int
        let bandTop: Double
        let itemCount: Int
        let warningCount: Int
        let outlineCount: Int
        let pending: [Int]
        let lastTableID: Int?
        let headerDue: Int?
    }

    let style: LayoutStyle
    let units: [FlowUnit]
    let tableHeaders: [Int: FlowUnit.Box]
    let options: Options

    // MARK: State

    private(set) var page = 0
    private var column = 0
    /// The top of the current band of columns.
    private var bandTop: Double
    /// The top of the free space in the current column.
    private var y: Double
    /// Whether nothing has been placed in the current column of this band.
    private var columnEmpty = true
    private(set) var position = Position(unit: 0, line: 0)
    /// Figures waiting for a column's (or, when they span, a page's) top, by unit index, in order.
    private var pending: [Int] = []
    private var lastTableID: Int?
    /// A table whose header must be repeated before its next row in this column.
    private var headerDue: Int?
    private var bandStart: Checkpoint?
    /// While balancing: the bottom of the band being tried; going past its last column overflows.
    private var bandLimit: Double?
    /// While balancing: whether the band's content did not fit.
    private var overflowed = false
    /// Figures (by block) made to span the columns because in one column they left a gap beside them,
    /// and short paragraphs made to span because they were alone in a band between two spanning units.
    private var promoted: Set<Int> = []
    /// Figures (by block) drawn shorter, by this many points, so that figures waiting in a row land
    /// together at the next top and none lands more than a page after its text.
    private var shortened: [Int: Double] = [:]
    /// How text before a figure ends where it starts (a unit and line), once chosen
    /// (``ending(of:among:simply:)``): balancing its band again keeps the choice.
    private var endings: [Position: TextEnding] = [:]
    /// Whether this flow is a trial of such a choice: choices in it take the simple rule.
    private var isTrial = false

    /// Whether a box was taller than the room a page has for it (scaled or running into the margin).
    private(set) var oversized = false
    private(set) var items: [PlacedItem] = []
    private(set) var warnings: [String] = []
    private(set) var outline: [OutlineEntry] = []

    init(style: LayoutStyle, units: [FlowUnit], tableHeaders: [Int: FlowUnit.Box], options: Options) {
        self.style = style
        self.units = units
        self.tableHeaders = tableHeaders
        self.options = options
        bandTop = style.textArea.minY
        y = bandTop
        bandStart = checkpoint()
    }

    // MARK: Running

    /// Places every unit, then any figure still waiting.
    mutating func run() {
        run(until: units.count)
        flushPending()
    }

    /// Places units until unit `stop` (not included) or until a balanced band overflows.
    private mutating func run(until stop: Int) {
        while position.unit < stop, !overflowed { step() }
    }

    /// Places (part of) the next unit; when that fills a page whose band of
    /// columns ends lopsided, goes back to make a figure in it span.
    private mutating func step() {
        let begun = (page: page, band: bandStart, pageBreak: units[position.unit].isPageBreak)
        placeNext()
        if page > begun.page, !begun.pageBreak, bandLimit == nil, !overflowed, let band = begun.band, band.page == begun.page {
            // The band filled the page: a column figure beside a short column spans instead (not before a page break).
            _ = promoteLopsidedFigure(since: band, onPage: begun.page, bandBottom: nil)
        }
    }

    /// Places (part of) the next unit.
    private mutating func placeNext() {
        let index = position.unit
        let unit = units[index]
        if !pending.isEmpty, position.line == 0, !mayPassWaitingFigures(unit) {
            flushPending()
            if overflowed { return }
        }
        switch unit.kind {
        case .pageBreak:
            if !(freshColumn && column == 0) {
                column = style.columns - 1
                advance()
            }
            finishUnit()
        case .spacer(let height):
            if !columnEmpty {
                y += height
                if y > bottom { advance() }
            }
            finishUnit()
        case .box:
            guard let box = box(of: unit) else { return }
            if spans(unit) {
                placeSpanning(box, unit: unit, index: index)
            } else if waits(box, unit: unit, index: index) {
                if pending.isEmpty, shortenToFit(index, available: bottom - (y + unit.spaceBefore)), let short = self.box(of: unit) {
                    // Drawn shorter, it fits here: waiting would put it more than a page after its text.
                    placeBox(short, unit: unit, follow: 0)
                    if !overflowed { finishUnit() }
                    return
                }
                shortenQueue(adding: index)
                pending.append(index)
                finishUnit()
            } else {
                placeBox(box, unit: unit, follow: unit.keepWithNext ? unit.spaceAfter + minimumFollowing(from: index + 1) : 0)
                if !overflowed { finishUnit() }
            }
        case .text(let text):
            placeLines(of: promoted.contains(unit.block) ? unit.wideText ?? text : text, unit: unit, index: index)
        }
    }

    private mutating func finishUnit() {
        position = Position(unit: position.unit + 1, line: 0)
    }

    // MARK: Geometry

    private func spans(_ unit: FlowUnit) -> Bool { (unit.spans || promoted.contains(unit.block)) && style.columns > 1 }

    /// The box a unit is placed as: a promoted figure's wide form.
    private func box(of unit: FlowUnit) -> FlowUnit.Box? {
        var found: FlowUnit.Box?
        if promoted.contains(unit.block), let wide = unit.wide {
            found = wide
        } else if case .box(let box) = unit.kind {
            found = box
        }
        if let cut = shortened[unit.block] { return found?.shortened(by: cut) }
        return found
    }

    /// The box a unit is placed as when it spans the columns: a column
    /// figure's wide form (as short as it is drawn now), else its box.
    private func spanningBox(of unit: FlowUnit) -> FlowUnit.Box? {
        guard let wide = unit.wide else { return box(of: unit) }
        return shortened[unit.block].map { wide.shortened(by: $0) } ?? wide
    }

    /// The bottom of the current band's columns.
    private var bottom: Double { bandLimit ?? style.textArea.maxY }

    private var columnFrame: Rect {
        let frame = style.columnFrame(column)
        return Rect(x: frame.minX, y: bandTop, width: frame.width, height: bottom - bandTop)
    }

    /// Whether the current column is a whole, empty column: moving on would not give more room.
    private var freshColumn: Bool {
        columnEmpty && bandLimit == nil && bandTop <= style.textArea.minY + 0.01
    }

    /// Whether anything has been placed in the current band.
    private var bandHasContent: Bool {
        column > 0 || !columnEmpty
    }

    // MARK: Moving on

    /// Moves to the next column, or to the next page's first column, and
    /// places the figures waiting for it.
    private mutating func advance() {
        if column + 1 < style.columns {
            column += 1
        } else {
            if bandLimit != nil {
                overflowed = true
                return
            }
            page += 1
            column = 0
            bandTop = style.textArea.minY
        }
        y = bandTop
        columnEmpty = true
        headerDue = lastTableID
        if column == 0 {
            placeWaitingSpans()
            bandStart = checkpoint()
        }
        placeWaitingColumnFigures()
    }

    /// Moves on to the next page's first column.
    private mutating func newPage() {
        column = style.columns - 1
        advance()
    }

    /// Starts a new band of columns at `y`, below something that spans them.
    private mutating func startBand() {
        bandTop = y
        column = 0
        columnEmpty = true
        bandStart = checkpoint()
    }

    /// Places every waiting figure, moving on as often as needed.
    private mutating func flushPending() {
        var moves = 0
        while !pending.isEmpty, !overflowed, moves < 64 {
            if pending.allSatisfy({ spans(units[$0]) }), column != style.columns - 1 {
                column = style.columns - 1
            }
            advance()
            moves += 1
        }
    }

    // MARK: Checkpoints

    func checkpoint() -> Checkpoint {
        Checkpoint(position: position, page: page, bandTop: bandTop, itemCount: items.count, warningCount: warnings.count,
                   outlineCount: outline.count, pending: pending, lastTableID: lastTableID, headerDue: headerDue)
    }

    /// Goes back to `checkpoint`, the start of a band, undoing what was placed since.
    mutating func restore(_ checkpoint: Checkpoint) {
        position = checkpoint.position
        page = checkpoint.page
        column = 0
        bandTop = checkpoint.bandTop
        y = bandTop
        columnEmpty = true
        items.removeSubrange(checkpoint.itemCount...)
        warnings.removeSubrange(checkpoint.warningCount...)
        outline.removeSubrange(checkpoint.outlineCount...)
        pending = checkpoint.pending
        lastTableID = checkpoint.lastTableID
        headerDue = checkpoint.headerDue
        overflowed = false
        bandStart = checkpoint
        if column == 0, bandTop <= style.textArea.minY + 0.01, pending.contains(where: { spans(units[$0]) }) {
            // A figure promoted to span waits for this page's top.
            placeWaitingSpans()
            bandStart = self.checkpoint()
        }
        placeWaitingColumnFigures()
    }

    /// When the band above a spanning unit ends lopsided (a column figure beside
    /// a short column), makes the first such figure span instead and goes back
    /// to the band's start. Returns whether it did.
    private mutating func promoteLopsidedFigure(bandBottom: Double) -> Bool {
        guard let start = bandStart else { return false }
        return promoteLopsidedFigure(since: start, onPage: page, bandBottom: bandBottom)
    }

    /// When the band begun at `start`, on page `page`, ends lopsided (its
    /// columns' bottoms more than ``acceptableGap`` apart, or apart from
    /// `bandBottom` when given), makes its first column figure with a wide
    /// form span instead and goes back to `start`. Returns whether it did.
    private mutating func promoteLopsidedFigure(since start: Checkpoint, onPage page: Int, bandBottom: Double?) -> Bool {
        guard style.columns > 1 else { return false }
        let band = items[min(start.itemCount, items.count)...].filter { $0.page == page }
        let bottoms = (0..<style.columns).map { column -> Double in
            let lane = style.columnFrame(column)
            return band.filter { $0.frame.minX < lane.maxX && $0.frame.maxX > lane.minX }.map(\.frame.maxY).max() ?? start.bandTop
        }
        guard let low = bottoms.min(), let high = bandBottom ?? bottoms.max(),
              high - low > Self.acceptableGap * style.textArea.height else { return false }
        guard let figure = band.first(where: { item in
            item.role == .figure && !promoted.contains(item.blockIndex)
                && units.contains { $0.block == item.blockIndex && $0.wide != nil }
        }) else { return false }
        promoted.insert(figure.blockIndex)
        restore(start)
        // The band is set again differently: how its text ends before figures is chosen again.
        endings = endings.filter { $0.key.unit < start.position.unit }
        return true
    }

    /// When the band above the spanning unit `index` holds nothing but whole
    /// short paragraphs with a form across the columns (``FlowUnit/wideText``),
    /// and the spanning unit, needing `need` points, still fits on this page
    /// below them set that way, makes them span instead of being balanced
    /// into a line or two a column, and goes back to the band's start.
    /// Returns whether it did.
    private mutating func promoteShortBand(before index: Int, need: Double) -> Bool {
        guard style.columns > 1, let start = bandStart, start.position.line == 0, start.position.unit < index,
              start.pending.isEmpty, pending.isEmpty else { return false }
        let run = start.position.unit..<index
        guard run.allSatisfy({ units[$0].wideText != nil && !promoted.contains(units[$0].block) }) else { return false }
        let band = items[min(start.itemCount, items.count)...]
        let blocks = Set(run.map { units[$0].block })
        guard !band.isEmpty, band.allSatisfy({ $0.page == page && blocks.contains($0.blockIndex) }) else { return false }
        // Where the spanning unit would start below the paragraphs set across the columns (as `placeLines` sets them).
        var y = start.bandTop
        for (offset, position) in run.enumerated() {
            let unit = units[position]
            guard let wide = unit.wideText, let first = wide.lines.first, let last = wide.lines.last else { return false }
            y += (offset == 0 ? 0 : unit.spaceBefore) + last.top + last.height - first.top + unit.spaceAfter
        }
        // Otherwise the unit would wait for the next page, and the paragraphs are better left to fill the columns.
        guard y + need <= style.textArea.maxY + 0.01 else { return false }
        promoted.formUnion(blocks)
        restore(start)
        endings = endings.filter { $0.key.unit < start.position.unit }
        return true
    }

    // MARK: Waiting figures

    /// Whether `unit` may be placed while figures wait: anything but a page
    /// break or a unit spanning the columns (those place the figures first).
    private func mayPassWaitingFigures(_ unit: FlowUnit) -> Bool {
        switch unit.kind {
        case .pageBreak: return false
        case .box(let box) where box.role == .title: return false
        default:
            if spans(unit) { return pending.allSatisfy { spans(units[$0]) } }
            return true
        }
    }

    /// Whether a column-wide figure should wait for the next column's top
    /// rather than be placed (or moved on to) now.
    private func waits(_ box: FlowUnit.Box, unit: FlowUnit, index: Int) -> Bool {
        guard box.role == .figure, options.floatFigures, !options.anchoredFigures.contains(index) else { return false }
        let columnHeight = style.textArea.height
        if pending.contains(where: { !spans(units[$0]) }) {
            // Behind other waiting figures, keeping their order: each lands at the top of the next
            // column with room, and the text after them fills the space in between.
            return true
        }
        let before = columnEmpty ? 0 : unit.spaceBefore
        let fits = y + before + shortest(box) <= bottom + 0.01
        return !fits && !freshColumn && box.height <= columnHeight
    }

    /// Whether unit `index` is text followed by a figure that cannot join
    /// the figures waiting now for the same top (a column's, or the next
    /// page's when it spans): together they are taller than a column even
    /// drawn as short as they can be, so the figure lands at least two tops on.
    private func introducesFigureBeyondQueue(_ index: Int) -> Bool {
        guard options.floatFigures, index + 1 < units.count, units[index + 1].isFigure else { return false }
        let spanning = spans(units[index + 1])
        // A figure that spans lands on the next page's top, after the waiting figures that land there too:
        // those that span, and from the last column, those a column wide.
        let waiting = pending.filter { spans(units[$0]) == spanning || (spanning && column == style.columns - 1) }
        guard !waiting.isEmpty else { return false }
        // A column figure landing at a page's top above a spanning one spans there too (beside it,
        // the column would stay empty): it counts in its wide form.
        return queueHeight(waiting + [index + 1], shortest: true, wide: spanning) > style.textArea.height
    }

    /// The height of the figures `queue` (unit indices) stacked at a column's
    /// or page's top: as placed now, or (`shortest`) each drawn as short as it
    /// can be; with `wide`, column figures that have a wide form in that form.
    private func queueHeight(_ queue: [Int], shortest: Bool, wide: Bool = false) -> Double {
        let heights = queue.enumerated().map { position, index -> Double in
            guard let box = wide ? spanningBox(of: units[index]) : box(of: units[index]) else { return 0 }
            // Between two figures: the space after the one and before the next.
            let between = position == 0 ? 0 : units[queue[position - 1]].spaceAfter + units[index].spaceBefore
            return between + (shortest ? box.height - box.slack : box.height)
        }
        return heights.reduce(0, +)
    }

    /// When figure `index` does not fit where the flow is and waiting for the
    /// next top would put it more than a page after the text before it, but
    /// drawn shorter (a map's tiles shrink, its type does not) it fits in
    /// `available` points: makes it that short and returns true.
    private mutating func shortenToFit(_ index: Int, available: Double) -> Bool {
        let unit = units[index]
        guard let box = box(of: unit), box.role == .figure, box.slack > 0, box.height > available,
              box.height - box.slack <= available else { return false }
        // Where it would land by waiting: the next column's top, or the next page's.
        let landing = spans(unit) || column + 1 >= style.columns ? page + 1 : page
        guard let intro = items.last(where: { $0.blockIndex < unit.block && ($0.role == .paragraph || $0.role == .title) }),
              landing > intro.page + 1 else { return false }
        shortened[unit.block, default: 0] += box.height - max(0, available - 0.5)
        return true
    }

    /// When figure `index` joins the figures waiting for the same top (in a
    /// column, or across the page when it spans) and together they are taller
    /// than that top has room for, draws the ones that can be shorter (a
    /// map's tiles shrink, its type does not) just short enough that all land
    /// together, so none lands a page later than the text before it. Does
    /// nothing when they cannot be made to fit.
    private mutating func shortenQueue(adding index: Int) {
        let spanning = spans(units[index])
        let queue = pending.filter { spans(units[$0]) == spanning } + [index]
        guard queue.count > 1 else { return }
        var excess = queueHeight(queue, shortest: false) - style.textArea.height
        guard excess > 0, queueHeight(queue, shortest: true) <= style.textArea.height else { return }
        // The figures with the most room to give give first.
        let givers = queue.compactMap { index in box(of: units[index]).map { (index, $0.slack) } }.filter { $0.1 > 0 }
            .sorted { $0.1 > $1.1 }
        for (giver, slack) in givers where excess > 0 {
            let cut = min(slack, excess + 1)
            shortened[units[giver].block, default: 0] += cut
            excess -= cut
        }
    }

    /// How text that introduces a figure ends where the flow is, when the
    /// figure can only land two tops on (behind the figures waiting), or
    /// when the text would split at a page's foot with figures waiting for
    /// the next page's top.
    enum TextEnding {
        /// As the column takes it: every line that fits stays (no widow, no orphan).
        case flows
        /// Its last ``Options/minimumLines`` lines move on to the next column or page.
        case carriesLines
        /// It moves on whole (a page of several columns that it leaves ends them level).
        case movesOn
    }

    /// How text unit `index` ends, one of `ways` (in order of preference).
    ///
    /// The rule, from what a reader sees: a figure is within a page of the
    /// text that introduces it, and no page but the last is more than a fifth
    /// (``emptiestPage``) empty. Each way is tried by flowing on until the
    /// figure after the text lands; the first that keeps both rules is
    /// taken. When none does, keeping the figure near comes first: the text
    /// moves on (at most a short paragraph or its last lines, so the page it
    /// leaves is emptier by no more than those) the way that leaves the
    /// emptiest page fullest; when no way keeps it near, the way that leaves
    /// the pages fullest. While a band is balanced, and in a trial, the text
    /// ends `simply`, or as chosen before for the same unit.
    private mutating func ending(of index: Int, among ways: [TextEnding], simply: TextEnding) -> TextEnding {
        if let chosen = endings[position] { return chosen }
        guard bandLimit == nil, !isTrial else { return simply }
        func rank(_ outcome: (near: Bool, emptiest: Double)) -> (Int, Double) {
            (outcome.near ? 0 : 1, outcome.emptiest < Self.emptiestPage ? 0 : outcome.emptiest)
        }
        let tried = ways.map { (way: $0, rank: rank(outcome(of: $0, index: index))) }
        let best = tried.min { $0.rank < $1.rank }?.way ?? simply
        endings[position] = best
        return best
    }

    /// What ending text unit `index` by `ending` leads to: whether the figure
    /// after it lands within a page of it, and the largest share empty of the
    /// pages it finishes before that figure's page.
    private func outcome(of ending: TextEnding, index: Int) -> (near: Bool, emptiest: Double) {
        var trial = self
        trial.isTrial = true
        trial.endings[position] = ending
        let figure = units[index + 1].block
        func landing() -> PlacedItem? { trial.items.last { $0.blockIndex == figure && $0.role == .figure } }
        while landing() == nil, !trial.overflowed, trial.position.unit < units.count { trial.step() }
        if landing() == nil { trial.flushPending() }
        guard let landed = landing(), let text = trial.items.last(where: { $0.blockIndex == units[index].block }) else { return (false, 1) }
        let emptiest = (page..<landed.page).map { page in
            LaidOutDocument.emptiness(of: trial.items.filter { $0.page == page }, style: style)
        }.max() ?? 0
        return (landed.page - text.page <= 1, emptiest)
    }

    /// Moves text unit `index` on whole, to the next column or page. A page
    /// of several columns it leaves ends them level where that keeps the page
    /// rule (``emptiestPage``), or where neither ending keeps it (a level
    /// ending reads as meant); else as they stand.
    private mutating func moveOn(before index: Int) {
        guard style.columns > 1, column == style.columns - 1, bandHasContent, bandLimit == nil else { return advance() }
        let level = balancedBand(until: index).flow
        func keepsRule(_ flow: PageFlow) -> Bool {
            LaidOutDocument.emptiness(of: flow.items.filter { $0.page == page }, style: style) < Self.emptiestPage
        }
        if keepsRule(level) || !keepsRule(self) { self = level }
        newPage()
    }

    /// Whether text unit `index`, about to split at the foot of a page's last
    /// column, introduces a figure while figures wait for the next page's top.
    private func splitsBeforeWaitingFigures(_ index: Int) -> Bool {
        options.floatFigures && column == style.columns - 1 && !pending.isEmpty && index + 1 < units.count && units[index + 1].isFigure
    }

    /// The most of a page (a share of its text area) left empty, but on the
    /// last page: a fifth (the page rule the brief's tests check).
    static let emptiestPage = 0.2

    /// The least space between the columns of a band and what spans below them.
    static let bandGap = 12.0

    /// The largest share of a page the flow leaves empty to keep a figure near its text.
    static let acceptableGap = 0.15

    /// The least height `box` may be drawn at where it is: a figure may be
    /// drawn slightly smaller (down to ``minimumFigureScale``) rather than
    /// leave a gap or land far from its text.
    private func shortest(_ box: FlowUnit.Box) -> Double {
        box.scalable ? box.height * Self.minimumFigureScale : box.height
    }

    /// The smallest a figure is drawn to fit where it is, without a warning:
    /// its type stays readable (7.5 pt chart text at 7.05 pt).
    static let minimumFigureScale = 0.94

    private func height(of index: Int) -> Double {
        if let box = box(of: units[index]) { return box.height }
        return 0
    }

    /// At a page's top: the waiting figures that span the columns, while they fit.
    private mutating func placeWaitingSpans() {
        guard style.columns > 1 else { return }
        while let slot = pending.firstIndex(where: { spans(units[$0]) }), let box = box(of: units[pending[slot]]) {
            let unit = units[pending[slot]]
            let fitsHere = y + shortest(box) <= bottom + 0.01
            guard fitsHere || y <= style.textArea.minY + 0.01 else { break }
            pending.remove(at: slot)
            placeFullWidth(box, unit: unit)
        }
        bandTop = y
    }

    /// At a column's top: the waiting column-wide figures, in order, while they fit.
    private mutating func placeWaitingColumnFigures() {
        while let slot = pending.firstIndex(where: { !spans(units[$0]) }), let box = box(of: units[pending[slot]]) {
            let unit = units[pending[slot]]
            let before = columnEmpty ? 0 : unit.spaceBefore
            guard y + before + shortest(box) <= bottom + 0.01 || freshColumn else { break }
            pending.remove(at: slot)
            placeBox(box, unit: unit, follow: 0)
        }
    }

    // MARK: Boxes

    /// Places a box in the current column, moving on first if it does not
    /// fit with `follow` points of what must follow it.
    private mutating func placeBox(_ box: FlowUnit.Box, unit: FlowUnit, follow: Double) {
        let columnHeight = style.textArea.height
        while !freshColumn,
              y + (columnEmpty ? 0 : unit.spaceBefore) + repeatedHeader(before: box) + min(shortest(box), columnHeight) + follow > bottom + 0.01 {
            advance()
            if overflowed { return }
        }
        // A table row that starts a column after a break gets the header again.
        if box.role == .tableRow, let table = box.tableID, headerDue == table, let header = tableHeaders[table] {
            place(header, at: y + (columnEmpty ? 0 : 6), height: header.height, scale: 1, block: unit.block, spanning: false)
            y += (columnEmpty ? 0 : 6) + header.height
            columnEmpty = false
        }
        if box.tableID != nil { headerDue = nil }
        let before = columnEmpty ? 0 : unit.spaceBefore
        let (height, scale) = fitted(box, available: bottom - (y + before))
        place(box, at: y + before, height: height, scale: scale, block: unit.block, spanning: false)
        y += before + height + unit.spaceAfter
        columnEmpty = false
        // A figure that waited and lands inside a table does not end it: its rows still get the header after a break.
        lastTableID = box.tableID ?? (box.role == .figure ? lastTableID : nil)
    }

    /// The height of the table header repeated above `box` where it is
    /// placed now (a table row after a break), else 0.
    private func repeatedHeader(before box: FlowUnit.Box) -> Double {
        guard box.role == .tableRow, let table = box.tableID, headerDue == table, let header = tableHeaders[table] else { return 0 }
        return header.height + (columnEmpty ? 0 : 6)
    }

    /// The height and scale of `box` in `available` points: a figure taller
    /// than that is scaled down, anything else runs into the margin; both with a warning.
    private mutating func fitted(_ box: FlowUnit.Box, available: Double) -> (height: Double, scale: Double) {
        guard box.height > available + 0.01 else { return (box.height, 1) }
        if box.scalable, box.height > 0, available / box.height >= Self.minimumFigureScale {
            return (available, available / box.height)
        }
        oversized = true
        guard box.scalable, box.height > 0 else {
            warnings.append("\(box.text.prefix(60)) is taller than a page and runs into the bottom margin")
            return (box.height, 1)
        }
        let scale = max(0.05, available / box.height)
        warnings.append("\(box.text) is taller than a page (\(Int(box.height.rounded())) pt); scaled to \(Int((scale * 100).rounded()))%")
        return (available, scale)
    }

    private mutating func place(_ box: FlowUnit.Box, at top: Double, height: Double, scale: Double, block: Int, spanning: Bool) {
        let frame = spanning ? Rect(x: style.textArea.minX, y: top, width: style.textArea.width, height: 0) : columnFrame
        let width = scale < 1 ? frame.width * scale : frame.width
        let x = scale < 1 ? frame.minX + (frame.width - width) / 2 : frame.minX
        items.append(PlacedItem(role: box.role, page: page, frame: Rect(x: x, y: top, width: width, height: height),
                                lines: 0..<0, totalLines: 0, scale: scale, text: box.text, blockIndex: block, content: box.content))
    }

    /// Places a box across the whole text width at `y` (a band has just ended or the page is empty).
    private mutating func placeFullWidth(_ box: FlowUnit.Box, unit: FlowUnit) {
        if box.role == .tableRow, let table = box.tableID, headerDue == table, let header = tableHeaders[table] {
            place(header, at: y, height: header.height, scale: 1, block: unit.block, spanning: true)
            y += header.height
        }
        if box.tableID != nil { headerDue = nil }
        let (height, scale) = fitted(box, available: style.textArea.maxY - y)
        place(box, at: y, height: height, scale: scale, block: unit.block, spanning: true)
        y += height + unit.spaceAfter
        lastTableID = box.tableID ?? (box.role == .figure ? lastTableID : nil)
    }

    // MARK: Spanning units

    /// Places a unit that spans the columns: below the current band, whose
    /// columns are balanced first; a spanning figure that does not fit there
    /// waits for the next page's top.
    private mutating func placeSpanning(_ box: FlowUnit.Box, unit: FlowUnit, index: Int) {
        let follow = unit.keepWithNext ? unit.spaceAfter + minimumFollowing(from: index + 1) : 0
        let need = repeatedHeader(before: box) + min(shortest(box), style.textArea.height) + follow
        var fitsHere = y + need <= style.textArea.maxY + 0.01 || y <= style.textArea.minY + 0.01
        if bandHasContent {
            if promoteShortBand(before: index, need: need) { return }
            let balanced = balancedBand(until: index)
            if promoteLopsidedFigure(bandBottom: balanced.bandBottom) { return }
            let top = balanced.bandBottom + max(unit.spaceBefore, Self.bandGap)
            fitsHere = top + need <= style.textArea.maxY + 0.01
            if fitsHere {
                self = balanced.flow
                y = top
            }
        }
        if !fitsHere, box.role == .figure, !pending.contains(where: { spans(units[$0]) }) {
            // Drawn shorter, it may fit here: waiting would put it more than a page after its text.
            let top = bandHasContent ? balancedBand(until: index).bandBottom + max(unit.spaceBefore, Self.bandGap) : y
            if shortenToFit(index, available: style.textArea.maxY - top - follow), let short = self.box(of: unit) {
                return placeSpanning(short, unit: unit, index: index)
            }
        }
        if !fitsHere {
            if box.role == .figure, options.floatFigures, !options.anchoredFigures.contains(index) {
                shortenQueue(adding: index)
                pending.append(index)
                finishUnit()
                return
            }
            newPage()
            // Figures that waited for this page's top may have filled it.
            while !overflowed, y > style.textArea.minY + 0.01,
                  y + repeatedHeader(before: box) + min(shortest(box), style.textArea.height) + follow > style.textArea.maxY + 0.01 {
                newPage()
            }
            if overflowed { return }
        }
        placeSpanningHere(box, unit: unit)
    }

    private mutating func placeSpanningHere(_ box: FlowUnit.Box, unit: FlowUnit) {
        placeFullWidth(box, unit: unit)
        finishUnit()
        startBand()
    }

    /// The flow with the current band's columns balanced: the shortest band
    /// height at which everything placed in it since it began still fits
    /// in its columns on this page, and the bottom of what it holds.
    private func balancedBand(until stop: Int) -> (flow: PageFlow, bandBottom: Double) {
        let natural = (flow: self, bandBottom: contentBottom(since: bandStart?.itemCount ?? items.count))
        guard let start = bandStart, style.columns > 1 else { return natural }
        var low = 0.0
        var high = style.textArea.maxY - start.bandTop
        var best = natural
        for _ in 0..<14 where high - low > 1 {
            let middle = (low + high) / 2
            var trial = self
            trial.restore(start)
            trial.bandLimit = start.bandTop + middle
            trial.run(until: stop)
            if !trial.overflowed { trial.flushColumnFigures() }
            if trial.overflowed {
                low = middle
            } else {
                trial.bandLimit = nil
                best = (trial, trial.contentBottom(since: start.itemCount))
                high = middle
            }
        }
        return best
    }

    /// Places the waiting column-wide figures in this band (moving on across its columns).
    private mutating func flushColumnFigures() {
        var moves = 0
        while pending.contains(where: { !spans(units[$0]) }), !overflowed, moves < 8 {
            advance()
            moves += 1
        }
    }

    /// The lowest edge of the items placed since item `start` on this page, or the band's top.
    private func contentBottom(since start: Int) -> Double {
        items[min(start, items.count)...].filter { $0.page == page }.map(\.frame.maxY).max() ?? bandTop
    }

    // MARK: Text

    /// The least height that must follow a keep-with-next unit in the same column.
    private func minimumFollowing(from index: Int, depth: Int = 0) -> Double {
        guard index < units.count, depth < 4 else { return 0 }
        let unit = units[index]
        let columnHeight = style.textArea.height
        switch unit.kind {
        case .text(let text):
            // A paragraph too short to split without a widow or an orphan moves whole.
            let splits = text.splittable && text.lines.count >= 2 * options.minimumLines
            let count = min(text.lines.count, splits ? options.minimumLines : text.lines.count)
            guard count > 0 else { return 0 }
            let bottom = text.lines[count - 1].top + text.lines[count - 1].height
            let own = unit.spaceBefore + bottom
            return unit.keepWithNext ? own + unit.spaceAfter + minimumFollowing(from: index + 1, depth: depth + 1) : own
        case .box(let box):
            let own = unit.spaceBefore + min(box.height, columnHeight)
            return unit.keepWithNext ? own + unit.spaceAfter + minimumFollowing(from: index + 1, depth: depth + 1) : own
        case .pageBreak, .spacer:
            return 0
        }
    }

    /// Places as many of a text unit's remaining lines as the column takes
    /// (no widows or orphans, a keep-with-next unit not alone at the
    /// bottom), then moves on if lines remain.
    private mutating func placeLines(of text: FlowUnit.Text, unit: FlowUnit, index: Int) {
        let lines = text.lines
        let start = position.line
        guard start < lines.count else {
            finishUnit()
            return
        }
        if spans(unit), start == 0 {
            // A spanning heading (before a spanning table or figure) ends the band above it.
            let need = (lines.last.map { $0.top + $0.height } ?? 0) + (unit.keepWithNext ? unit.spaceAfter + minimumFollowing(from: index + 1) : 0)
            if bandHasContent {
                if promoteShortBand(before: index, need: need) { return }
                let balanced = balancedBand(until: index)
                if promoteLopsidedFigure(bandBottom: balanced.bandBottom) { return }
                let top = balanced.bandBottom + max(unit.spaceBefore, Self.bandGap)
                if top + need <= style.textArea.maxY + 0.01 {
                    self = balanced.flow
                    y = top
                } else {
                    newPage()
                }
            } else if y + need > style.textArea.maxY + 0.01, y > style.textArea.minY + 0.01 {
                newPage()
            }
            if overflowed { return }
            startBand()
        }
        let minimum = options.minimumLines
        let before = columnEmpty || start > 0 ? 0 : unit.spaceBefore
        let origin = lines[start].top
        let available = bottom - (y + before)
        var fit = 0
        while start + fit < lines.count {
            let line = lines[start + fit]
            if line.top + line.height - origin > available + 0.01 { break }
            fit += 1
        }
        let remaining = lines.count - start
        var take = fit
        if fit >= remaining {
            take = remaining
            if !freshColumn, introducesFigureBeyondQueue(index) {
                // The figure after this text can only land after the figures waiting now: the text stays,
                // moves on whole or carries its last lines over, whichever keeps the figure near it.
                var ways: [TextEnding] = [.flows]
                if start == 0, remaining <= 2 * minimum || !text.splittable { ways.append(.movesOn) }
                let carries = text.splittable && remaining >= 2 * minimum && (start == 0 || remaining - minimum >= minimum)
                if carries { ways.append(.carriesLines) }
                let simple: TextEnding = carries ? .carriesLines
                    : bottom - y <= Self.acceptableGap * style.textArea.height ? .movesOn : .flows
                switch ending(of: index, among: ways, simply: simple) {
                case .flows:
                    break
                case .carriesLines:
                    take = remaining - minimum
                case .movesOn:
                    moveOn(before: index)
                    return
                }
            }
            if unit.keepWithNext, !freshColumn {
                let last = lines[lines.count - 1]
                let height = last.top + last.height - origin
                if y + before + height + unit.spaceAfter + minimumFollowing(from: index + 1) > bottom + 0.01 {
                    // Keep the last lines with what follows; the rest may stay here.
                    if text.splittable, remaining - minimum >= minimum {
                        take = remaining - minimum
                    } else {
                        advance()
                        return
                    }
                }
            }
        } else if !text.splittable {
            if !freshColumn {
                advance()
                return
            }
            take = remaining
        } else {
            // Widows: leave at least `minimumLines` for the next column.
            if remaining - take < minimum { take = remaining - minimum }
            // Orphans: do not start a paragraph with fewer than `minimumLines` here.
            if take < min(minimum, remaining) {
                if !freshColumn {
                    advance()
                    return
                }
                take = max(fit, 1)
            }
            if start == 0, !freshColumn, splitsBeforeWaitingFigures(index),
               ending(of: index, among: [.flows, .movesOn], simply: .flows) == .movesOn {
                // Split, it would leave the page it continues on emptier than a fifth.
                moveOn(before: index)
                return
            }
        }
        let last = lines[start + take - 1]
        let height = last.top + last.height - origin
        let frame = spans(unit) ? style.textArea : columnFrame
        items.append(PlacedItem(role: text.role, page: page,
                                frame: Rect(x: frame.minX, y: y + before, width: frame.width, height: height),
                                lines: start..<(start + take), totalLines: lines.count, scale: 1,
                                text: text.plain, blockIndex: unit.block,
                                    content: .text(text.layout, color: text.color, links: text.links, indent: text.indent, rule: text.rule)))
        if case .heading(let level) = text.role, start == 0 {
            outline.append(OutlineEntry(level: level, title: text.plain, page: page, y: y + before))
        }
        y += before + height
        columnEmpty = false
        position.line = start + take
        if position.line >= lines.count {
            y += unit.spaceAfter
            lastTableID = nil
            finishUnit()
            if spans(unit) { startBand() }
        } else {
            advance()
        }
    }
}
