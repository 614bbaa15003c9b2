import BriefData

/// Every key a style file may have, in the order the documentation lists them.
enum StyleSchema {
    /// The leaf keys (dotted paths) and what each holds.
    static let keys: [(path: String, kind: StyleValueKind)] = [
        ("description", .description),
        ("extends", .reference),
        ("page.size", .paper),
        ("page.margins.top", .length),
        ("page.margins.bottom", .length),
        ("page.margins.left", .length),
        ("page.margins.right", .length),
        ("page.columns", .columns),
        ("page.gutter", .length),
        ("fonts.families.body", .family),
        ("fonts.families.headings", .family),
        ("fonts.families.charts", .family),
        ("fonts.sizes.title", .size),
        ("fonts.sizes.h1", .size),
        ("fonts.sizes.h2", .size),
        ("fonts.sizes.h3", .size),
        ("fonts.sizes.body", .size),
        ("fonts.sizes.small", .size),
        ("fonts.sizes.chart_title", .size),
        ("fonts.sizes.chart_subtitle", .size),
        ("fonts.sizes.chart_labels", .size),
        ("fonts.sizes.chart_small", .size),
        ("fonts.weights.title", .weight),
        ("fonts.weights.headings", .weight),
        ("fonts.weights.chart_title", .weight),
        ("fonts.weights.chart_values", .weight),
        ("fonts.weights.chart_labels", .weight),
        ("fonts.weights.body", .weight),
        ("fonts.weights.caption", .weight),
        ("paragraphs.line_spacing", .factor),
        ("paragraphs.space_after", .length),
        ("colors.text", .color),
        ("colors.muted", .color),
        ("colors.accent", .color),
        ("colors.grid", .color),
        ("colors.baseline", .color),
        ("colors.rule", .color),
        ("colors.zebra", .color),
        ("colors.background", .color),
        ("colors.neutral", .color),
        ("colors.palette", .colors(minimum: 1)),
        ("colors.sequential", .colors(minimum: 2)),
        ("charts.bar_thickness", .size),
        ("charts.grid", .flag),
        ("numbers.currency_symbol", .symbol),
        ("numbers.abbreviate", .flag),
    ]

    /// Keys that belong to one file only and are not inherited through `extends`.
    static let ownKeys: Set<String> = ["description", "extends"]

    /// What the leaf key `path` holds, or nil when it is not a leaf key.
    static func kind(of path: String) -> StyleValueKind? {
        keys.first { $0.path == path }?.kind
    }

    /// Whether `path` names a group of keys (e.g. `page.margins`).
    static func isGroup(_ path: String) -> Bool {
        keys.contains { $0.path.hasPrefix(path + ".") }
    }

    /// The names directly under the group `path` ("" for the top level), in order.
    static func children(of path: String) -> [String] {
        let prefix = path.isEmpty ? "" : path + "."
        var names: [String] = []
        for key in keys where key.path.hasPrefix(prefix) {
            let rest = key.path.dropFirst(prefix.count)
            let name = String(rest.prefix { $0 != "." })
            if !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// Every path a user may write: leaf keys and groups.
    static var allPaths: [String] {
        var paths: [String] = []
        for key in keys {
            let parts = key.path.split(separator: ".")
            for count in 1...parts.count {
                let path = parts.prefix(count).joined(separator: ".")
                if !paths.contains(path) { paths.append(path) }
            }
        }
        return paths
    }

    /// The message for an unknown key `path` written inside the group `parent`:
    /// a suggestion when a known key is close enough, else the keys that fit.
    static func unknownKeyMessage(_ path: String, parent: String) -> String {
        let name = String(path.split(separator: ".").last ?? Substring(path))
        let siblings = children(of: parent).map { parent.isEmpty ? $0 : parent + "." + $0 }
        let lastName = { (candidate: String) in String(candidate.split(separator: ".").last ?? Substring(candidate)) }
        // Never the key's own parent or another ancestor ('colors.c' is not a misspelt 'colors').
        let others = allPaths.filter { !path.hasPrefix($0 + ".") }
        if let match = closestMatch(to: name, in: siblings, ignoringSeparators: true, name: lastName)
            ?? closestMatch(to: path, in: others, ignoringSeparators: true, name: { $0 })
            ?? closestMatch(to: name, in: others, floor: 1, ignoringSeparators: true, name: lastName) {
            return "unknown key; did you mean '\(match)'?"
        }
        let place = parent.isEmpty ? "at the top level" : "under '\(parent)'"
        return "unknown key; the keys \(place) are " + children(of: parent).joined(separator: ", ")
    }
}
