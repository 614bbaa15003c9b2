import Foundation
import Testing
@testable import TradeBrief

/// One-pagers that render beside the brief (issue 20): their progress waits
/// for the brief's warnings, and a brief that fails stops them.
@Suite("StatePageBatch: one-pagers beside the brief")
struct StatePageBatchTests {
    @Test("Pages done before the brief is are reported only when released, then in order")
    func progressWaitsForRelease() async throws {
        let events = EventLog()
        let batch = StatePageBatch { events.add($0) }
        batch.start(StatePages(dataset: try Dataset.embedded()), states: ["GA", "KY", "TN"], workers: 2)
        let pages = try await batch.artifacts()
        #expect(pages.map(\.relativePath) == ["states/GA.pdf", "states/KY.pdf", "states/TN.pdf"])
        #expect(events.kinds.isEmpty)
        batch.releaseProgress()
        #expect(events.kinds == ["statePage", "statePage", "statePage"])
        #expect(events.counts == [1, 2, 3])
    }

    @Test("A batch started twice renders once; one never started gives no pages")
    func startsOnce() async throws {
        let batch = StatePageBatch(progress: nil)
        let pages = StatePages(dataset: try Dataset.embedded())
        batch.start(pages, states: ["GA"], workers: 2)
        batch.start(pages, states: ["GA", "KY"], workers: 2)
        #expect(try await batch.artifacts().map(\.relativePath) == ["states/GA.pdf"])
        #expect(try await StatePageBatch(progress: nil).artifacts().isEmpty)
    }

    @Test("A brief that fails while its one-pagers render beside it: the brief's error, no page reported, nothing written")
    func failingBriefStopsPages() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = folder.appendingPathComponent("brief.md")
        try Data("---\ntitle: T\n---\n\nThe total is {{nosuch}}.\n".utf8).write(to: document)
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
