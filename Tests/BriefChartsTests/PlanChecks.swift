@testable import BriefCharts
import BriefRender
import Foundation
import Testing

/// Checks shared by the chart tests: planned text never overlaps or leaves the chart.
enum PlanChecks {
    /// Every pair of text boxes that overlap (by more than a hair).
    static func overlaps(in plan: ChartPlan) -> [String] {
        let texts = plan.texts.map { (text: $0.text, box: $0.box.insetBy(dx: 0.05, dy: 0.05)) }
        var found: [String] = []
        for i in texts.indices {
            for j in texts.indices where j > i && texts[i].box.intersects(texts[j].box) {
                found.append("'\(texts[i].text)' \(texts[i].box) overlaps '\(texts[j].text)' \(texts[j].box)")
            }
        }
        return found
    }

    /// Every text box that reaches outside the plan's area.
    static func outside(in plan: ChartPlan) -> [String] {
        let bounds = Rect(x: 0, y: 0, width: plan.size.width, height: plan.size.height)
        return plan.texts.filter { !bounds.contains($0.box, tolerance: 0.5) }.map { "'\($0.text)' \($0.box) leaves \(bounds)" }
    }

    /// Expects no overlapping or clipped text in `plan`.
    static func expectClean(_ plan: ChartPlan, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let problems = overlaps(in: plan) + outside(in: plan)
        #expect(problems.isEmpty, "\(what): \(problems.joined(separator: "; "))", sourceLocation: sourceLocation)
    }
}
