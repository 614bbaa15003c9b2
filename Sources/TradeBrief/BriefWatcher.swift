import Foundation

/// Rebuilds a brief whenever its document, its investments CSV or a style
/// file changes, as `tradebrief watch` does: it polls the files' stamps
/// every ``interval`` seconds and waits until they have been still for
/// ``debounce`` seconds (an editor's save can take several writes). A build
/// that fails is reported and changes nothing on disk, so the last good
/// PDF stays; the watcher keeps going.
public struct BriefWatcher: Sendable {
    /// What to build.
    public var build: DocumentBuild
    /// The folder to write into.
    public var output: URL
    /// How often to look at the files, in seconds.
    public var interval: TimeInterval = 0.15
    /// How long the files must be still before a rebuild, in seconds.
    public var debounce: TimeInterval = 0.1
    /// The tool's version, for the manifest.
    public var version: String

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

    /// Creates a watcher.
    public init(build: DocumentBuild, output: URL, version: String) {
        self.build = build
        self.output = output
        self.version = version
    }

    /// Builds once, then rebuilds on every change until `shouldStop` returns true.
    public func run(until shouldStop: () -> Bool, report: (Event) -> Void) {
        var paths = buildOnce(report: report)
        report(.watching(paths))
        var stamps = FileStamps(paths)
        while !shouldStop() {
            Thread.sleep(forTimeInterval: interval)
            var now = FileStamps(paths)
            guard now != stamps else { continue }
            // Wait for the writes to settle.
            while !shouldStop() {
                Thread.sleep(forTimeInterval: debounce)
                let again = FileStamps(paths)
                if again == now { break }
                now = again
            }
            report(.changed(stamps.changes(to: now)))
            let before = paths
            paths = buildOnce(report: report)
            if paths != before { report(.watching(paths)) }
            // Stamps from before the build: a save during the build triggers another.
            stamps = paths == before ? now : FileStamps(paths)
        }
    }

    /// One build; returns the files to watch next.
    private func buildOnce(report: (Event) -> Void) -> [String] {
        let start = Date()
        do {
            let outcome = try build.run()
            let manifest = Manifest(version: version, sourceDateEpoch: build.creationDate, inputs: outcome.inputs,
                                    artifacts: outcome.artifacts)
            let artifacts = outcome.artifacts + [try manifest.artifact()]
            _ = try ArtifactWriter(folder: output).write(artifacts)
            report(.built(files: artifacts.map { $0.relativePath }, seconds: Date().timeIntervalSince(start), warnings: outcome.warnings))
            return outcome.watchedPaths
        } catch {
            report(.failed(TradeBriefError.wrap(error)))
            return build.watchedPaths()
        }
    }
}
