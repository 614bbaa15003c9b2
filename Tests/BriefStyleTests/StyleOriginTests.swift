@testable import BriefStyle
import Foundation
import Testing

@Suite("How style files are named in messages and manifests")
struct StyleOriginTests {
    @Test("Files inside the working directory are shown relative to it, others in full")
    func displayPaths() {
        let here = FileManager.default.currentDirectoryPath
        #expect(StyleOrigin.file(URL(fileURLWithPath: here + "/Styles/mine.yaml")).displayPath == "Styles/mine.yaml")
        #expect(StyleOrigin.file(URL(fileURLWithPath: "Styles/../Styles/mine.yaml")).displayPath == "Styles/mine.yaml")
        #expect(StyleOrigin.file(URL(fileURLWithPath: "/elsewhere/mine.yaml")).displayPath == "/elsewhere/mine.yaml")
        #expect(StyleOrigin.builtin("default.yaml").displayPath == "<built-in>/default.yaml")
    }

    @Test("Names and paths: a '/' or a .yaml/.yml ending makes a path")
    func namesAndPaths() {
        #expect(!StyleFinder.isPath("colorblind"))
        #expect(StyleFinder.isPath("mine.yaml"))
        #expect(StyleFinder.isPath("mine.yml"))
        #expect(StyleFinder.isPath("styles/mine"))
        #expect(StyleOrigin.builtin("a4-two-column.yaml").styleName == "a4-two-column")
    }

    @Test("A .yml file is found by name too")
    func ymlByName() throws {
        let fixture = try StyleFixture()
        try fixture.write("office.yml", "description: Office\n")
        let style = try StyleLoader.load("office", searchPaths: [fixture.folder])
        #expect(style.description == "Office")
        #expect(style.sourceFiles.map(\.path) == [fixture.path("office.yml")])
    }
}
