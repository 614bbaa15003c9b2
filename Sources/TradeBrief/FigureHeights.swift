import Synchronization

/// The heights of charts already measured, by what the chart shows and the
/// width it was measured at, so that a one-pager's figures are measured once
/// however often the layout engine asks: twice per layout (the preferred and
/// the least height), once more to draw, and for every fit that
/// ``StatePages`` tries. Keys name what a height depends on (the chart's
/// data and look), not the chart value: the locator map, the same on every
/// page of a batch but for the outlined state, is measured once per batch.
///
/// A reference type by necessity: the charts of every page of a worker
/// share one memo. It is guarded by a mutex so that the charts holding it
/// stay `Sendable`; each worker of a batch has its own, so the lock is
/// never contended, and a height is measured with the worker's own
/// typesetter (measurements never cross typesetters).
final class FigureHeights: Sendable {
    /// What a height was measured for.
    struct Key: Hashable {
        /// What the chart shows and how (see ``MeasuredChart/key``).
        var chart: String
        /// The width it was measured at.
        var width: Double
        /// Whether this is the least height rather than the preferred one.
        var minimum: Bool
    }

    private let heights = Mutex<[Key: Double]>([:])

    /// Creates an empty memo.
    init() {}

    /// The height kept for `key`, or `measure`'s result, kept for next time.
    /// `measure` runs outside the lock.
    func height(_ key: Key, measure: () -> Double) -> Double {
        if let known = heights.withLock({ $0[key] }) { return known }
        let height = measure()
        heights.withLock { $0[key] = height }
        return height
    }
}
