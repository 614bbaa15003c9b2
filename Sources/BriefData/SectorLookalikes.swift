/// Sectors whose names differ only in letter case or in characters that
/// cannot be seen (`Solar`, `solar`, `SOLAR`, `Solar` with a zero-width
/// space): the CSV keeps them apart, as written, so each gets its own bar,
/// colour and total, with labels a reader cannot tell apart. A warning names
/// them; nothing is merged, since only the file's author knows whether they
/// are one sector.
///
/// Found from the distinct sector names after reading, so one pass and two
/// halves joined (``InvestmentCSV``) warn alike.
enum SectorLookalikes {
    /// One warning for each group of look-alike names in `names` (in order of
    /// first appearance), at the file, without a line.
    static func warnings(_ names: [String], file: String) -> [DataProblem] {
        guard names.count > 1 else { return [] }
        var groups: [String: [String]] = [:]
        var order: [String] = []
        for name in names {
            let key = folded(name)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(name)
        }
        return order.compactMap { key in
            guard let group = groups[key], group.count > 1 else { return nil }
            let quoted = group.map { "'\(visible($0))'" }
            let list = quoted.count == 2 ? quoted.joined(separator: " and ")
                : quoted.dropLast().joined(separator: ", ") + " and " + (quoted.last ?? "")
            return DataProblem(file: file, message: "the sectors \(list) differ only in letter case or in characters that cannot be seen, "
                + "so they are counted as \(group.count) sectors; write them alike if they are one")
        }
    }

    /// `name` in lower case, without format characters (zero-width spaces,
    /// soft hyphens, joiners). White space stays: `Auto parts` and `Autoparts`
    /// can be told apart (and the CSV already made each run of it one space).
    static func folded(_ name: String) -> String {
        String(String.UnicodeScalarView(name.lowercased().unicodeScalars.filter { $0.properties.generalCategory != .format }))
    }

    /// `name` with its format characters shown, so two quoted names that look
    /// alike in the message can be told apart: `Solar<U+200B>`.
    static func visible(_ name: String) -> String {
        guard name.unicodeScalars.contains(where: { $0.properties.generalCategory == .format }) else { return name }
        return name.unicodeScalars.map { $0.properties.generalCategory == .format ? "<\(UnshowableText.codePoint($0))>" : String($0) }.joined()
    }
}
