@testable import BriefCharts
import Foundation
import BriefData
import BriefRender
import Testing

/// Issue 17, points 8 and 10: key-figure cards never cut text short, and
/// every card leads with a number.
@Suite("Key-figure cards at any size")
struct CardTests {
    let typesetter = Typesetter()

    @Test("No card text is ellipsized or ends in '…', at any width, with many sources", arguments: StressFixtures.datasets)
    func noTruncation(data: String) throws {
        let chart = try KeyFiguresChart(dataset: try StressFixtures.dataset(data))
        for width in [136.0, 160, 200, 296, 480, 720] {
            let plan = chart.plan(width: width, height: nil, typesetter: typesetter)
            for mark in plan.marks {
                guard case .text(let layout, _, _) = mark else { continue }
                #expect(!layout.isEllipsized, "'\(layout.text)' is cut short at \(width)")
                #expect(!layout.text.contains("…"))
            }
            PlanChecks.expectClean(plan, "cards with \(data) at \(width)")
        }
    }

    @Test("A card's credit names one source and counts them all")
    func credits() throws {
        let chart = try KeyFiguresChart(dataset: try StressFixtures.dataset("stress-100"))
        let credit = chart.figures.last?.credit ?? ""
        #expect(credit.hasPrefix("Computed from Stress data: "))
        #expect(credit.range(of: #" and others, \d+ in all$"#, options: .regularExpression) != nil, "\(credit)")
    }

    @Test("Every card's value is a number: a rank reads '#1', not 'Largest'", arguments: StressFixtures.datasets)
    func numbersOnly(data: String) throws {
        let chart = try KeyFiguresChart(dataset: try StressFixtures.dataset(data))
        for figure in chart.figures {
            #expect(figure.value.contains { $0.isNumber }, "'\(figure.value)' is not a number")
            #expect(!figure.value.contains { $0.isLetter && !"KMBT".contains($0) }, "'\(figure.value)' holds a word")
        }
        #expect(chart.figures.first?.value == "#1")
        #expect(chart.figures.first?.label.hasPrefix("foreign investor in the U.S.") == true)
    }
}
