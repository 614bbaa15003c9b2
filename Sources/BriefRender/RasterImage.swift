import BriefText
import CCairo
import FoundationEssentials

/// A decoded raster image (8-bit RGBA, straight alpha, composited on white),
/// read from PNG bytes: what rendering checks compare, e.g. a chart's PNG
/// against its SVG drawn by librsvg or a browser.
public struct RasterImage: Sendable {
    /// Width in pixels.
    public let width: Int
    /// Height in pixels.
    public let height: Int
    /// Row-major RGB bytes, three per pixel, on white.
    public let rgb: [UInt8]

    /// Decodes `png`.
    /// - Throws: ``RenderError`` when the bytes are not a PNG Cairo can read.
    public init(png: Data) throws {
        final class Source {
            let bytes: [UInt8]
            var position = 0
            init(_ bytes: [UInt8]) { self.bytes = bytes }
        }
        let source = Source([UInt8](png))
        let read: cairo_read_func_t = { closure, buffer, length in
            guard let closure, let buffer else { return CAIRO_STATUS_READ_ERROR }
            let source = Unmanaged<Source>.fromOpaque(closure).takeUnretainedValue()
            let count = Int(length)
            guard source.position + count <= source.bytes.count else { return CAIRO_STATUS_READ_ERROR }
            source.bytes.withUnsafeBufferPointer { all in
                if let base = all.baseAddress { buffer.update(from: base + source.position, count: count) }
            }
            source.position += count
            return CAIRO_STATUS_SUCCESS
        }
        let surface = withExtendedLifetime(source) {
            cairo_image_surface_create_from_png_stream(read, Unmanaged.passUnretained(source).toOpaque())
        }
        guard let surface else { throw RenderError(operation: "reading a PNG", reason: "out of memory") }
        defer { cairo_surface_destroy(surface) }
        try RenderError.check(cairo_surface_status(surface), "reading a PNG")
        cairo_surface_flush(surface)
        let width = Int(cairo_image_surface_get_width(surface))
        let height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        let format = cairo_image_surface_get_format(surface)
        guard let data = cairo_image_surface_get_data(surface) else {
            throw RenderError(operation: "reading a PNG", reason: "no pixel data")
        }
        var rgb = [UInt8](repeating: 255, count: width * height * 3)
        let hasAlpha = format == CAIRO_FORMAT_ARGB32
        for y in 0..<height {
            let row = data + y * stride
            for x in 0..<width {
                // Native-endian 32-bit pixels: premultiplied ARGB.
                let pixel = row.advanced(by: x * 4).withMemoryRebound(to: UInt32.self, capacity: 1) { $0.pointee }
                let alpha = hasAlpha ? Int(pixel >> 24) : 255
                let white = 255 - alpha   // premultiplied colour + white behind the transparent part
                let index = (y * width + x) * 3
                rgb[index] = UInt8(min(255, Int((pixel >> 16) & 0xFF) + white))
                rgb[index + 1] = UInt8(min(255, Int((pixel >> 8) & 0xFF) + white))
                rgb[index + 2] = UInt8(min(255, Int(pixel & 0xFF) + white))
            }
        }
        self.init(width: width, height: height, rgb: rgb)
    }

    /// An image from RGB bytes, three per pixel, row by row.
    public init(width: Int, height: Int, rgb: [UInt8]) {
        self.width = width
        self.height = height
        self.rgb = rgb
    }

    /// The part of the image in the pixel rectangle (`x`, `y`, `width`, `height`), clamped to the image.
    public func cropped(x: Int, y: Int, width: Int, height: Int) -> RasterImage {
        let x0 = max(0, min(x, self.width)), y0 = max(0, min(y, self.height))
        let w = max(0, min(width, self.width - x0)), h = max(0, min(height, self.height - y0))
        var out = [UInt8]()
        out.reserveCapacity(w * h * 3)
        for row in y0..<(y0 + h) {
            let start = (row * self.width + x0) * 3
            out += rgb[start..<(start + w * 3)]
        }
        return RasterImage(width: w, height: h, rgb: out)
    }

    /// How different `other` looks, block by block: both images are cut into
    /// squares of `block` pixels, each averaged; the result says how far the
    /// averages are apart. Anti-aliasing and font hinting move single pixels,
    /// not blocks; a missing or misplaced mark or label moves blocks.
    /// Images of different sizes are compared over their common part, and
    /// the size difference is reported.
    public func difference(from other: RasterImage, block: Int = 4) -> RasterDifference {
        let w = min(width, other.width), h = min(height, other.height)
        let side = max(1, block)
        var blocks = 0, differing = 0
        var total = 0.0, worst = 0.0
        var y = 0
        while y < h {
            var x = 0
            while x < w {
                var sumA = [0, 0, 0], sumB = [0, 0, 0], count = 0
                for yy in y..<min(y + side, h) {
                    for xx in x..<min(x + side, w) {
                        let a = (yy * width + xx) * 3, b = (yy * other.width + xx) * 3
                        for c in 0..<3 {
                            sumA[c] += Int(rgb[a + c])
                            sumB[c] += Int(other.rgb[b + c])
                        }
                        count += 1
                    }
                }
                let delta = (0..<3).map { abs(Double(sumA[$0] - sumB[$0])) / Double(count) / 255 }.max() ?? 0
                blocks += 1
                total += delta
                worst = max(worst, delta)
                if delta > RasterDifference.blockThreshold { differing += 1 }
                x += side
            }
            y += side
        }
        return RasterDifference(
            sizeDifference: (abs(width - other.width), abs(height - other.height)),
            meanBlockDifference: blocks == 0 ? 0 : total / Double(blocks),
            differingBlockShare: blocks == 0 ? 0 : Double(differing) / Double(blocks),
            largestBlockDifference: worst)
    }
}

/// How two ``RasterImage``s differ (see ``RasterImage/difference(from:block:)``).
public struct RasterDifference: Sendable, CustomStringConvertible {
    /// A block counts as differing when a channel's average moves by more than this (0…1).
    public static let blockThreshold = 0.15
    /// Width and height differences in pixels.
    public var sizeDifference: (width: Int, height: Int)
    /// The average of every block's largest channel difference (0…1).
    public var meanBlockDifference: Double
    /// The share of blocks that differ by more than ``blockThreshold`` (0…1).
    public var differingBlockShare: Double
    /// The largest block difference (0…1).
    public var largestBlockDifference: Double

    public var description: String {
        "size ±\(sizeDifference.width)×\(sizeDifference.height) px, mean block difference \(cFormat("%.4f", meanBlockDifference)), "
            + "\(cFormat("%.2f", differingBlockShare * 100))% of blocks differ, largest \(cFormat("%.3f", largestBlockDifference))"
    }
}
