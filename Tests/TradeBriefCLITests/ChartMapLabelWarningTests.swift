import Foundation
import Testing

/// A map too narrow for every state's code (codes are never set below
/// 7 pt) is written, with a warning naming the unlabelled states and the
/// least width that labels every tile; at that width nothing is said.
@Suite("chart state-map too narrow for its codes warns")
struct ChartMapLabelWarningTests {
    /// The least width in the warning: `… a width of at least 170 points …`.
    private func leastWidth(_ stderr: String) -> Int? {
        guard let range = stderr.range(of: #"a width of at least [0-9]+ points"#, options: .regularExpression) else { return nil }
        return Int(stderr[range].split(separator: " ")[5])
    }

    @Test("--width 160 writes the map and names the unlabelled tiles; the least width it gives does not warn, one less does")
    func warns() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("map.png").path
        let narrow = try CLI.run(["chart", "state-map", "-o", file, "--width", "160"])
        #expect(narrow.status == 0, "\(narrow.stderr)")
        #expect(FileManager.default.fileExists(atPath: file))
        #expect(narrow.stderr.contains("warning: width 160 is too narrow for state-map to label every state:"), "\(narrow.stderr)")
        #expect(narrow.stderr.contains("WA"), "\(narrow.stderr)")
        let least = try #require(leastWidth(narrow.stderr), "\(narrow.stderr)")
        #expect(least > 160)
        #expect(!(try CLI.run(["chart", "state-map", "-o", file, "--width", String(least)]).stderr.contains("warning")))
        #expect(try CLI.run(["chart", "state-map", "-o", file, "--width", String(least - 1)]).stderr.contains("too narrow"))
        // Other charts, and the map at its default width, say nothing.
        #expect(try CLI.run(["chart", "state-map", "-o", file]).stderr.isEmpty)
        #expect(try CLI.run(["chart", "state-bars", "-o", file, "--width", "160"]).stderr.isEmpty)
    }
}
