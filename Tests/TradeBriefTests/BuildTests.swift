import Foundation
import Synchronization
import Testing
import TradeBrief

/// The public build API (issue 21, item 1): what `tradebrief build` does, from the library.
@Suite("Build: the brief, charts, one-pagers and manifest into a folder")
struct BuildTests {
    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tradebrief-build-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private static let date = Date(timeIntervalSince1970: 1_745_366_400)

    @Test("write puts every file and a manifest that describes them into the folder; check then finds it up to date")
    func writeAndCheck() async throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        var build = Build(formats: [.pdf, .svg])
        build.statePages = .only(["GA", "Kentucky"])
        build.creationDate = Self.date
        build.workers = 2
        let reports = ProgressReports()
        let (output, files) = try await build.write(to: out) { event in
            if case .statePage(let done, let total, let state) = event { reports.add(done, total, state) }
        }
        let names = output.artifacts.map(\.relativePath)
        #expect(names.last == "manifest.json")
        #expect(names.contains("brief.pdf") && names.contains("state-map.svg") && names.contains("state-map.pdf"))
        #expect(names.contains("charts.html") && names.contains("states/GA.pdf") && names.contains("states/KY.pdf"))
        #expect(!names.contains("state-map.png"), "PNG was not asked for")
        #expect(reports.all.map(\.done).sorted() == [1, 2] && Set(reports.all.map(\.code)) == ["GA", "KY"])
        #expect(files.count == output.artifacts.count)
        for (url, artifact) in zip(files, output.artifacts) {
            #expect(FileManager.default.contents(atPath: url.path) == artifact.data, "\(artifact.relativePath) on disk differs")
        }
        // The manifest on disk lists every other file with its size and hash, and the date.
        let data = try #require(FileManager.default.contents(atPath: out.appendingPathComponent("manifest.json").path))
        let manifest = try JSONDecoder().decode(Manifest.self, from: data)
        #expect(manifest == output.manifest)
        #expect(manifest.sourceDateEpoch == "2025-04-23T00:00:00Z")
        #expect(manifest.version == TradeBriefVersion.current)
        #expect(manifest.artifacts.map(\.path) == names.dropLast().sorted())
        for entry in manifest.artifacts {
            let bytes = try #require(FileManager.default.contents(atPath: out.appendingPathComponent(entry.path).path))
            #expect(entry.bytes == bytes.count && entry.sha256 == Manifest.sha256(bytes), "\(entry.path)")
        }
        #expect(manifest.artifacts.first { $0.path == "states/GA.pdf" }?.pages == 1)

        let check = try await build.check(against: out)
        #expect(check.isUpToDate && check.differences.isEmpty && check.manifestMismatches == [])
        #expect(check.fileCount == output.artifacts.count)

        // A changed file and a removed one are found, and the folder no longer matches its manifest.
        try Data("changed".utf8).write(to: out.appendingPathComponent("state-map.svg"))
        try FileManager.default.removeItem(at: out.appendingPathComponent("states/KY.pdf"))
        let stale = try await build.check(against: out)
        #expect(!stale.isUpToDate)
        #expect(Set(stale.differences) == ["state-map.svg", "states/KY.pdf (missing)"])
        #expect(Set(stale.manifestMismatches ?? []) == ["state-map.svg", "states/KY.pdf (missing)"])
    }

    @Test("The same build gives the same bytes twice; the warnings are reported before the one-pagers")
    func reproducible() async throws {
        var build = Build(formats: [.svg])
        build.creationDate = Self.date
        build.statePages = .only(["GA"])
        let events = EventLog()
        let first = try await build.render { events.add($0) }
        let second = try await build.render()
        #expect(first.artifacts.map(\.data) == second.artifacts.map(\.data))
        #expect(events.kinds == ["warnings", "statePage"])
    }

    @Test("A bad state list, an empty language list and a bad worker count are usage errors before anything is rendered")
    func badSettings() async {
        var build = Build()
        build.statePages = .only(["GX"])
        await #expect(throws: TradeBriefError.self) { try await build.render() }
        do {
            _ = try await build.render()
        } catch {
            guard case .usage(let message) = error else { Issue.record("expected usage, got \(error)"); return }
            #expect(message.contains("'GX'"))
        }
        build.statePages = .none
        build.languages = []
        await #expect(throws: TradeBriefError.self) { try await build.render() }
        build.languages = [.english]
        build.workers = 0
        await #expect(throws: TradeBriefError.self) { try await build.render() }
    }

    @Test("A failed build writes nothing: the folder keeps its files")
    func failedBuildWritesNothing() async throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let csv = out.appendingPathComponent("bad.csv")
        try Data("id,company\n1,X\n".utf8).write(to: csv)
        var build = Build(formats: [.svg])
        build.investments = csv.path
        await #expect(throws: TradeBriefError.self) { try await build.write(to: out.appendingPathComponent("Output")) }
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("Output").path))
    }
}

/// Build progress events (and other calls) collected from any thread, for tests.
final class EventLog: Sendable {
    private let log = Mutex<(kinds: [String], counts: [Int])>(([], []))

    /// Records the kind of one event (and a page's count).
    func add(_ event: Build.Progress) {
        switch event {
        case .warnings: note("warnings")
        case .statePage(let done, _, _):
            log.withLock {
                $0.kinds.append("statePage")
                $0.counts.append(done)
            }
        }
    }

    /// Records a call by name.
    func note(_ kind: String) { log.withLock { $0.kinds.append(kind) } }

    /// The kinds of the events so far.
    var kinds: [String] { log.withLock { $0.kinds } }
    /// The counts of pages done that the page events gave, in order.
    var counts: [Int] { log.withLock { $0.counts } }
}
