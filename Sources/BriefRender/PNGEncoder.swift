import CCairo
import CZlib
import Dispatch
import FoundationEssentials
import Synchronization

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
        let compressed = try deflate(raw, rowBytes: rowBytes + 1)

        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        png.reserveCapacity(compressed.count + 64)
        var header = Data()
        header.appendBigEndian(UInt32(width))
        header.appendBigEndian(UInt32(height))
        header.append(contentsOf: [8, opaque ? 2 : 6, 0, 0, 0]) // 8 bits, RGB or RGBA, deflate, no interlace
        appendChunk("IHDR", header, to: &png)
        appendChunk("IDAT", compressed, to: &png)
        appendChunk("IEND", Data(), to: &png)
        return png
    }

    /// Rows per deflate chunk are chosen so that a chunk holds about this many bytes.
    static let chunkBytes = 1 << 20

    /// `raw` as a zlib stream, deflated in chunks of whole rows (about
    /// ``chunkBytes`` each) on all cores: each chunk is an independent raw
    /// deflate stream ended by a full flush (the last one by the final
    /// block), so they join into one valid stream, as pigz does. The chunks
    /// depend only on the image size, never on the number of cores, so the
    /// bytes are the same on every machine. (A chunk starts with an empty
    /// window; at 1 MB that costs well under 1 % in size.)
    static func deflate(_ raw: [UInt8], rowBytes: Int) throws -> Data {
        let rowsPerChunk = max(1, chunkBytes / max(1, rowBytes))
        let chunkLength = rowsPerChunk * rowBytes
        let count = max(1, (raw.count + chunkLength - 1) / chunkLength)
        let parts = ChunkResults(count: count)
        raw.withUnsafeBufferPointer { input in
            // The workers only read the buffer, which outlives them; passed as an address.
            guard let address = input.baseAddress.map(UInt.init(bitPattern:)) else { return }
            let total = input.count
            DispatchQueue.concurrentPerform(iterations: count) { index in
                let start = index * chunkLength
                guard let base = UnsafePointer<UInt8>(bitPattern: address) else { return }
                parts.set(index, deflateChunk(base.advanced(by: start), length: min(chunkLength, total - start), last: index == count - 1))
            }
        }
        var out = Data([0x78, 0x01]) // zlib header: deflate, 32 KB window, fastest level
        var adler = adler32(0, nil, 0)
        for index in 0..<count {
            guard let part = parts.get(index) else {
                throw RenderError(operation: "encoding the PNG", reason: "zlib could not compress part \(index + 1) of \(count)")
            }
            out.append(part.bytes)
            adler = adler32_combine(adler, part.adler, part.length)
        }
        out.appendBigEndian(UInt32(truncatingIfNeeded: adler))
        return out
    }

    /// One chunk as raw deflate data, with its Adler-32 and length; nil when zlib fails.
    private static func deflateChunk(_ input: UnsafePointer<UInt8>, length: Int, last: Bool) -> DeflatedChunk? {
        var stream = z_stream()
        guard tradebrief_deflate_init_raw(&stream, compressionLevel) == Z_OK else { return nil }
        defer { deflateEnd(&stream) }
        let bound = Int(deflateBound(&stream, uLong(length))) + 16
        var output = [UInt8](repeating: 0, count: bound)
        let status = output.withUnsafeMutableBufferPointer { out -> Int32 in
            stream.next_in = UnsafeMutablePointer(mutating: input)
            stream.avail_in = uInt(length)
            stream.next_out = out.baseAddress
            stream.avail_out = uInt(out.count)
            return CZlib.deflate(&stream, last ? Z_FINISH : Z_FULL_FLUSH)
        }
        guard status == (last ? Z_STREAM_END : Z_OK), stream.avail_in == 0 else { return nil }
        let produced = bound - Int(stream.avail_out)
        return DeflatedChunk(bytes: Data(output[0..<produced]), adler: adler32(adler32(0, nil, 0), input, uInt(length)),
                             length: off_t(length))
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

extension PNGEncoder {
    /// A chunk of a PNG's image data, deflated.
    struct DeflatedChunk {
        var bytes: Data
        var adler: uLong
        var length: off_t
    }

    /// The chunks' results, filled in by concurrent workers, one slot each.
    final class ChunkResults: Sendable {
        private let slots: Mutex<[DeflatedChunk?]>

        init(count: Int) { slots = Mutex(Array(repeating: nil, count: count)) }

        func set(_ index: Int, _ chunk: DeflatedChunk?) {
            slots.withLock { $0[index] = chunk }
        }

        func get(_ index: Int) -> DeflatedChunk? {
            slots.withLock { $0[index] }
        }
    }
}

extension Data {
    mutating func appendBigEndian(_ value: UInt32) {
        append(contentsOf: [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)])
    }
}
