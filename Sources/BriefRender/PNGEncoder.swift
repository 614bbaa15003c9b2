import CCairo
import CZlib
import Foundation

/// Encodes a Cairo image surface as PNG, faster than Cairo's own writer:
/// opaque images become 8-bit RGB (a quarter smaller before compression),
/// every row uses the "Up" filter, and zlib runs at a low level, where
/// charts (large flat areas) compress almost as well as at the default.
enum PNGEncoder {
    /// The zlib level: 1 is fastest, 9 smallest.
    static let compressionLevel: Int32 = 2

    static func encode(_ surface: OpaquePointer) throws -> Data {
        cairo_surface_flush(surface)
        let width = Int(cairo_image_surface_get_width(surface))
        let height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard width > 0, height > 0, let pixels = cairo_image_surface_get_data(surface) else {
            throw RenderError(operation: "encoding the PNG", reason: "the image has no pixels")
        }
        // Cairo's ARGB32 is native-endian premultiplied: on little-endian machines B, G, R, A in memory.
        var opaque = true
        for y in 0..<height where opaque {
            let row = pixels.advanced(by: y * stride)
            for x in 0..<width where row[x * 4 + 3] != 255 {
                opaque = false
                break
            }
        }
        let channels = opaque ? 3 : 4
        let rowBytes = width * channels
        var raw = [UInt8](repeating: 0, count: (rowBytes + 1) * height)
        var previous = [UInt8](repeating: 0, count: rowBytes)
        var current = [UInt8](repeating: 0, count: rowBytes)
        for y in 0..<height {
            let row = pixels.advanced(by: y * stride)
            for x in 0..<width {
                let b = row[x * 4], g = row[x * 4 + 1], r = row[x * 4 + 2], a = row[x * 4 + 3]
                let o = x * channels
                if opaque {
                    current[o] = r
                    current[o + 1] = g
                    current[o + 2] = b
                } else if a == 0 {
                    current[o] = 0; current[o + 1] = 0; current[o + 2] = 0; current[o + 3] = 0
                } else {
                    // Un-premultiply, rounding like Cairo does.
                    let alpha = Int(a)
                    current[o] = UInt8((Int(r) * 255 + alpha / 2) / alpha)
                    current[o + 1] = UInt8((Int(g) * 255 + alpha / 2) / alpha)
                    current[o + 2] = UInt8((Int(b) * 255 + alpha / 2) / alpha)
                    current[o + 3] = a
                }
            }
            let base = y * (rowBytes + 1)
            raw[base] = 2 // the "Up" filter
            for i in 0..<rowBytes { raw[base + 1 + i] = current[i] &- previous[i] }
            swap(&previous, &current)
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
        var header = Data()
        header.appendBigEndian(UInt32(width))
        header.appendBigEndian(UInt32(height))
        header.append(contentsOf: [8, opaque ? 2 : 6, 0, 0, 0]) // 8 bits, RGB or RGBA, deflate, no interlace
        appendChunk("IHDR", header, to: &png)
        appendChunk("IDAT", Data(compressed[0..<Int(compressedLength)]), to: &png)
        appendChunk("IEND", Data(), to: &png)
        return png
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
