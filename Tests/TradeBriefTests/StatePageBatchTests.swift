import Foundation
import Testing
@testable import TradeBrief

/// One-pagers that render beside the brief (issue 20): their progress waits
/// for the brief's warnings, a brief that fails or a cancelled build stops
/// them, and the build's hooks start them where the charts' thread is free.
@Suite("StatePageBatch: one-pagers beside the brief")
struct StatePageBatchTests {
    private static let fewStates = ["GA", "KY", "TN"]

    @Test("Pages done before the brief is are reported only when released, then in order")
    func progressWaitsForRelease() async throws {
        let events = EventLog()
        let batch = StatePageBatch { events.add($0) }
        batch.prepare(StatePages(dataset: try Dataset.embedded()), states: Self.fewStates)
        let pages = try await batch.artifacts(workers: 2)
        #expect(pages.map(\.relativePath) == ["states/GA.pdf", "states/KY.pdf", "states/TN.pdf"])
        #expect(events.kinds.isEmpty)
        batch.releaseProgress()
        #expect(events.kinds == ["statePage", "statePage", "statePage"])
        #expect(events.counts == [1, 2, 3])
    }

    @Test("A batch is prepared once; one never prepared gives no pages; an unknown state is a usage error")
    func preparedOnce() async throws {
        let pages = StatePages(dataset: try Dataset.embedded())
        let batch = StatePageBatch(progress: nil)
        batch.prepare(pages, states: ["GA"])
        batch.prepare(pages, states: ["GA", "KY"])
        #expect(try await batch.artifacts(workers: 2).map(\.relativePath) == ["states/GA.pdf"])
        #expect(try await StatePageBatch(progress: nil).artifacts(workers: 2).isEmpty)
        let unknown = StatePageBatch(progress: nil)
        unknown.prepare(pages, states: ["GX"])
        await #expect(throws: TradeBriefError.self) { try await unknown.artifacts(workers: 2) }
    }

    @Test("A cancelled batch stops at the page at hand, starts no worker after, and its pages are a cancellation")
    func cancelStops() async throws {
        let events = EventLog()
        let batch = StatePageBatch { events.add($0) }
        batch.prepare(StatePages(dataset: try Dataset.embedded()), states: USState.all.map(\.code))
        batch.startWorkers(upTo: 1)
        await batch.cancel()
        batch.releaseProgress()
        #expect(events.counts.count < USState.all.count, "\(events.counts.count) pages rendered after cancel")
        do {
            _ = try await batch.artifacts(workers: 2)
            Issue.record("a cancelled batch should not give pages")
        } catch {
            guard case .cancelled = error else { Issue.record("expected cancelled, got \(error)"); return }
        }
    }

    @Test("The same pages whether workers start early, late or not at all before the brief is done")
    func workersJoinLate() async throws {
        var pages = StatePages(dataset: try Dataset.embedded())
        pages.creationDate = Date(timeIntervalSince1970: 1_745_366_400)
        let states = ["AL", "CA", "GA", "KY", "TN", "TX"]
        let reference = try await pages.render(states: states, workers: 1)
        for early in [0, 1, 2] {
            let batch = StatePageBatch(progress: nil)
            batch.prepare(pages, states: states)
            batch.startWorkers(upTo: early)
            let made = try await batch.artifacts(workers: 3)
            #expect(made.map(\.relativePath) == reference.map(\.relativePath))
            #expect(made.map(\.data) == reference.map(\.data))
        }
    }

    @Test("The build's hooks: the inputs, then (with two workers) the charts done on their own thread before the brief is; with one worker no charts hook")
    func documentBuildHooks() throws {
        let calls = EventLog()
        var build = DocumentBuild(formats: [.pdf, .svg])
        build.workers = 2
        build.inputsLoaded = { _, _, _ in calls.note("inputs") }
        build.chartsDone = { calls.note("charts") }
        _ = try build.run()
        #expect(calls.kinds == ["inputs", "charts"])
        let alone = EventLog()
        build.workers = 1
        build.inputsLoaded = { _, _, _ in alone.note("inputs") }
        build.chartsDone = { alone.note("charts") }
        _ = try build.run()
        #expect(alone.kinds == ["inputs"])
    }

    @Test("A brief that fails while its one-pagers are prepared beside it: the brief's error, no page reported, nothing written")
    func failingBriefStopsPages() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = folder.appendingPathComponent("brief.md")
        try Data("---\ntitle: T\n---\n\nThe total is {{nosuch}}.\n\n![Where](chart:state-map)\n".utf8).write(to: document)
        var build = Build(documentPath: document.path, formats: [.pdf])
        build.statePages = .invested
        build.workers = 2
        let events = EventLog()
        let out = folder.appendingPathComponent("Output")
        do {
            _ = try await build.write(to: out) { events.add($0) }
            Issue.record("the build should fail")
        } catch {
            #expect("\(error)".contains("unknown live figure '{{nosuch}}'"), "\(error)")
        }
        #expect(events.kinds.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
