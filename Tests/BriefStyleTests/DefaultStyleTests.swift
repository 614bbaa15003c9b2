@testable import BriefStyle
import BriefCharts
import BriefLayout
import Foundation
import Testing

@Suite("default.yaml is the house style")
struct DefaultStyleTests {
    @Test("default.yaml resolves to exactly ChartTheme() and LayoutStyle()")
    func matchesCode() throws {
        for style in [
            try StyleLoader.load("default", searchPaths: [StyleFixture.repositoryStyles]),
            try StyleLoader.load("default", searchPaths: []),
            try StyleLoader.load(StyleFixture.repositoryStyles.appendingPathComponent("default.yaml").path, searchPaths: []),
        ] {
            #expect(style.chartTheme == ChartTheme())
            #expect(style.chartTheme == ChartTheme.standard)
            #expect(layoutFields(style.layoutStyle) == layoutFields(LayoutStyle()))
            #expect(style.paperName == "letter")
            #expect(style.currencySymbol == "$")
            #expect(style.abbreviatesAmounts)
            #expect([style.titleWeight, style.headingWeight, style.chartTitleWeight, style.chartValueWeight] == [.bold, .bold, .bold, .bold])
            #expect([style.bodyWeight, style.captionWeight, style.chartLabelWeight] == [.regular, .regular, .regular])
            #expect(style.name == "default")
            #expect(style.sourceFiles.count == 1)
        }
    }

    @Test("default.yaml sets every key a style can have, so it documents them all")
    func setsEveryKey() throws {
        let text = try #require(EmbeddedResources.text(named: "default.yaml"))
        let document = StyleDocument(text: text, origin: .builtin("default.yaml"))
        #expect(document.problems.isEmpty)
        let expected = Set(StyleSchema.keys.map(\.path)).subtracting(["extends"])
        #expect(Set(document.settings.keys) == expected)
    }

    @Test("An empty style, extending nothing, is the house style too")
    func emptyStyle() throws {
        let fixture = try StyleFixture()
        let path = try fixture.write("empty.yaml", "# nothing to change\n")
        let style = try StyleLoader.load(path, searchPaths: [])
        #expect(style.chartTheme == ChartTheme())
        #expect(layoutFields(style.layoutStyle) == layoutFields(LayoutStyle()))
        #expect(style.description == "")
        #expect(style.name == "empty")
    }
}
