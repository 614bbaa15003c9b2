import BriefData
import Foundation

/// A synthetic investments CSV, made at benchmark start (never committed).
///
/// The same formula as `scripts/bench-gen-csv.py`, so both make the same
/// bytes: 400 companies (400 distinct sources), 8 sectors, all 51 state codes,
/// single states, full names, even splits and explicit shares, and every
/// amount form of the public contract. 100,000 rows are about 10 MB.
enum SyntheticCSV {
    static let sectors = ["Batteries", "Semiconductors", "Electric vehicles", "Solar", "Shipbuilding", "Steel",
                          "Biotechnology", "Chemicals"]
    static let header = "company,project,sector,states,amount_usd,year,source,url\n"

    static func threeDigits(_ value: Int) -> String {
        value < 10 ? "00\(value)" : value < 100 ? "0\(value)" : "\(value)"
    }

    static func row(_ i: Int) -> String {
        let states = USState.all
        precondition(states.count == 51)
        let c = i % 400
        let company = "Korea Co \(threeDigits(c))"
        let s1 = states[(i * 7) % 51], s2 = states[(i * 7 + 19) % 51]
        let cell: String
        switch i % 10 {
        case 0: cell = "\(s1.code)=0.6;\(s2.code)=0.4"
        case 1: cell = "\(s1.code);\(s2.code)"
        case 2: cell = s1.name
        default: cell = s1.code
        }
        let amount: String
        switch i % 5 {
        case 0: amount = "$\(1 + i % 9).\(i % 100 < 10 ? "0" : "")\(i % 100)B"
        case 1: amount = "\(50 + i % 900) million"
        case 2: amount = "\"\(1 + i % 9),\(threeDigits(i % 1000)),000,000\""
        case 3: amount = "\(10 + i % 990)M"
        default: amount = "\((1 + i % 50) * 10_000_000)"
        }
        return "\(company),Plant \(i),\(sectors[i % 8]),\(cell),\(amount),\(1990 + i % 35),\(company) news,https://example.com/kc\(threeDigits(c))\n"
    }

    /// Writes a file of `rows` data rows to `path`, a batch of rows at a time
    /// (so that making a million rows does not hold 100 MB in memory).
    static func write(rows: Int, to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var batch = header
        for i in 0..<rows {
            batch += row(i)
            if batch.utf8.count > 1 << 20 || i == rows - 1 {
                try handle.write(contentsOf: Data(batch.utf8))
                batch = ""
            }
        }
    }

    /// The file's bytes for `rows` data rows.
    static func make(rows: Int) -> Data {
        var text = header
        text.reserveCapacity(rows * 104)
        for i in 0..<rows { text += row(i) }
        return Data(text.utf8)
    }
}
