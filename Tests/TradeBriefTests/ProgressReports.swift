import Foundation

/// Progress reports of ``StatePages`` collected from any thread, for tests.
final class ProgressReports: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [(done: Int, total: Int, code: String)] = []

    /// Records one report.
    func add(_ done: Int, _ total: Int, _ code: String) { lock.withLock { items.append((done, total, code)) } }

    /// Every report so far, in the order they came.
    var all: [(done: Int, total: Int, code: String)] { lock.withLock { items } }
}
