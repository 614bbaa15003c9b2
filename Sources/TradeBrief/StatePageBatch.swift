import Synchronization

/// The one-pagers of one edition of a build, started as soon as the inputs
/// are read so that they render beside the brief (issue 20): during the
/// brief, the core that drew the charts is otherwise idle once they are done.
///
/// Their progress is held back until ``releaseProgress()`` (the build calls
/// it after reporting the brief's warnings), so that a caller still sees the
/// warnings first and then the pages in order. Their bytes do not depend on
/// when they start: each worker has its own typesetter (``StatePages``).
final class StatePageBatch: Sendable {
    private struct State {
        var task: Task<[Artifact], any Error>?
        var released = false
        var held: [Build.Progress] = []
    }

    private let state = Mutex(State())
    private let progress: Build.ProgressHandler?

    /// A batch that reports its pages to `progress`.
    init(progress: Build.ProgressHandler?) {
        self.progress = progress
    }

    /// Starts rendering `states` of `pages` with `workers` workers (once; later calls do nothing).
    func start(_ pages: StatePages, states: [String]?, workers: Int?) {
        state.withLock { state in
            guard state.task == nil else { return }
            state.task = Task { [self] in
                try await pages.render(states: states ?? pages.investedStates, workers: workers) { done, total, code in
                    self.report(.statePage(done: done, total: total, state: code))
                }
            }
        }
    }

    /// Passes on the progress held so far, in order, and from now on every report as it comes.
    func releaseProgress() {
        state.withLock { state in
            state.released = true
            for event in state.held { progress?(event) }
            state.held = []
        }
    }

    /// The pages, once all are rendered; nothing if the batch never started.
    /// Cancelling the calling task cancels the batch.
    func artifacts() async throws(TradeBriefError) -> [Artifact] {
        guard let task = state.withLock({ $0.task }) else { return [] }
        do {
            return try await withTaskCancellationHandler {
                try await task.value
            } onCancel: {
                task.cancel()
            }
        } catch {
            throw TradeBriefError.wrap(error)
        }
    }

    /// Stops the batch (the brief failed) and waits for its workers to finish the page at hand.
    func cancel() async {
        guard let task = state.withLock({ $0.task }) else { return }
        task.cancel()
        _ = try? await task.value
    }

    private func report(_ event: Build.Progress) {
        state.withLock { state in
            if state.released { progress?(event) } else { state.held.append(event) }
        }
    }
}
