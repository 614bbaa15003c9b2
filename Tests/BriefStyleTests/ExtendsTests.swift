@testable import BriefStyle
import BriefCharts
import BriefLayout
import BriefRender
import Foundation
import Testing

@Suite("extends: a style overrides only what it changes")
struct ExtendsTests {
    @Test("A style that extends default changes only the keys it sets; lists replace whole")
    func overridesOnlyWhatChanges() throws {
        let fixture = try StyleFixture()
        let path = try fixture.write("mine.yaml", """
            description: Red accent, wide left margin
            extends: default
            page:
              margins:
                left: 90
            colors:
              accent: "#c00"
              palette: ["#111111", "#222222"]
            numbers:
              currency_symbol: "US$"
            """)
        let style = try StyleLoader.load(path, searchPaths: [])
        let red = try #require(Color(hex: "#cc0000"))
        let two = ["#111111", "#222222"].compactMap { Color(hex: $0) }
        var theme = ChartTheme(accent: red, palette: two)
        theme.currencySymbol = "US$"
        #expect(style.chartTheme == theme)
        #expect(layoutFields(style.layoutStyle) == layoutFields(LayoutStyle(marginLeft: 90, accent: red)))
        #expect(style.currencySymbol == "US$")
        #expect(style.description == "Red accent, wide left margin")
        #expect(style.sourceFiles.map(\.path) == [path, "<built-in>/default.yaml"])
        #expect(style.sourceFiles[0].data == Data(try String(contentsOfFile: path, encoding: .utf8).utf8))
    }

    @Test("The description is not inherited")
    func descriptionIsOwn() throws {
        let fixture = try StyleFixture()
        let path = try fixture.write("quiet.yaml", "extends: default\ncharts:\n  grid: off\n")
        let style = try StyleLoader.load(path, searchPaths: [])
        #expect(style.description == "")
        #expect(style.chartTheme == ChartTheme(showGrid: false))
    }

    @Test("A chain of three files merges key by key, nearest file winning")
    func chain() throws {
        let fixture = try StyleFixture()
        try fixture.write("base.yaml", "extends: default\nfonts:\n  sizes:\n    body: 10\n    title: 24\n")
        try fixture.write("middle.yaml", "extends: base\nfonts:\n  sizes:\n    title: 26\n")
        let path = try fixture.write("top.yaml", "extends: middle.yaml\nfonts:\n  sizes:\n    h1: 15\n")
        let style = try StyleLoader.load(path, searchPaths: [])
        #expect(layoutFields(style.layoutStyle) == layoutFields(LayoutStyle(bodySize: 10, titleSize: 26, headingSizes: [15, 11.5, 10])))
        #expect(style.sourceFiles.map(\.path) == [path, fixture.path("middle.yaml"), fixture.path("base.yaml"), "<built-in>/default.yaml"])
    }

    @Test("extends with a path resolves relative to the extending file's folder, inside it")
    func relativePath() throws {
        let fixture = try StyleFixture()
        try fixture.write("office/shared/base.yaml", "colors:\n  accent: \"#00ff00\"\n")
        let path = try fixture.write("office/brief.yaml", "extends: shared/../shared/base.yaml\n")
        let style = try StyleLoader.load(path, searchPaths: [])
        #expect(style.chartTheme.accent == Color(hex: "#00ff00"))
    }

    @Test("A bare name finds NAME.yaml beside the file before the search paths and the built-in styles")
    func siblingFirst() throws {
        let fixture = try StyleFixture()
        try fixture.write("default.yaml", "colors:\n  accent: \"#ff00ff\"\n")
        let path = try fixture.write("mine.yaml", "extends: default\n")
        let style = try StyleLoader.load(path, searchPaths: [])
        #expect(style.chartTheme.accent == Color(hex: "#ff00ff"))
    }

    @Test("--style NAME looks in the search paths first, then the embedded copies")
    func searchPathsBeforeEmbedded() throws {
        let fixture = try StyleFixture()
        try fixture.write("default.yaml", "colors:\n  accent: \"#ff00ff\"\n")
        try fixture.write("office.yaml", "description: Ours\nextends: default\n")
        let local = try StyleLoader.load("default", searchPaths: [fixture.folder])
        #expect(local.chartTheme.accent == Color(hex: "#ff00ff"))
        #expect(local.sourceFiles.map(\.path) == [fixture.path("default.yaml")])
        // A built-in style extends the built-in default, whatever the search paths hold.
        let builtIn = try StyleLoader.load("colorblind", searchPaths: [fixture.folder])
        #expect(builtIn.chartTheme.accent == Color(hex: "#0072B2"))
        #expect(builtIn.sourceFiles.map(\.path) == ["<built-in>/colorblind.yaml", "<built-in>/default.yaml"])
        // available() merges both, the search path winning for "default".
        let listed = StyleLoader.available(searchPaths: [fixture.folder])
        #expect(listed.map(\.name) == ["a4-two-column", "colorblind", "default", "grayscale", "office"])
        #expect(listed.first { $0.name == "default" }?.path == fixture.path("default.yaml"))
        #expect(listed.first { $0.name == "office" }?.description == "Ours")
    }

    @Test("Embedded styles are found when the search path is empty")
    func embeddedWithoutSearchPaths() throws {
        for name in ["default", "colorblind", "grayscale", "a4-two-column"] {
            let style = try StyleLoader.load(name, searchPaths: [])
            #expect(style.sourceFiles.first?.path == "<built-in>/\(name).yaml")
        }
        let missingFolder = URL(fileURLWithPath: "/nonexistent/tradebrief/Styles")
        #expect(try StyleLoader.load("grayscale", searchPaths: [missingFolder]).name == "grayscale")
    }

    @Test("extends never leaves the style's folder: absolute paths, ../ and links to elsewhere are refused unread (issue 19)")
    func confined() throws {
        let fixture = try StyleFixture()
        try fixture.write("outside/base.yaml", "colors:\n  accent: \"#00ff00\"\n")
        try FileManager.default.createDirectory(at: fixture.folder.appendingPathComponent("styles/sub"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: fixture.path("styles/linked.yaml"), withDestinationPath: fixture.path("outside/base.yaml"))
        try FileManager.default.createSymbolicLink(atPath: fixture.path("styles/sub/up"), withDestinationPath: fixture.path("outside"))
        for reference in ["../outside/base.yaml", fixture.path("outside/base.yaml"), "linked.yaml", "linked", "sub/up/base.yaml", "sub/../../outside/base.yaml", "/etc/passwd"] {
            let path = try fixture.write("styles/mine.yaml", "extends: \(reference)\n")
            do {
                _ = try StyleLoader.load(path, searchPaths: [])
                Issue.record("\(reference) was read")
            } catch {
                #expect(error.description == "\(path):1:10: key 'extends': '\(reference)' is outside the folder of this style, so it is not read; extends names a style (like default) or a file in this style's folder or below it")
            }
        }
        // Inside, also through a link that stays inside, is fine.
        try fixture.write("styles/sub/base.yaml", "colors:\n  accent: \"#0000ff\"\n")
        try FileManager.default.createSymbolicLink(atPath: fixture.path("styles/inside.yaml"), withDestinationPath: "sub/base.yaml")
        for reference in ["sub/base.yaml", "inside.yaml", "inside"] {
            let path = try fixture.write("styles/mine.yaml", "extends: \(reference)\n")
            #expect(try StyleLoader.load(path, searchPaths: []).chartTheme.accent == Color(hex: "#0000ff"), "\(reference)")
        }
    }

    @Test("A style in a search path that extends its own name extends the built-in one (Styles/default.yaml: extends: default)")
    func localDefault() throws {
        let fixture = try StyleFixture()
        try fixture.write("default.yaml", "extends: default\ncolors:\n  accent: \"#ff00ff\"\n")
        let style = try StyleLoader.load("default", searchPaths: [fixture.folder])
        #expect(style.chartTheme.accent == Color(hex: "#ff00ff"))
        #expect(style.sourceFiles.map(\.path) == [fixture.path("default.yaml"), "<built-in>/default.yaml"])
        #expect(style.layoutStyle.bodySize == (try StyleLoader.load("default", searchPaths: [])).layoutStyle.bodySize)
    }
}
