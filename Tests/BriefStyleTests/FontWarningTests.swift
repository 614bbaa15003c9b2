@testable import BriefStyle
import BriefRender
import Foundation
import Testing

@Suite("Font fallback warnings")
struct FontWarningTests {
    @Test("A family that is not installed gives a warning naming it and the font used")
    func missingFamily() throws {
        let fixture = try StyleFixture()
        let path = try fixture.write("mine.yaml", """
            extends: default
            fonts:
              families:
                body: Nonexistent Garamond Pro
                charts: Nonexistent Garamond Pro, DejaVu Sans
            """)
        let style = try StyleLoader.load(path, searchPaths: [])
        let typesetter = Typesetter()
        let used = try #require(typesetter.resolvedFamily(for: "Nonexistent Garamond Pro"))
        #expect(used != "Nonexistent Garamond Pro")
        #expect(style.fontWarnings(typesetter: typesetter) == [
            "\(path):4:11: key 'fonts.families.body': font family 'Nonexistent Garamond Pro' is not installed; using '\(used)' instead",
        ])
    }

    @Test("Installed families, fallback lists that start with one, and generic names give no warning")
    func installedFamilies() throws {
        let typesetter = Typesetter()
        #expect(try StyleLoader.load("default", searchPaths: []).fontWarnings(typesetter: typesetter).isEmpty)
        let fixture = try StyleFixture()
        let path = try fixture.write("mine.yaml", """
            fonts:
              families:
                body: dejavu serif
                headings: sans-serif
                charts: DejaVu Sans, Nonexistent Garamond Pro
            """)
        #expect(try StyleLoader.load(path, searchPaths: []).fontWarnings(typesetter: typesetter).isEmpty)
    }

    @Test("A family changed in code after loading is still checked, without a location")
    func changedInCode() throws {
        var style = try StyleLoader.load("default", searchPaths: [])
        style.chartTheme.fontFamily = "Nonexistent Garamond Pro"
        let typesetter = Typesetter()
        let used = typesetter.resolvedFamily(for: "Nonexistent Garamond Pro") ?? "a fallback font"
        #expect(style.fontWarnings(typesetter: typesetter) == [
            "key 'fonts.families.charts': font family 'Nonexistent Garamond Pro' is not installed; using '\(used)' instead",
        ])
    }
}
