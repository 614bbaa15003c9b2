import Foundation
import Testing
import TradeBrief

/// The command line is a shell over the library (issue 21, item 1): `tradebrief build` writes
/// exactly what ``Build`` writes.
@Suite("tradebrief build and the library's Build write the same bytes")
struct LibraryBuildParityTests {
    @Test("build --format pdf,svg,png --per-state equals Build with the same settings, file for file, byte for byte")
    func sameBytes() async throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["build", "--format", "pdf,svg,png", "--per-state", "--out", "cli", "--quiet"], in: folder,
                                 environment: ["SOURCE_DATE_EPOCH": "1745366400"])
        #expect(result.status == 0, "\(result.stderr)")

        var build = Build(formats: [.pdf, .svg, .png])
        build.briefPageFormats = [.svg, .png]
        build.statePages = .invested
        build.creationDate = Date(timeIntervalSince1970: 1_745_366_400)
        let library = folder.appendingPathComponent("library")
        let (output, _) = try await build.write(to: library)

        let cli = folder.appendingPathComponent("cli")
        let cliFiles = try Self.files(in: cli)
        #expect(cliFiles == output.artifacts.map(\.relativePath).sorted())
        #expect(cliFiles.contains("states/GA.pdf") && cliFiles.contains("brief-1.png") && cliFiles.contains("manifest.json"))
        for name in cliFiles {
            let a = FileManager.default.contents(atPath: cli.appendingPathComponent(name).path)
            let b = FileManager.default.contents(atPath: library.appendingPathComponent(name).path)
            #expect(a != nil && a == b, "\(name) differs between the CLI and the library")
        }
    }

    /// Every file under `folder`, relative, sorted.
    static func files(in folder: URL) throws -> [String] {
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        var names: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            names.append(String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1)))
        }
        return names.sorted()
    }
}
