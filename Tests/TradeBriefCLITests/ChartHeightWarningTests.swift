import Foundation
import Testing

/// Review item 18: a `--height` too short for a chart at its style's type
/// sizes draws the whole chart smaller, text included (3–4 pt at 150 points).
/// The chart still fits the box asked for, so it is written, with a warning
/// that says how small the text gets and the least height that keeps it.
@Suite("chart --height too short for the text warns")
struct ChartHeightWarningTests {
    /// The least height in the warning: `… a height of at least 482 points …`.
    private func leastHeight(_ stderr: String) -> Int? {
        guard let range = stderr.range(of: #"at least [0-9]+ points"#, options: .regularExpression) else { return nil }
        return Int(stderr[range].split(separator: " ")[2])
    }

    @Test("A short --height writes the chart and warns with the least height; that height does not warn")
    func warns() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("s.png").path
        let short = try CLI.run(["chart", "state-sector", "-o", file, "--height", "150"])
        #expect(short.status == 0, "\(short.stderr)")
        #expect(FileManager.default.fileExists(atPath: file))
        #expect(short.stderr.contains("warning: height 150 is too short for state-sector at width 504"), "\(short.stderr)")
        #expect(short.stderr.contains("pt instead of 7.5 pt"), "\(short.stderr)")
        let least = try #require(leastHeight(short.stderr), "\(short.stderr)")
        #expect(least > 150)
        let enough = try CLI.run(["chart", "state-sector", "-o", file, "--height", String(least)])
        #expect(enough.status == 0)
        #expect(!enough.stderr.contains("warning"), "\(enough.stderr)")
        let less = try CLI.run(["chart", "state-sector", "-o", file, "--height", String(least - 2)])
        #expect(less.stderr.contains("too short"), "\(least - 2): \(less.stderr)")
        // Without --height, or with a map that only gets narrower, nothing is said.
        #expect(try CLI.run(["chart", "state-sector", "-o", file]).stderr.isEmpty)
        #expect(!(try CLI.run(["chart", "state-map", "-o", file, "--height", "300"]).stderr.contains("warning")))
    }
}
