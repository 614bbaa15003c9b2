@testable import BriefCharts
import BriefData
import BriefRender
import Testing

/// Review item 11: a mark that carries data must be seen against the chart's
/// background (WCAG 2.1, 1.4.11 non-text contrast: 3:1). Okabe–Ito's yellow
/// (#F0E442, 1.3:1 on white), orange and sky blue, and the grey of "Other",
/// keep their colours (the palettes stay colour-blind safe) and get a darker
/// outline of their own hue that reaches 3:1.
@Suite("Categorical fills are seen against the background")
struct FillContrastTests {
    let typesetter = Typesetter()

    @Test("Every categorical fill of every style reaches 3:1 on the background, or its outline does",
          arguments: StressFixtures.combinations)
    func everyFillIsSeen(style: String, data: String) throws {
        let theme = try StressFixtures.theme(style)
        let dataset = try StressFixtures.dataset(data)
        for name in ["state-bars", "sector-bars", "state-sector"] {
            let chart = try ChartCatalog.chart(named: name, dataset: dataset, theme: theme)
            let planned = try #require(chart as? any PlannedChart)
            for width in [200.0, 480.0] {
                let marks = StressFixtures.classedMarks(planned.plan(width: width, height: nil, typesetter: typesetter))
                var checked = 0
                for (index, item) in marks.enumerated() where !Set(item.classes).isDisjoint(with: ["tb-bar", "tb-segment", "tb-swatch"]) {
                    guard let color = Self.fill(item.mark) else { continue }
                    checked += 1
                    if color.contrast(with: theme.background) >= Color.graphicContrast { continue }
                    // The outline is the fill drawn just before, of class tb-outline.
                    let outline = index > 0 && marks[index - 1].classes.contains("tb-outline") ? Self.fill(marks[index - 1].mark) : nil
                    #expect(outline.map { $0.contrast(with: theme.background) >= Color.graphicContrast } == true,
                            "\(name) in \(style) with \(data) at \(width): \(color) has \(color.contrast(with: theme.background)):1 and no outline")
                }
                #expect(checked > 0, "\(name): no fill checked")
            }
        }
    }

    @Test("Every palette colour and the Other grey of every style gets an outline exactly when it is below 3:1",
          arguments: StressFixtures.styles)
    func outlines(style: String) throws {
        let theme = try StressFixtures.theme(style)
        let (hues, other) = SectorColors.colors(of: theme)
        for color in hues + [other, theme.accent] {
            let contrast = color.contrast(with: theme.background)
            if let outline = color.outline(on: theme.background) {
                #expect(contrast < Color.graphicContrast)
                #expect(outline.contrast(with: theme.background) >= Color.graphicContrast, "\(style): \(color)")
            } else {
                #expect(contrast >= Color.graphicContrast, "\(style): \(color) has \(contrast):1 and no outline")
            }
        }
        // Okabe–Ito's yellow is the faintest: it is outlined wherever it is used.
        if let yellow = Color(hex: "#F0E442"), theme.palette.contains(yellow) {
            #expect(yellow.outline(on: theme.background) != nil)
        }
    }

    private static func fill(_ mark: ChartPlan.Mark) -> Color? {
        switch mark {
        case .fill(_, let color), .roundedFill(_, _, let color): color
        default: nil
        }
    }
}
