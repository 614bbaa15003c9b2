@testable import BriefStyle
import BriefCharts
import BriefLayout
import BriefRender
import Testing

@Suite("Font weights reach the charts and the pages")
struct FontWeightTests {
    @Test("fonts.weights sets the chart title and value fonts and the page title and heading fonts; default is bold")
    func weightsApplied() throws {
        let fixture = try StyleFixture()
        let path = try fixture.write("light.yaml", """
            extends: default
            fonts:
              weights:
                title: light
                headings: medium
                chart_title: semibold
                chart_values: regular
                chart_labels: bold
                body: semibold
                caption: light
            """)
        let style = try StyleLoader.load(path, searchPaths: [])
        #expect(style.chartTheme.titleFont.weight == .semibold)
        #expect(style.chartTheme.valueFont.weight == .regular)
        #expect(style.layoutStyle.titleWeight == .light)
        #expect(style.layoutStyle.headingWeight == .medium)
        #expect(style.chartTheme.labelFont.weight == .bold)
        #expect(style.layoutStyle.bodyWeight == .semibold)
        #expect(style.layoutStyle.captionWeight == .light)
        let house = try StyleLoader.load("default", searchPaths: [])
        #expect(house.chartTheme.titleFont.weight == .bold && house.layoutStyle.headingWeight == .bold)
        #expect(house.chartTheme.labelFont.weight == .regular && house.layoutStyle.bodyWeight == .regular)
    }
}
