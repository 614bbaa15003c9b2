import Synchronization

/// Counts the pages finished by parallel workers and reports each one, in
/// order of the count, through a ``StatePages/Progress`` callback.
///
/// A reference type by necessity: the workers share one count. The count and
/// the call are guarded by a lock, so reports arrive one at a time with the
/// count rising by one each time.
final class ProgressCounter: Sendable {
    private let done = Mutex(0)
    private let total: Int
    private let report: StatePages.Progress?

    /// Creates a counter for `total` pages that calls `report` after each.
    init(total: Int, report: StatePages.Progress?) {
        self.total = total
        self.report = report
    }

    /// Records that the page of `state` is done and reports it.
    func finished(_ state: String) {
        done.withLock { done in
            done += 1
            report?(done, total, state)
        }
    }
}
