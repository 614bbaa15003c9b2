import Synchronization

/// Hands out the indices `0..<count` one at a time to workers that take
/// the next page when they finish one, so that a worker that starts late
/// (beside the brief) or meets a longer page does not leave the other idle.
final class PageQueue: Sendable {
    private let taken = Mutex(0)
    private let count: Int

    /// A queue of the indices `0..<count`.
    init(count: Int) {
        self.count = count
    }

    /// The next index not yet taken, or nil when all are.
    func next() -> Int? {
        taken.withLock { taken in
            guard taken < count else { return nil }
            defer { taken += 1 }
            return taken
        }
    }
}
