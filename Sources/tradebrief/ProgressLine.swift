import Dispatch
#if canImport(Glibc)
import Glibc
#endif
import TradeBrief

/// A one-line progress display on standard error ("12/51  GA  0.21 s"),
/// shown only when standard error is a terminal.
final class ProgressLine: Sendable {
    /// Writes one line at a time, so that lines from parallel workers do not mix.
    private let writing = DispatchQueue(label: "tradebrief.progress")
    private let start = Date()
    private let enabled: Bool

    init(enabled: Bool) { self.enabled = enabled && isatty(STDERR_FILENO) != 0 }

    func update(done: Int, total: Int, item: String) {
        guard enabled else { return }
        writing.sync {
            let elapsed = DurationText.seconds(Date().timeIntervalSince(start))
            StandardStreams.err("\r\u{1B}[2K  one-pagers \(done)/\(total)  \(item)  \(elapsed) s" + (done == total ? "\n" : ""))
        }
    }
}
