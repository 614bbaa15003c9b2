import Synchronization

/// The one-pagers of one edition of a build (issue 20). With two or more
/// workers the first one starts as soon as the charts are done, in place of
/// the charts' thread, while the brief is still being laid out on its own;
/// the others join when the brief is done. So the build never runs more page
/// workers, beside the brief and its charts, than it has threads.
///
/// Their progress is held back until ``releaseProgress()`` (the build calls
/// it after reporting the brief's warnings), so that a caller still sees the
/// warnings first and then the pages counted in order. Their bytes do not
/// depend on when or where they render (``StatePageWork``).
final class StatePageBatch: Sendable {
    private struct State {
        var work: Result<StatePageWork, TradeBriefError>?
        var workers: [Task<[StatePageWork.Page], any Error>] = []
        var cancelled = false
        var released = false
        var held: [Build.Progress] = []
    }

    private let state = Mutex(State())
    private let progress: Build.ProgressHandler?

    /// A batch that reports its pages to `progress`.
    init(progress: Build.ProgressHandler?) {
        self.progress = progress
    }

    /// Sets what to render: `states` of `pages` (nil: every state with
    /// investment). Only the first call counts. An unknown state is
    /// reported by ``artifacts(workers:)``.
    func prepare(_ pages: StatePages, states: [String]?) {
        state.withLock { state in
            guard state.work == nil else { return }
            state.work = Result { () throws(TradeBriefError) -> StatePageWork in
                let codes = try StatePages.validated(states ?? pages.investedStates)
                return StatePageWork(pages: pages, codes: codes) { done, total, code in
                    self.report(.statePage(done: done, total: total, state: code))
                }
            }
        }
    }

    /// Starts workers until `count` render at once (at least one, never more
    /// than there are pages); does nothing before ``prepare(_:states:)`` or after ``cancel()``.
    func startWorkers(upTo count: Int) {
        state.withLock { state in
            guard !state.cancelled, case .success(let work)? = state.work else { return }
            let target = max(1, min(count, work.codes.count))
            while state.workers.count < target {
                state.workers.append(Task { try work.renderTakenPages() })
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

    /// Starts workers until `workers` render at once (nil: one per active
    /// core), waits for every page and returns them in code order; nothing if
    /// the batch was never prepared. Cancelling the calling task cancels the pages.
    /// - Throws: ``TradeBriefError/usage(_:)`` for an unknown state; the error of the first failing state;
    ///   ``TradeBriefError/cancelled`` when the batch or the calling task was cancelled.
    func artifacts(workers: Int?) async throws(TradeBriefError) -> [Artifact] {
        startWorkers(upTo: workers ?? ProcessInfo.processInfo.activeProcessorCount)
        let (prepared, running, cancelled) = state.withLock { ($0.work, $0.workers, $0.cancelled) }
        guard let prepared else { return [] }
        let work = try prepared.get()
        guard !cancelled else { throw .cancelled }
        let parts: [[StatePageWork.Page]]
        do {
            parts = try await withTaskCancellationHandler {
                try await Self.collect(running)
            } onCancel: {
                for worker in running { worker.cancel() }
            }
        } catch {
            throw .cancelled
        }
        guard !Task.isCancelled else { throw .cancelled }
        return try work.artifacts(from: parts)
    }

    /// Stops the batch (the brief failed, or the build was cancelled) and
    /// waits for its workers to finish the page at hand; no worker starts after it.
    func cancel() async {
        let running = state.withLock { state in
            state.cancelled = true
            return state.workers
        }
        await Self.stop(running)
    }

    /// Cancels `workers` and waits for each to finish the page at hand.
    private static func stop(_ workers: [Task<[StatePageWork.Page], any Error>]) async {
        for worker in workers { worker.cancel() }
        for worker in workers { _ = try? await worker.value }
    }

    /// Every worker's pages; if one throws (it was cancelled), the others are cancelled and awaited before it rethrows.
    private static func collect(_ workers: [Task<[StatePageWork.Page], any Error>]) async throws -> [[StatePageWork.Page]] {
        var parts: [[StatePageWork.Page]] = []
        for worker in workers {
            do {
                parts.append(try await worker.value)
            } catch {
                await stop(workers)
                throw error
            }
        }
        return parts
    }

    private func report(_ event: Build.Progress) {
        state.withLock { state in
            if state.released { progress?(event) } else { state.held.append(event) }
        }
    }
}
