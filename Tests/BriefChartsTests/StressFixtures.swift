@testable import BriefCharts
import BriefData
import BriefRender
import Foundation
import StressData
import TradeBrief

/// The datasets and styles the chart tests run every chart on: the embedded
/// four investments and the stress lists (43 and 100 investments), in every
/// shipped style.
enum StressFixtures {
    /// A dataset by name: `embedded`, `stress-43`, `stress-100`.
    static func dataset(_ name: String) throws -> Dataset {
        switch name {
        case "stress-43": try Brief(.investmentsCSV(StressDataset.standard.csv(), name: "stress-43.csv")).dataset
        case "stress-100": try Brief(.investmentsCSV(StressDataset.large.csv(), name: "stress-100.csv")).dataset
        default: try Dataset.embedded()
        }
    }

    /// Every dataset name.
    static let datasets = ["embedded", "stress-43", "stress-100"]

    /// The shipped styles.
    static let styles = ["default", "colorblind", "grayscale", "a4-two-column"]

    /// The chart theme of a shipped style.
    static func theme(_ style: String) throws -> ChartTheme { try Style.named(style).chartTheme }

    /// Whether a style's palette is all greys (a style for black-and-white printing).
    static func isGray(_ theme: ChartTheme) -> Bool { theme.palette.allSatisfy(\.isAchromatic) }

    /// The colours of the filled shapes in `plan` (bars, segments, swatches, tiles).
    /// Outlines of light fills (class `tb-outline`) are left out: they are a shade of their fill.
    static func fillColors(_ plan: ChartPlan) -> [Color] {
        classedMarks(plan).filter { !$0.classes.contains("tb-outline") }.compactMap { item in
            switch item.mark {
            case .fill(_, let color), .roundedFill(_, _, let color): color
            default: nil
            }
        }
    }

    /// Each drawn mark of `plan` (not a group's start or end) with the CSS
    /// classes of the groups around it, innermost last.
    static func classedMarks(_ plan: ChartPlan) -> [(mark: ChartPlan.Mark, classes: [String])] {
        var stack: [String?] = []
        var result: [(mark: ChartPlan.Mark, classes: [String])] = []
        for mark in plan.marks {
            switch mark {
            case .begin(let group): stack.append(group.className)
            case .end: _ = stack.popLast()
            default: result.append((mark, stack.compactMap { $0 }))
            }
        }
        return result
    }

    /// The texts of `plan` drawn in a group of CSS class `className` (`tb-value`, `tb-axis`).
    static func texts(_ plan: ChartPlan, class className: String) -> [String] {
        classedMarks(plan).compactMap { item in
            guard case .text(let layout, _, _) = item.mark, item.classes.contains(className) else { return nil }
            return layout.text
        }
    }

    /// Every (style, dataset) pair.
    static var combinations: [(String, String)] { styles.flatMap { style in datasets.map { (style, $0) } } }
}
