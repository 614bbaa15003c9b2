import Foundation
import Testing
@testable import TradeBrief

/// Temporary files are created exclusively, under unpredictable names, never
/// through a link planted under any name (issue 19, item 1).
@Suite("Temporary files: exclusive, unpredictable, never through a planted link")
struct TemporaryFileTests {
    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tradebrief-tmp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func text(_ url: URL) -> String? {
        FileManager.default.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test("A link and a file planted under the old predictable name (.NAME.PID.tmp) are left alone")
    func plantedUnderOldName() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let victim = dir.appendingPathComponent("victim.txt")
        try Data("precious\n".utf8).write(to: victim)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent(".x.svg.\(getpid()).tmp").path, withDestinationPath: victim.path)
        let planted = dir.appendingPathComponent(".y.svg.\(getpid()).tmp")
        try Data("planted\n".utf8).write(to: planted)

        try AtomicFile.write(Data("<svg/>\n".utf8), to: dir.appendingPathComponent("x.svg"))
        try AtomicFile.write(Data("<svg/>\n".utf8), to: dir.appendingPathComponent("y.svg"))
        try ArtifactWriter(folder: dir).write([Artifact(relativePath: "x.svg", format: .svg, data: Data("<svg>2</svg>\n".utf8))])

        #expect(text(victim) == "precious\n", "the link's target was written through")
        #expect(text(planted) == "planted\n", "the planted file was truncated or written")
        #expect(text(dir.appendingPathComponent("x.svg")) == "<svg>2</svg>\n")
        #expect(text(dir.appendingPathComponent("y.svg")) == "<svg/>\n")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: dir.appendingPathComponent(".x.svg.\(getpid()).tmp").path)) == victim.path)
    }

    @Test("A name that is taken (link or file, under the new pattern) is skipped, never opened")
    func plantedUnderNewName() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let victim = dir.appendingPathComponent("victim.txt")
        try Data("precious\n".utf8).write(to: victim)
        let final = dir.appendingPathComponent("brief.pdf")
        let pid = getpid()
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent(".brief.pdf.\(pid).AAAAAAAAAA.tmp").path, withDestinationPath: victim.path)
        try Data("planted\n".utf8).write(to: dir.appendingPathComponent(".brief.pdf.\(pid).BBBBBBBBBB.tmp"))
        let names = NameSequence(["AAAAAAAAAA", "BBBBBBBBBB", "CCCCCCCCCC"])
        let registry = TemporaryFiles(randomPart: { names.next() })
        let created = try registry.create(beside: final)
        #expect(created.path == dir.appendingPathComponent(".brief.pdf.\(pid).CCCCCCCCCC.tmp").path)
        #expect(AtomicFile.writeAll(Data("new".utf8), to: created.descriptor) == nil)
        #expect(text(victim) == "precious\n")
        #expect(text(dir.appendingPathComponent(".brief.pdf.\(pid).BBBBBBBBBB.tmp")) == "planted\n")
        registry.discard(created.path)
    }

    @Test("When every name drawn is taken, the write fails with a message and follows nothing")
    func everyNameTaken() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let victim = dir.appendingPathComponent("victim.txt")
        try Data("precious\n".utf8).write(to: victim)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent(".a.svg.\(getpid()).AAAAAAAAAA.tmp").path, withDestinationPath: victim.path)
        let registry = TemporaryFiles(randomPart: { "AAAAAAAAAA" })
        #expect(throws: TradeBriefError.self) { try registry.create(beside: dir.appendingPathComponent("a.svg")) }
        #expect(text(victim) == "precious\n")
    }

    @Test("Names are unpredictable: ten random letters and digits after the process id")
    func randomNames() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        var seen: Set<String> = []
        for _ in 0..<50 {
            let created = try TemporaryFiles.shared.create(beside: dir.appendingPathComponent("c.png"))
            close(created.descriptor)
            let name = URL(fileURLWithPath: created.path).lastPathComponent
            #expect(name.hasPrefix(".c.png.\(getpid()).") && name.hasSuffix(".tmp"))
            #expect(StaleTemporaryFiles.processID(inName: name) == getpid())
            seen.insert(name)
            TemporaryFiles.shared.discard(created.path)
        }
        #expect(seen.count == 50)
        #expect(TemporaryFiles.secureRandomPart().count == 10)
    }

    @Test("Stale temporary files of a process that is gone are removed; others are kept")
    func staleFiles() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // A process id that is surely gone: a child that has exited and been reaped.
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try child.run()
        child.waitUntilExit()
        let gone = child.processIdentifier
        let victim = dir.appendingPathComponent("victim.txt")
        try Data("precious\n".utf8).write(to: victim)
        let stale = [".brief.pdf.\(gone).q7Xk2mB9aZ.tmp", ".state-bars.svg.\(gone).tmp"]
        let kept = [".brief.pdf.\(getpid()).q7Xk2mB9aZ.tmp", ".brief.pdf.1.q7Xk2mB9aZ.tmp", ".notes.txt", "x.\(gone).tmp", ".brief.pdf.\(gone).q7Xk.tmp.bak"]
        for name in stale + kept { try Data("x".utf8).write(to: dir.appendingPathComponent(name)) }
        let link = ".map.svg.\(gone).ZZZZZZZZZZ.tmp"
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent(link).path, withDestinationPath: victim.path)
        try ArtifactWriter(folder: dir).write([Artifact(relativePath: "brief.pdf", format: .pdf, data: Data("%PDF".utf8))])
        let left = Set((try FileManager.default.contentsOfDirectory(atPath: dir.path)))
        for name in stale { #expect(!left.contains(name), "\(name) was kept") }
        for name in kept + [link] { #expect(left.contains(name), "\(name) was removed") }
        #expect(text(victim) == "precious\n")
    }
}

/// Hands out the given names in turn (then the last one again).
private final class NameSequence: @unchecked Sendable {
    private let lock = NSLock()
    private var names: [String]
    init(_ names: [String]) { self.names = names }
    func next() -> String {
        lock.lock()
        defer { lock.unlock() }
        return names.count > 1 ? names.removeFirst() : names[0]
    }
}
