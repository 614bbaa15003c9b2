import BriefRender
import Foundation
import Testing

/// Headless Chromium, to see pages as a browser draws them.
///
/// Tests that need it skip with a message when it is not installed, unless
/// the environment says it must be there: `CI` set (any value) or
/// `TRADEBRIEF_REQUIRE_CHROMIUM=1`; then a missing browser is a failure.
enum Chromium {
    /// The browser's path, if installed.
    static var path: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/local/bin/chromium", "/snap/bin/chromium"]
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Whether a missing browser fails the test instead of skipping it.
    static var isRequired: Bool {
        let environment = ProcessInfo.processInfo.environment
        return environment["CI"] != nil || environment["TRADEBRIEF_REQUIRE_CHROMIUM"] == "1"
    }

    /// The browser, or nil after recording an issue (CI) or printing why the test is skipped.
    static func required(for test: String, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        if let path { return path }
        if isRequired {
            Issue.record("chromium is not installed (apt-get install chromium); CI needs it for: \(test)", sourceLocation: sourceLocation)
        } else {
            print("skipped: \(test): chromium is not installed (set CI or TRADEBRIEF_REQUIRE_CHROMIUM=1 to make this a failure)")
        }
        return nil
    }

    /// `page` printed to PDF by the browser (its text stays text where the page's does).
    static func printToPDF(_ browser: String, page: URL) throws -> URL {
        let pdf = page.deletingLastPathComponent().appendingPathComponent("printed-\(UUID().uuidString).pdf")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-pdf-header-footer",
            "--user-data-dir=\(page.deletingLastPathComponent().appendingPathComponent("chromium-profile").path)",
            "--print-to-pdf=\(pdf.path)", page.absoluteString,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return pdf
    }

    /// A screenshot of `page` in a window `width` × `height` CSS pixels, one
    /// device pixel per CSS pixel, sRGB, light colour scheme.
    static func screenshot(_ browser: String, page: URL, width: Int, height: Int) throws -> RasterImage {
        let shot = page.deletingLastPathComponent().appendingPathComponent("screenshot-\(UUID().uuidString).png")
        defer { try? FileManager.default.removeItem(at: shot) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
            "--force-device-scale-factor=1", "--force-color-profile=srgb", "--font-render-hinting=none",
            "--blink-settings=preferredColorScheme=1",   // light
            "--user-data-dir=\(page.deletingLastPathComponent().appendingPathComponent("chromium-profile").path)",
            "--screenshot=\(shot.path)", "--window-size=\(width),\(height)", page.absoluteString,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return try RasterImage(png: Data(contentsOf: shot))
    }
}

extension RasterImage {
    /// Where `template` sits in this image, its left edge at `x`, searching
    /// downwards from `fromY` over `range` rows: the row where a sparse grid
    /// of pixels differs least.
    func locate(_ template: RasterImage, x: Int, fromY: Int, range: Int, step: Int = 7) -> Int? {
        guard template.width + x <= width else { return nil }
        var best: (y: Int, score: Int)?
        let lastY = min(fromY + range, height - template.height)
        guard lastY >= fromY else { return nil }
        for y in fromY...lastY {
            var score = 0
            var ty = 0
            while ty < template.height {
                var tx = 0
                while tx < template.width {
                    let a = ((y + ty) * width + x + tx) * 3
                    let b = (ty * template.width + tx) * 3
                    score += abs(Int(rgb[a]) - Int(template.rgb[b])) + abs(Int(rgb[a + 1]) - Int(template.rgb[b + 1]))
                        + abs(Int(rgb[a + 2]) - Int(template.rgb[b + 2]))
                    tx += step
                }
                ty += step
            }
            if best == nil || score < (best?.score ?? .max) { best = (y, score) }
        }
        return best?.y
    }
}
