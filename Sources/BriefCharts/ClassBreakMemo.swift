import BriefData
import Synchronization

/// Class breaks already chosen in this process, by amounts and class count.
///
/// The state map chooses its breaks each time it is measured or drawn, and
/// every one-pager draws the same map: choosing them (weighing up to 50,000
/// choices) was 1% of the 51 one-pagers' CPU. The choice is a pure function
/// of its inputs, so a remembered one gives the same bytes. Shared by the
/// one-pager workers, hence the lock; it starts afresh past ``capacity``.
final class ClassBreakMemo: Sendable {
    /// The one memo of the process.
    static let shared = ClassBreakMemo()
    /// The most choices kept.
    static let capacity = 64

    private struct Key: Hashable {
        var amounts: [Money]
        var classes: Int
    }

    private let known = Mutex<[Key: [Money]]>([:])

    /// The breaks remembered for `sorted` and `classes`, or those `choose` gives (then remembered).
    func breaks(for sorted: [Money], classes: Int, choose: () -> [Money]) -> [Money] {
        let key = Key(amounts: sorted, classes: classes)
        if let breaks = known.withLock({ $0[key] }) { return breaks }
        let breaks = choose()
        known.withLock { entries in
            if entries.count >= Self.capacity { entries.removeAll() }
            entries[key] = breaks
        }
        return breaks
    }
}
