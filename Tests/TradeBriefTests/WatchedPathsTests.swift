import Foundation
import Testing
@testable import TradeBrief

/// What `watch` keeps an eye on: every file a build of the brief would read,
/// even when the build fails because of one of them.
@Suite("The files watch watches")
struct WatchedPathsTests {
    @Test("A CSV the front matter names stays watched while it is a link out of the folder, so that replacing it rebuilds")
    func refusedCSVStaysWatched() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("watched-\(UUID().uuidString)")
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("outside-\(UUID().uuidString).csv")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(at: outside)
        }
        try Data("company,sector,states,amount_usd\nA,Solar,GA,1B\n".utf8).write(to: outside)
        let brief = folder.appendingPathComponent("brief.md")
        try Data("---\ntitle: T\ninvestments: investments.csv\nstyle: Styles/mine.yaml\n---\nText.\n".utf8).write(to: brief)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("investments.csv"), withDestinationURL: outside)
        let project = try BriefProject.load(path: brief.path)
        #expect(project.investmentsPath == nil, "the link out of the folder is refused")
        let watched = DocumentBuild(documentPath: brief.path).watchedPaths()
        #expect(watched == [brief.path, folder.appendingPathComponent("investments.csv").path,
                            folder.appendingPathComponent("Styles/mine.yaml").path], "\(watched)")
        // A name that leaves the folder as written is not watched.
        try Data("---\ninvestments: ../elsewhere.csv\n---\nText.\n".utf8).write(to: brief)
        #expect(DocumentBuild(documentPath: brief.path).watchedPaths() == [brief.path])
    }
}
