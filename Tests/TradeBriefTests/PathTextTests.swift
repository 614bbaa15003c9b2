import Foundation
import Testing
@testable import TradeBrief

/// PathText reads path names as `NSString`'s path methods do, so the edition
/// paths and the messages that show them are unchanged without Foundation.
@Suite struct PathTextTests {
    static let paths = [
        "brief.md", "brief.ko.md", "Briefs/us-rok.md", "./brief.md", "/tmp/x/brief.md", "a/b/", "a//b.md", "/b.md",
        "/", "brief", "a/.hidden", "dir.d/file", "한국/브리프.md", "../up/brief.en.md",
    ]

    @Test(arguments: paths)
    func matchesNSString(_ path: String) {
        let ns = path as NSString
        #expect(PathText.lastComponent(path) == ns.lastPathComponent)
        #expect(PathText.deletingLastComponent(path) == ns.deletingLastPathComponent)
        let name = ns.lastPathComponent
        #expect(PathText.fileExtension(name) == (name as NSString).pathExtension)
        #expect(PathText.deletingExtension(name) == (name as NSString).deletingPathExtension)
        #expect(PathText.appending("x.md", to: PathText.deletingLastComponent(path))
            == (ns.deletingLastPathComponent.isEmpty ? "x.md" : (ns.deletingLastPathComponent as NSString).appendingPathComponent("x.md")))
    }
}
