import BriefCharts
import BriefLayout
import BriefRender
import FoundationEssentials

extension Style {
    /// Resolves merged settings over the house defaults in code.
    init(name: String, description: String, settings: [String: StyleSetting], sourceFiles: [StyleSourceFile]) {
        let theme = ChartTheme()
        let layout = LayoutStyle()
        func number(_ key: String, _ fallback: Double) -> Double { settings[key]?.value.number ?? fallback }
        func text(_ key: String, _ fallback: String) -> String { settings[key]?.value.text ?? fallback }
        func color(_ key: String, _ fallback: Color) -> Color { settings[key]?.value.color ?? fallback }
        func weight(_ key: String, _ fallback: FontWeight = .bold) -> FontWeight { settings[key]?.value.weight ?? fallback }

        let paper = text("page.size", "letter")
        let accent = color("colors.accent", theme.accent)
        let textColor = color("colors.text", theme.text)
        let muted = color("colors.muted", theme.muted)
        self.init(
            name: name,
            description: description,
            chartTheme: ChartTheme(
                fontFamily: text("fonts.families.charts", theme.fontFamily),
                titleSize: number("fonts.sizes.chart_title", theme.titleSize),
                subtitleSize: number("fonts.sizes.chart_subtitle", theme.subtitleSize),
                labelSize: number("fonts.sizes.chart_labels", theme.labelSize),
                smallSize: number("fonts.sizes.chart_small", theme.smallSize),
                text: textColor, muted: muted,
                grid: color("colors.grid", theme.grid),
                baseline: color("colors.baseline", theme.baseline),
                accent: accent,
                palette: settings["colors.palette"]?.value.colors ?? theme.palette,
                sequential: settings["colors.sequential"]?.value.colors ?? theme.sequential,
                neutral: color("colors.neutral", theme.neutral),
                background: color("colors.background", theme.background),
                barThickness: number("charts.bar_thickness", theme.barThickness),
                showGrid: settings["charts.grid"]?.value.flag ?? theme.showGrid),
            layoutStyle: LayoutStyle(
                pageSize: Self.pageSize(paper),
                marginTop: number("page.margins.top", layout.marginTop),
                marginBottom: number("page.margins.bottom", layout.marginBottom),
                marginLeft: number("page.margins.left", layout.marginLeft),
                marginRight: number("page.margins.right", layout.marginRight),
                columns: settings["page.columns"]?.value.integer ?? layout.columns,
                gutter: number("page.gutter", layout.gutter),
                bodyFamily: text("fonts.families.body", layout.bodyFamily),
                headingFamily: text("fonts.families.headings", layout.headingFamily),
                bodySize: number("fonts.sizes.body", layout.bodySize),
                lineSpacing: number("paragraphs.line_spacing", layout.lineSpacing),
                titleSize: number("fonts.sizes.title", layout.titleSize),
                headingSizes: [
                    number("fonts.sizes.h1", layout.headingSizes[0]),
                    number("fonts.sizes.h2", layout.headingSizes[1]),
                    number("fonts.sizes.h3", layout.headingSizes[2]),
                ],
                smallSize: number("fonts.sizes.small", layout.smallSize),
                paragraphSpacing: number("paragraphs.space_after", layout.paragraphSpacing),
                text: textColor, muted: muted, accent: accent,
                rule: color("colors.rule", layout.rule),
                zebra: color("colors.zebra", layout.zebra)),
            paperName: paper,
            currencySymbol: text("numbers.currency_symbol", "$"),
            abbreviatesAmounts: settings["numbers.abbreviate"]?.value.flag ?? true,
            titleWeight: weight("fonts.weights.title"),
            headingWeight: weight("fonts.weights.headings"),
            chartTitleWeight: weight("fonts.weights.chart_title"),
            chartValueWeight: weight("fonts.weights.chart_values"),
            chartLabelWeight: weight("fonts.weights.chart_labels", theme.labelWeight),
            bodyWeight: weight("fonts.weights.body", layout.bodyWeight),
            captionWeight: weight("fonts.weights.caption", layout.captionWeight),
            sourceFiles: sourceFiles,
            familySettings: settings.filter { $0.key.hasPrefix("fonts.families.") })
        chartTheme.currencySymbol = currencySymbol
        chartTheme.abbreviatesAmounts = abbreviatesAmounts
        chartTheme.titleWeight = chartTitleWeight
        chartTheme.valueWeight = chartValueWeight
        chartTheme.labelWeight = chartLabelWeight
        layoutStyle.titleWeight = titleWeight
        layoutStyle.headingWeight = headingWeight
        layoutStyle.bodyWeight = bodyWeight
        layoutStyle.captionWeight = captionWeight
    }

    /// The page size for a paper name.
    static func pageSize(_ paper: String) -> Size { paper == "a4" ? .a4 : .letter }

    /// The least room, in points, that margins and gutter must leave for text
    /// in each direction (one inch).
    static let minimumTextExtent: Double = 72

    /// Problems that only show across keys: margins or a gutter that leave
    /// (almost) no room for text. Each is located at the largest key involved.
    static func consistencyProblems(_ settings: [String: StyleSetting]) -> [StyleProblem] {
        let layout = LayoutStyle()
        func number(_ key: String, _ fallback: Double) -> Double { settings[key]?.value.number ?? fallback }
        func problem(_ keys: [String], _ message: String) -> [StyleProblem] {
            let located = keys.compactMap { key in settings[key].map { (key, $0) } }
            guard let (key, setting) = located.max(by: { ($0.1.value.number ?? 0) < ($1.1.value.number ?? 0) }) else { return [] }
            return [setting.problem(key: key, message)]
        }
        let paper = settings["page.size"]?.value.text ?? "letter"
        let page = pageSize(paper)
        let (top, bottom) = (number("page.margins.top", layout.marginTop), number("page.margins.bottom", layout.marginBottom))
        let (left, right) = (number("page.margins.left", layout.marginLeft), number("page.margins.right", layout.marginRight))
        let columns = settings["page.columns"]?.value.integer ?? layout.columns
        let gutter = number("page.gutter", layout.gutter)
        let least = points(minimumTextExtent)
        var problems: [StyleProblem] = []
        let height = page.height - top - bottom
        if height < minimumTextExtent {
            problems += problem(
                ["page.margins.top", "page.margins.bottom"],
                "margins of \(points(top)) (top) and \(points(bottom)) (bottom) leave \(points(max(height, 0))) points "
                    + "of the \(paper) page's \(points(page.height)) for text; leave at least \(least)")
        }
        let width = page.width - left - right
        if width < minimumTextExtent {
            problems += problem(
                ["page.margins.left", "page.margins.right"],
                "margins of \(points(left)) (left) and \(points(right)) (right) leave \(points(max(width, 0))) points "
                    + "of the \(paper) page's \(points(page.width)) for text; leave at least \(least)")
        } else if columns > 1 {
            let column = (width - gutter * Double(columns - 1)) / Double(columns)
            if column < minimumTextExtent {
                problems += problem(
                    ["page.gutter", "page.margins.left", "page.margins.right"],
                    "a gutter of \(points(gutter)) leaves \(columns) columns \(points(max(column, 0))) points wide; "
                        + "leave at least \(least)")
            }
        }
        return problems
    }

    /// A number of points without needless decimals: `60`, `11.5`, `595.28`.
    static func points(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int(rounded)) : String(rounded)
    }
}
