import Dispatch

/// Work started on a thread of its own at once, its result collected with
/// ``wait()``; the caller works meanwhile (a build's charts beside its brief).
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private var result: Result<Value, any Error>?
    private let done = DispatchSemaphore(value: 0)

    /// Starts `work` on a global dispatch queue.
    init(_ work: @escaping @Sendable () throws -> Value) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = Result { try work() }
            self.done.signal()
        }
    }

    /// Waits for the work to finish (once) and returns its result.
    func wait() -> Result<Value, any Error> {
        done.wait()
        done.signal()
        return result ?? .failure(CancellationError())
    }
}
