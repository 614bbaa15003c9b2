import Foundation
import Testing
import TestSupport

@Suite("The Korean edition from the command line")
struct KoreanEditionCLITests {
    @Test("build --per-state --lang ko writes states/GA.ko.pdf: Korean text that extracts, the Korean font embedded, /Lang (ko), valid")
    func onePagers() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["build", "--per-state", "--lang", "ko", "--format", "pdf", "--out", folder.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(CLI.files(in: folder.appendingPathComponent("states")) == ["GA.ko.pdf", "IN.ko.pdf", "KY.ko.pdf", "TN.ko.pdf"])
        // Only the Korean files: no English brief or charts when only ko is asked for.
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("state-map.pdf").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("state-map.ko.pdf").path))
        let path = folder.appendingPathComponent("states/GA.ko.pdf").path
        // Words joined by single spaces: pdftotext ends lines where the page does.
        let text = try Checker.output("pdftotext", [path, "-"]).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for expected in ["조지아주", "추적된 한국 투자", "억 달러", "현대자동차그룹", "한화큐셀", "전기차", "태양광", "2025년 4월 23일", "출처"] {
            #expect(text.contains(expected), "GA.ko.pdf lacks \(expected)")
        }
        #expect(!text.contains("Korean investment in Georgia"))
        #expect(!text.contains("$"), "an amount in dollars with a $ sign on the Korean page")
        let fonts = try Checker.output("pdffonts", [path])
        #expect(fonts.contains("NotoSansCJKkr"), "\(fonts)")
        let bytes = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        #expect(bytes.contains("/Lang (ko)"))
        #expect(try Checker.run("qpdf", ["--check", path]).output.contains("No syntax or stream encoding errors"))
        // Kentucky's page names the published split and Ford's share in Korean.
        let kentucky = try Checker.output("pdftotext", [folder.appendingPathComponent("states/KY.ko.pdf").path, "-"])
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(kentucky.contains("켄터키"))
        #expect(kentucky.contains("포드 몫은 약 70억 달러"))
    }

    @Test("--lang en,ko writes both editions side by side; --lang fr is a usage error")
    func both() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["build", "--state", "GA", "--lang", "en,ko", "--format", "pdf,svg", "--out", folder.path, "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(CLI.files(in: folder.appendingPathComponent("states")) == ["GA.ko.pdf", "GA.pdf"])
        for file in ["brief.pdf", "state-bars.svg", "state-bars.ko.svg", "charts.html", "charts.ko.html"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path), "\(file)")
        }
        let svg = try String(contentsOf: folder.appendingPathComponent("state-bars.ko.svg"), encoding: .utf8)
        #expect(svg.contains("xml:lang=\"ko\"") && svg.contains("조지아"))
        let english = try Checker.output("pdftotext", [folder.appendingPathComponent("states/GA.pdf").path, "-"])
        #expect(english.contains("Korean manufacturing investment tracked in Georgia"))
        let bad = try CLI.run(["build", "--lang", "fr", "--out", folder.appendingPathComponent("x").path])
        #expect(bad.status == 2)
    }
}
