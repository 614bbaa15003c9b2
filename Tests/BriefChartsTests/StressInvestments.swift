import BriefData

/// A seeded investments CSV larger than the article's four: 48 investments
/// over 30 states, 8 sectors (one with `&`, `<` and quotes in its name, to
/// exercise escaping), single states, even splits and shares. The same seed
/// always gives the same text.
enum StressInvestments {
    static let sectors = ["Batteries", "Semiconductors", "Electric vehicles", "Solar", "Shipbuilding & \"naval\" <yards>",
                          "Steel", "Biotechnology", "Chemicals"]

    static func csv(rows: Int = 48, seed: UInt64 = 18) -> String {
        var state = seed
        func next() -> Int {
            // A 64-bit linear congruential generator (Knuth's MMIX constants).
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        let states = USState.all
        var text = "company,project,sector,states,amount_usd,year,source,url\n"
        for row in 0..<rows {
            let first = states[next() % 30]
            let second = states[(next() % 30 + 31) % states.count]
            let cell: String
            switch row % 6 {
            case 0: cell = "\(first.code);\(second.code)"
            case 1: cell = "\(first.code)=70%;\(second.code)=30%"
            default: cell = first.code
            }
            let millions = 50 + next() % 4_000
            let sector = sectors[next() % sectors.count]
            let quoted = "\"" + sector.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            text += "Company \(row + 1),Plant \(row + 1),\(quoted),\(cell),\(millions)M,\(2015 + row % 10),Stress source,https://example.com/\(row)\n"
        }
        return text
    }
}
