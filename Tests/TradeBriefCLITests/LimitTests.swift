import Foundation
import Testing

/// Limits known early are checked before the expensive work, and a limit
/// the data reaches is a data error, exit 3 (issue 19, item 9).
@Suite("Limits: checked early, reported as data errors")
struct LimitTests {
    /// `rows` investments, each citing a source of its own.
    private func distinctSources(rows: Int) -> String {
        var lines = ["company,sector,states,amount_usd,source,url"]
        for index in 0..<rows {
            lines.append("Company \(index),Batteries,GA,\(index + 1)M,Source \(index),https://example.com/\(index)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test("10,000 rows with a source each: validate and build fail at the 501st source with exit 3, and write nothing")
    func manySources() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("sources.csv")
        try Data(distinctSources(rows: 10_000).utf8).write(to: csv)
        for arguments in [["validate", csv.path], ["build", "--investments", csv.path, "--out", "out", "--format", "pdf"],
                          ["build", "--investments", csv.path, "--out", "out", "--per-state", "--format", "svg"]] {
            let result = try CLI.run(arguments, in: folder)
            #expect(result.status == 3, "\(arguments): \(result.status) \(result.stderr.prefix(400))")
            #expect(result.stderr.contains("\(csv.path):502:5: column 'source': the file cites 10,000 different sources (pairs of source and url); the limit is 500"),
                    "\(result.stderr.prefix(400))")
            #expect(result.stderr.split(separator: "\n").count < 5, "one message, not one per row")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test("500 sources are fine")
    func atTheLimit() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("sources.csv")
        try Data(distinctSources(rows: 500).utf8).write(to: csv)
        let result = try CLI.run(["validate", csv.path], in: folder)
        #expect(result.status == 0, "\(result.stderr.prefix(400))")
    }
}
