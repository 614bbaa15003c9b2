import Foundation
import Testing
import TradeBrief

/// A build gives the same bytes whatever else the process renders at the
/// same time: each build has its own typesetter, and Pango's line breaking
/// takes turns across them (`LineBreakingLock`). Without the lock, two
/// default builds at once gave a brief.pdf whose justified line before an
/// inserted hyphen was spaced differently in about 4 builds of 24.
@Suite("Build: the same bytes alongside other builds")
struct BuildConcurrencyTests {
    private static let date = Date(timeIntervalSince1970: 1_745_366_400)

    private static func build(_ language: BriefLanguage = .english) -> Build {
        var build = Build(formats: [.pdf, .svg])
        build.languages = [language]
        build.creationDate = date
        build.workers = 2
        return build
    }

    /// Renders `builds` all at once, in the order given.
    private func concurrently(_ builds: [Build]) async throws -> [[Artifact]] {
        try await withThrowingTaskGroup(of: (Int, [Artifact]).self) { group in
            for (index, build) in builds.enumerated() {
                group.addTask { (index, try await build.render().artifacts) }
            }
            var all = [[Artifact]](repeating: [], count: builds.count)
            for try await (index, artifacts) in group { all[index] = artifacts }
            return all
        }
    }

    /// The paths of `artifacts` whose bytes differ from `reference`'s.
    private func differing(_ artifacts: [Artifact], from reference: [Artifact]) -> [String] {
        #expect(artifacts.map(\.relativePath) == reference.map(\.relativePath))
        return zip(reference, artifacts).filter { $0.data != $1.data }.map(\.0.relativePath)
    }

    @Test("Two default builds at once, 24 times: every file as when built alone")
    func twoAtOnce() async throws {
        let alone = try await Self.build().render().artifacts
        var differences: [String] = []
        for round in 0..<24 {
            for (index, artifacts) in try await concurrently([Self.build(), Self.build()]).enumerated() {
                differences += differing(artifacts, from: alone).map { "round \(round), build \(index): \($0)" }
            }
        }
        #expect(differences.isEmpty, "\(differences)")
    }

    @Test("An English and a Korean build at once: each as when built alone")
    func englishBesideKorean() async throws {
        let english = try await Self.build().render().artifacts
        let korean = try await Self.build(.korean).render().artifacts
        for _ in 0..<4 {
            let both = try await concurrently([Self.build(), Self.build(.korean)])
            #expect(differing(both[0], from: english).isEmpty)
            #expect(differing(both[1], from: korean).isEmpty)
        }
    }

    @Test("Charts beside the brief (two workers) give the bytes of one worker, in English and Korean")
    func chartsBesideBrief() async throws {
        for language in [BriefLanguage.english, .korean] {
            var alone = Self.build(language)
            alone.workers = 1
            let reference = try await alone.render().artifacts
            for _ in 0..<6 {
                #expect(differing(try await Self.build(language).render().artifacts, from: reference).isEmpty)
            }
        }
    }

    @Test("One-pagers beside the brief (two workers) give the bytes of one worker, in English and Korean; warnings come first, then every page counted in order")
    func onePagersBesideBrief() async throws {
        let states = ["AL", "CA", "DC", "GA", "KY", "NY", "TN", "TX"]
        for language in [BriefLanguage.english, .korean] {
            var alone = Self.build(language)
            alone.workers = 1
            alone.statePages = .only(states)
            let reference = try await alone.render().artifacts
            #expect(reference.filter { $0.relativePath.hasPrefix("states/") }.count == states.count)
            for _ in 0..<4 {
                var beside = Self.build(language)
                beside.statePages = .only(states)
                let events = EventLog()
                let artifacts = try await beside.render { events.add($0) }.artifacts
                #expect(differing(artifacts, from: reference).isEmpty)
                #expect(events.kinds == ["warnings"] + Array(repeating: "statePage", count: states.count))
                #expect(events.counts == Array(1...states.count))
            }
        }
    }

    @Test("English and Korean with one-pagers in one build, two workers: one worker's bytes; the warnings once, then each edition's pages counted from 1")
    func bothEditionsWithOnePagers() async throws {
        var alone = Self.build()
        alone.languages = [.english, .korean]
        alone.statePages = .only(["GA", "KY"])
        alone.workers = 1
        let reference = try await alone.render().artifacts
        #expect(Set(reference.map(\.relativePath)).isSuperset(of: ["states/GA.pdf", "states/KY.pdf", "states/GA.ko.pdf", "states/KY.ko.pdf"]))
        var beside = alone
        beside.workers = 2
        let events = EventLog()
        #expect(differing(try await beside.render { events.add($0) }.artifacts, from: reference).isEmpty)
        #expect(events.kinds == ["warnings", "statePage", "statePage", "statePage", "statePage"])
        #expect(events.counts == [1, 2, 1, 2])
    }
}
