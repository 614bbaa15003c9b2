import BriefRender
import Foundation
import Testing
import TestSupport

/// Headless Chromium, to see pages as a browser draws them. A missing
/// browser skips the test locally and fails it in CI (``Checker``'s policy).
enum Chromium {
    /// The browser's path, under ``Checker``'s policy for a missing one.
    static func required() throws -> String {
        try Checker.require(anyOf: ["chromium", "chromium-browser"]).path
    }

    /// `page` printed to PDF by the browser (its text stays text where the page's does).
    static func printToPDF(_ browser: String, page: URL) throws -> URL {
        let pdf = page.deletingLastPathComponent().appendingPathComponent("printed-\(UUID().uuidString).pdf")
        let arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-pdf-header-footer",
            "--user-data-dir=\(page.deletingLastPathComponent().appendingPathComponent("chromium-profile").path)",
            "--print-to-pdf=\(pdf.path)", page.absoluteString,
        ]
        _ = try Program.run(URL(fileURLWithPath: browser), arguments, capturing: false)
        return pdf
    }

    /// A screenshot of `page` in a window `width` × `height` CSS pixels, one
    /// device pixel per CSS pixel, sRGB, light colour scheme.
    static func screenshot(_ browser: String, page: URL, width: Int, height: Int) throws -> RasterImage {
        let shot = page.deletingLastPathComponent().appendingPathComponent("screenshot-\(UUID().uuidString).png")
        defer { try? FileManager.default.removeItem(at: shot) }
        let arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
            "--force-device-scale-factor=1", "--force-color-profile=srgb", "--font-render-hinting=none",
            "--blink-settings=preferredColorScheme=1",   // light
            "--user-data-dir=\(page.deletingLastPathComponent().appendingPathComponent("chromium-profile").path)",
            "--screenshot=\(shot.path)", "--window-size=\(width),\(height)", page.absoluteString,
        ]
        _ = try Program.run(URL(fileURLWithPath: browser), arguments, capturing: false)
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
