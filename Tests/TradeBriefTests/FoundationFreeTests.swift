import Foundation
import Testing

/// The library and the CLI link FoundationEssentials, not Foundation: a
/// process that maps libFoundation also maps ICU and
/// FoundationInternationalization, 6.6 MB resident, which put a default build
/// over issue 20's 40 MiB (Benchmarks/RESULTS.md, sections 00000 and 000000).
/// One `import Foundation` in any module brings them all back.
@Suite struct FoundationFreeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("No module of the library or the CLI imports Foundation (FoundationEssentials only)")
    func sourcesImportNoFoundation() throws {
        let sources = Self.root.appendingPathComponent("Sources")
        let files = try FileManager.default.subpathsOfDirectory(atPath: sources.path).filter { $0.hasSuffix(".swift") }
        #expect(files.count > 200)
        var offenders: [String] = []
        for file in files where !file.hasPrefix("EmbedResourcesTool/") {   // a build-time tool, never linked into tradebrief
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") {
                let words = line.split(separator: " ").filter { !["@_exported", "@preconcurrency", "public", "package", "internal", "@testable"].contains($0) }
                if words.count >= 2, words[0] == "import", words[1] == "Foundation" || words[1].hasPrefix("Foundation.")
                    || words[1] == "FoundationInternationalization" || words[1] == "FoundationNetworking" || words[1] == "FoundationXML" {
                    offenders.append("\(file): \(line)")
                }
            }
        }
        #expect(offenders.isEmpty, "\(offenders)")
    }

    @Test("The library's package dependencies are ones that build on FoundationEssentials (Yams is for tests only)")
    func dependencies() throws {
        let manifest = try String(contentsOf: Self.root.appendingPathComponent("Package.swift"), encoding: .utf8)
        // swift-crypto 3 imports Foundation; 4 imports FoundationEssentials where it can.
        #expect(manifest.contains(#".package(url: "https://github.com/apple/swift-crypto", from: "4."#))
        let libraryTargets = manifest.components(separatedBy: ".testTarget(").first ?? manifest
        #expect(!libraryTargets.contains(#"package: "Yams""#), "a library target depends on Yams, which imports Foundation")
    }
}
