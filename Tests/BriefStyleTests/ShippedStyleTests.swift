@testable import BriefStyle
import BriefCharts
import BriefRender
import Foundation
import Testing

@Suite("The styles shipped in Styles/")
struct ShippedStyleTests {
    static let shipped = ["a4-two-column", "colorblind", "default", "grayscale"]

    @Test("Styles/ holds the shipped styles, and the binary embeds exactly those files")
    func embeddedMatchesFolder() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: StyleFixture.repositoryStyles.path)
            .filter { !$0.hasPrefix(".") }.sorted()
        #expect(files == Self.shipped.map { $0 + ".yaml" })
        #expect(EmbeddedResources.names == files)
        for file in files {
            let onDisk = try String(contentsOf: StyleFixture.repositoryStyles.appendingPathComponent(file), encoding: .utf8)
            #expect(EmbeddedResources.text(named: file) == onDisk, "\(file) embedded differs from the file")
        }
    }

    @Test("Every shipped style loads with no problems, from the folder and built in", arguments: shipped)
    func loads(name: String) throws {
        let fromFolder = try StyleLoader.load(name, searchPaths: [StyleFixture.repositoryStyles])
        let builtIn = try StyleLoader.load(name, searchPaths: [])
        #expect(fromFolder.name == name)
        #expect(!fromFolder.description.isEmpty)
        #expect(fromFolder.chartTheme == builtIn.chartTheme)
        #expect(layoutFields(fromFolder.layoutStyle) == layoutFields(builtIn.layoutStyle))
        #expect(builtIn.sourceFiles.first?.path == "<built-in>/\(name).yaml")
        #expect(fromFolder.sourceFiles.first?.path.hasSuffix("Styles/\(name).yaml") == true)
    }

    @Test("Every shipped style starts with a comment block saying what it is for", arguments: shipped)
    func documented(name: String) throws {
        let text = try String(contentsOf: StyleFixture.repositoryStyles.appendingPathComponent(name + ".yaml"), encoding: .utf8)
        let header = text.split(separator: "\n", omittingEmptySubsequences: false).prefix { $0.hasPrefix("#") }
        #expect(header.first?.hasPrefix("# \(name).yaml: ") == true)
        #expect(header.count >= 5)
        #expect(header.contains { $0.contains("What it is for") })
    }

    @Test("Styles other than default extend it and change only a few keys")
    func othersExtendDefault() throws {
        for name in Self.shipped where name != "default" {
            let style = try StyleLoader.load(name, searchPaths: [])
            #expect(style.sourceFiles.map(\.path) == ["<built-in>/\(name).yaml", "<built-in>/default.yaml"])
        }
    }

    @Test("The colour-blind style uses the Okabe-Ito palette and a sequential scale of falling lightness")
    func colorblind() throws {
        let theme = try StyleLoader.load("colorblind", searchPaths: []).chartTheme
        let okabeIto = ["#0072b2", "#e69f00", "#009e73", "#d55e00", "#56b4e9", "#cc79a7", "#f0e442", "#000000"]
        #expect(Set(theme.palette.map(\.hex)) == Set(okabeIto))
        let luminances = theme.sequential.map(\.luminance)
        #expect(luminances == luminances.sorted(by: >))
        #expect(theme.neutral.luminance > luminances[0])
    }

    @Test("The grayscale style has only grays, clearly apart in lightness")
    func grayscale() throws {
        let theme = try StyleLoader.load("grayscale", searchPaths: []).chartTheme
        let colors = theme.palette + theme.sequential + [theme.accent, theme.neutral, theme.text, theme.muted, theme.grid]
        for color in colors { #expect(color.red == color.green && color.green == color.blue, "\(color.hex) is not a gray") }
        // CIE L* from relative luminance: neighbours in the palette and the ramp differ by at least 15.
        func lightness(_ color: BriefRender.Color) -> Double {
            let y = color.luminance
            return y > 0.008856 ? 116 * pow(y, 1.0 / 3) - 16 : 903.3 * y
        }
        for list in [theme.palette, theme.sequential] {
            for (a, b) in zip(list, list.dropFirst()) { #expect(abs(lightness(a) - lightness(b)) >= 15) }
        }
        let ramp = theme.sequential.map(lightness)
        #expect(ramp == ramp.sorted(by: >))
        #expect(lightness(theme.neutral) - ramp[0] >= 10)
    }

    @Test("The A4 two-column style changes the paper, columns, margins and body text only")
    func a4TwoColumn() throws {
        let style = try StyleLoader.load("a4-two-column", searchPaths: [])
        #expect(style.paperName == "a4")
        #expect(style.layoutStyle.pageSize == .a4)
        #expect(style.layoutStyle.columns == 2)
        #expect(style.layoutStyle.columnWidth > 200)
        #expect(style.chartTheme == ChartTheme())
    }

    @Test("available lists the built-in styles with their descriptions when no folder is searched")
    func available() {
        let styles = StyleLoader.available(searchPaths: [])
        #expect(styles.map(\.name) == Self.shipped)
        #expect(styles.allSatisfy { !$0.description.isEmpty && !$0.description.contains("\n") })
        #expect(styles.first { $0.name == "default" }?.path == "<built-in>/default.yaml")
    }
}
