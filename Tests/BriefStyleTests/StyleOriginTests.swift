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

    @Test("A FIFO, a link to a device, a folder or a broken link in the styles folder is listed and named in the error, never opened")
    func specialFilesAreNamed() throws {
        let fixture = try StyleFixture()
        try #require(mkfifo(fixture.path("pipe.yaml"), 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: fixture.path("zero.yaml"), withDestinationPath: "/dev/zero")
        try FileManager.default.createSymbolicLink(atPath: fixture.path("default.yaml"), withDestinationPath: "/dev/null")
        try FileManager.default.createDirectory(at: fixture.folder.appendingPathComponent("folder.yaml"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: fixture.path("gone.yaml"), withDestinationPath: fixture.path("nowhere.yaml"))
        let listed = StyleLoader.available(searchPaths: [fixture.folder])
        for name in ["pipe", "zero", "default", "folder", "gone"] {
            #expect(listed.first { $0.name == name }?.description == "(not a regular file, so not read)", "\(name): \(listed)")
            // Opening the FIFO for reading would block; the error comes at once.
            #expect(throws: StyleError(problems: [StyleProblem(file: fixture.path("\(name).yaml"), message: StyleLoader.specialMessage)])) {
                try StyleLoader.load(name, searchPaths: [fixture.folder])
            }
        }
        // extends naming one, by name, is an error at the extends value; such files are never suggested as names.
        try fixture.write("mine.yaml", "extends: pipe\n")
        #expect(throws: StyleError(problems: [StyleProblem(file: fixture.path("mine.yaml"), line: 1, column: 10, key: "extends",
            message: "'pipe' names \(fixture.path("pipe.yaml")), which " + StyleLoader.specialReason)])) {
            try StyleLoader.load(fixture.path("mine.yaml"), searchPaths: [fixture.folder])
        }
        do {
            _ = try StyleLoader.load("pip", searchPaths: [fixture.folder])
            Issue.record("'pip' loaded")
        } catch {
            #expect(!error.description.contains("did you mean 'pipe'") && !error.description.contains("zero"), "\(error.description)")
        }
        // A regular file of the name in an earlier folder still wins.
        let first = try StyleFixture()
        try first.write("pipe.yaml", "description: Regular\n")
        #expect(try StyleLoader.load("pipe", searchPaths: [first.folder, fixture.folder]).description == "Regular")
    }

    @Test("A file that extends names but cannot read is an error at the extends value")
    func unreadableExtendsIsLocated() throws {
        let fixture = try StyleFixture()
        try FileManager.default.createDirectory(at: fixture.folder.appendingPathComponent("base.yaml"), withIntermediateDirectories: true)
        try fixture.write("mine.yaml", "description: Mine\nextends: base.yaml\n")
        do {
            _ = try StyleLoader.load(fixture.path("mine.yaml"), searchPaths: [])
            Issue.record("loaded")
        } catch {
            #expect(error.problems.map(\.description) == [
                "\(fixture.path("mine.yaml")):2:10: key 'extends': 'base.yaml': \(fixture.path("base.yaml")): cannot read the style: it is a folder, not a file",
            ])
        }
    }
}
