import CCairo
import CZlib
import Foundation

/// Encodes a Cairo image surface as PNG, faster than Cairo's own writer:
/// opaque images become 8-bit RGB (a quarter smaller before compression),
/// rows are not filtered, and zlib runs at its fastest level. On a letter
/// page at 2× that is both quicker and smaller than the "Up" filter at
/// level 2 (Benchmarks/RESULTS.md, "page/encode only"): charts are large flat
/// areas, which deflate's own matching handles well without a filter.
enum PNGEncoder {
    /// The zlib level: 1 is fastest, 9 smallest.
    static let compressionLevel: Int32 = 1

    static func encode(_ surface: OpaquePointer) throws -> Data {
        cairo_surface_flush(surface)
        let width = Int(cairo_image_surface_get_width(surface))
        let height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard width > 0, height > 0, let pixels = cairo_image_surface_get_data(surface) else {
            throw RenderError(operation: "encoding the PNG", reason: "the image has no pixels")
        }
        let opaque = isOpaque(pixels, width: width, height: height, stride: stride)
        let channels = opaque ? 3 : 4
        let rowBytes = width * channels
        var raw = [UInt8](repeating: 0, count: (rowBytes + 1) * height)
        raw.withUnsafeMutableBufferPointer { buffer in
            guard let out = buffer.baseAddress else { return }
            for y in 0..<height {
                // Cairo's ARGB32 is native-endian premultiplied: on little-endian machines B, G, R, A in memory.
                let row = UnsafeRawPointer(pixels.advanced(by: y * stride)).assumingMemoryBound(to: UInt32.self)
                let line = out.advanced(by: y * (rowBytes + 1))
                line[0] = 0 // the "None" filter
                var o = 1
                if opaque {
                    for x in 0..<width {
                        let pixel = row[x]
                        line[o] = UInt8(truncatingIfNeeded: pixel >> 16)
                        line[o + 1] = UInt8(truncatingIfNeeded: pixel >> 8)
                        line[o + 2] = UInt8(truncatingIfNeeded: pixel)
                        o += 3
                    }
                } else {
                    for x in 0..<width {
                        let pixel = row[x]
                        let alpha = Int(pixel >> 24)
                        if alpha == 0 {
                            line[o] = 0; line[o + 1] = 0; line[o + 2] = 0; line[o + 3] = 0
                        } else {
                            // Un-premultiply, rounding like Cairo does.
                            line[o] = UInt8((Int((pixel >> 16) & 0xFF) * 255 + alpha / 2) / alpha)
                            line[o + 1] = UInt8((Int((pixel >> 8) & 0xFF) * 255 + alpha / 2) / alpha)
                            line[o + 2] = UInt8((Int(pixel & 0xFF) * 255 + alpha / 2) / alpha)
                            line[o + 3] = UInt8(alpha)
                        }
                        o += 4
                    }
                }
            }
        }
        var compressed = [UInt8](repeating: 0, count: Int(compressBound(uLong(raw.count))))
        var compressedLength = uLongf(compressed.count)
        let status = compressed.withUnsafeMutableBufferPointer { out in
            raw.withUnsafeBufferPointer { input in
                compress2(out.baseAddress, &compressedLength, input.baseAddress, uLong(input.count), compressionLevel)
            }
        }
        guard status == Z_OK else { throw RenderError(operation: "encoding the PNG", reason: "zlib status \(status)") }

        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        png.reserveCapacity(Int(compressedLength) + 64)
        var header = Data()
        header.appendBigEndian(UInt32(width))
        header.appendBigEndian(UInt32(height))
        header.append(contentsOf: [8, opaque ? 2 : 6, 0, 0, 0]) // 8 bits, RGB or RGBA, deflate, no interlace
        appendChunk("IHDR", header, to: &png)
        appendChunk("IDAT", Data(compressed[0..<Int(compressedLength)]), to: &png)
        appendChunk("IEND", Data(), to: &png)
        return png
    }

    /// Whether every pixel has full alpha.
    private static func isOpaque(_ pixels: UnsafeMutablePointer<UInt8>, width: Int, height: Int, stride: Int) -> Bool {
        for y in 0..<height {
            let row = UnsafeRawPointer(pixels.advanced(by: y * stride)).assumingMemoryBound(to: UInt32.self)
            var all: UInt32 = 0xFF00_0000
            for x in 0..<width { all &= row[x] }
            if all & 0xFF00_0000 != 0xFF00_0000 { return false }
        }
        return true
    }

    private static func appendChunk(_ type: String, _ body: Data, to png: inout Data) {
        png.appendBigEndian(UInt32(body.count))
        var chunk = Data(type.utf8)
        chunk.append(body)
        png.append(chunk)
        let crc = chunk.withUnsafeBytes { buffer in
            crc32(0, buffer.bindMemory(to: Bytef.self).baseAddress, uInt(buffer.count))
        }
        png.appendBigEndian(UInt32(crc))
    }
}

extension Data {
    mutating func appendBigEndian(_ value: UInt32) {
        append(contentsOf: [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)])
    }
}
