import Foundation
import Testing
import TestSupport
import TradeBrief

/// `fonts.weights.chart_labels` changes the font the library draws category
/// labels with, as pdffonts reads the chart's PDF (the body weight is checked
/// on a page in DocumentRendererTests).
@Suite("The chart label weight reaches the PDF")
struct StyleWeightTests {
    /// A style with every weight regular except `key`, which is `weight`.
    func style(_ key: String, _ weight: String, in folder: URL) throws -> Style {
        var weights = ["title", "headings", "chart_title", "chart_values", "chart_labels", "body", "caption"]
            .map { "    \($0): \($0 == key ? weight : "regular")" }
        weights.insert("  weights:", at: 0)
        let url = folder.appendingPathComponent("\(key)-\(weight).yaml")
        try Data((["extends: default", "fonts:"] + weights).joined(separator: "\n").appending("\n").utf8).write(to: url)
        return try Style.file(url)
    }

    @Test("chart_labels: bold puts a Bold face in a bar chart's PDF; regular leaves none", arguments: ["bold", "regular"])
    func chartLabels(weight: String) throws {
        let folder = try TemporaryItems.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let brief = try Brief(style: style("chart_labels", weight, in: folder))
        let pdf = try brief.chart("state-bars").render(.pdf)
        let fonts = try TemporaryItems.withFile(pdf, suffix: ".pdf") { try Checker.output("pdffonts", [$0]) }
        #expect(fonts.contains("DejaVuSans-Bold") == (weight == "bold"), "\(fonts)")
    }
}
