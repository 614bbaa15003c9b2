import FoundationEssentials

/// Rebuilds a brief whenever its document, its investments CSV or a style
/// file changes, as `tradebrief watch` does: it polls the files' stamps
/// every ``interval`` seconds and waits until they have been still for
/// ``debounce`` seconds (an editor's save can take several writes). A build
/// that fails is reported and changes nothing on disk, so the last good
/// PDF stays; the watcher keeps going.
public struct BriefWatcher: Sendable {
    /// What to build.
    public var build: Build
    /// The folder to write into.
    public var output: URL
    /// How often to look at the files, in seconds.
    public var interval: TimeInterval = 0.15
    /// How long the files must be still before a rebuild, in seconds.
    public var debounce: TimeInterval = 0.1

    /// What happened.
    public enum Event: Sendable {
        /// A build finished and its files were written.
        case built(files: [String], seconds: Double, warnings: [String])
        /// A build failed; nothing was written.
        case failed(TradeBriefError)
        /// Files changed; a rebuild starts.
        case changed([String])
        /// The files being watched.
        case watching([String])
    }

    /// Creates a watcher that writes `build` into `output`.
    public init(build: Build, output: URL) {
        self.build = build
        self.output = output
    }

    /// Builds once, then rebuilds on every change until `shouldStop` returns true or the task is cancelled.
    public func run(until shouldStop: () -> Bool, report: (Event) -> Void) async {
        var paths = await buildOnce(report: report)
        report(.watching(paths))
        var stamps = FileStamps(paths)
        while !shouldStop(), !Task.isCancelled {
            try? await Task.sleep(nanoseconds: UInt64(interval * 1e9))
            var now = FileStamps(paths)
            guard now != stamps else { continue }
            // Wait for the writes to settle.
            while !shouldStop(), !Task.isCancelled {
                try? await Task.sleep(nanoseconds: UInt64(debounce * 1e9))
                let again = FileStamps(paths)
                if again == now { break }
                now = again
            }
            report(.changed(stamps.changes(to: now)))
            let before = paths
            paths = await buildOnce(report: report)
            if paths != before { report(.watching(paths)) }
            // Stamps from before the build: a save during the build triggers another.
            stamps = paths == before ? now : FileStamps(paths)
        }
    }

    /// One build; returns the files to watch next.
    private func buildOnce(report: (Event) -> Void) async -> [String] {
        let start = Date()
        do {
            let output = try await build.write(to: self.output).output
            report(.built(files: output.artifacts.map(\.relativePath), seconds: Date().timeIntervalSince(start), warnings: output.warnings))
            return output.watchedPaths
        } catch {
            report(.failed(error))
            return build.watchedPaths()
        }
    }
}
