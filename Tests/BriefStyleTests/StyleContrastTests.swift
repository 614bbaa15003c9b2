import BriefCharts
import BriefRender
@testable import BriefStyle
import Foundation
import Testing

@Suite("Every shipped style is readable")
struct StyleContrastTests {
    static let names = StyleLoader.available(searchPaths: []).map(\.name)

    @Test("Text and secondary text meet WCAG AA (4.5:1) on the page and chart background", arguments: names)
    func textContrast(name: String) throws {
        let style = try StyleLoader.load(name, searchPaths: [])
        let theme = style.chartTheme
        let page = style.layoutStyle
        #expect(theme.text.contrast(with: theme.background) >= 4.5, "\(name): chart text")
        #expect(theme.muted.contrast(with: theme.background) >= 4.5, "\(name): chart secondary text")
        #expect(page.text.contrast(with: .white) >= 4.5, "\(name): body text")
        #expect(page.muted.contrast(with: .white) >= 4.5, "\(name): captions and notes")
        #expect(page.text.contrast(with: page.zebra) >= 4.5, "\(name): text on shaded table rows")
        #expect(page.accent.contrast(with: .white) >= 4.5, "\(name): accent headings")
    }

    @Test("A style's accent colour reaches the SVG it draws")
    func accentReachesOutput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("style-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("orange.yaml")
        try Data("extends: default\ncolors:\n  accent: \"#d55e00\"\n".utf8).write(to: file)
        let style = try StyleLoader.load(file.path, searchPaths: [])
        #expect(style.chartTheme.accent.hex == "#d55e00")
        let chart = HorizontalBarChart(name: "t", title: "T", source: "S", items: [BarItem(label: "A", amount: .init(cents: 100))],
                                       theme: style.chartTheme)
        let svg = try ImageRenderer(size: Size(width: 300, height: 120)).render(.svg, typesetter: Typesetter()) { context in
            try chart.draw(in: context, frame: Rect(x: 0, y: 0, width: 300, height: 120))
        }
        let text = String(decoding: svg, as: UTF8.self)
        #expect(text.contains("fill=\"#d55e00\""), "the bar is not drawn in the style's accent")
    }
}
