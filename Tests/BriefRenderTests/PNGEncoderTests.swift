import BriefRender
import Foundation
import Testing
import TestSupport

@Suite("PNG encoding")
struct PNGEncoderTests {
    let typesetter = Typesetter()

    /// Decodes a PNG with Python's zlib (an independent reader, with all five
    /// row filters of the PNG specification) and returns
    /// "colour type;R,G,B[,A] of pixel (x, y)".
    func pixel(_ png: Data, x: Int, y: Int) throws -> String {
        let path = try TemporaryItems.file(png, suffix: ".png")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let script = """
        import struct, zlib, sys
        d = open(sys.argv[1], 'rb').read()
        assert d[:8] == b'\\x89PNG\\r\\n\\x1a\\n'
        pos, idat, ihdr = 8, b'', None
        while pos < len(d):
            n, = struct.unpack('>I', d[pos:pos+4]); t = d[pos+4:pos+8]; body = d[pos+8:pos+8+n]
            crc, = struct.unpack('>I', d[pos+8+n:pos+12+n]); assert crc == zlib.crc32(t + body)
            if t == b'IHDR': ihdr = struct.unpack('>IIBBBBB', body)
            if t == b'IDAT': idat += body
            pos += 12 + n
        w, h, depth, ctype = ihdr[:4]; ch = 3 if ctype == 2 else 4
        raw = zlib.decompress(idat); stride = w * ch; rows = []; prev = bytearray(stride)
        def paeth(a, b, c):
            p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            return a if pa <= pb and pa <= pc else (b if pb <= pc else c)
        for r in range(h):
            f = raw[r*(stride+1)]; line = bytearray(raw[r*(stride+1)+1:(r+1)*(stride+1)])
            assert f <= 4, 'filter type %d' % f
            for i in (range(stride) if f else ()):
                a = line[i-ch] if i >= ch else 0; b = prev[i]; c = prev[i-ch] if i >= ch else 0
                line[i] = (line[i] + (0, a, b, (a + b) // 2, paeth(a, b, c))[f]) & 255
            rows.append(line); prev = line
        x, y = int(sys.argv[2]), int(sys.argv[3])
        print(str(ctype) + ';' + ','.join(str(v) for v in rows[y][x*ch:(x+1)*ch]))
        """
        let result = try Checker.run("python3", ["-c", script, path, String(x), String(y)])
        #expect(result.status == 0, "\(result.output)")
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test("An opaque image is RGB with exact colours")
    func opaque() throws {
        let png = try ImageRenderer(size: Size(width: 4, height: 2), pngScale: 1, background: .white).render(.png, typesetter: typesetter) { context in
            context.fill(Rect(x: 0, y: 0, width: 2, height: 2), color: Color(hex: "#0072B2") ?? .black)
        }
        #expect(try pixel(png, x: 0, y: 1) == "2;0,114,178")
        #expect(try pixel(png, x: 3, y: 0) == "2;255,255,255")
    }

    @Test("A transparent image keeps its alpha, un-premultiplied")
    func transparent() throws {
        let png = try ImageRenderer(size: Size(width: 4, height: 2), pngScale: 1, background: nil).render(.png, typesetter: typesetter) { context in
            context.fill(Rect(x: 0, y: 0, width: 2, height: 2), color: Color(red: 1, green: 0, blue: 0, alpha: 0.5))
        }
        let value = try pixel(png, x: 1, y: 1).split(separator: ";")
        #expect(value.first == "6")
        let channels = value.last?.split(separator: ",").compactMap { Int($0) } ?? []
        try #require(channels.count == 4)
        #expect(channels[0] == 255 && channels[1] == 0 && channels[2] == 0)
        #expect(abs(channels[3] - 128) <= 1)
        #expect(try pixel(png, x: 3, y: 0) == "6;0,0,0,0")
    }

    @Test("A large image is deflated in several chunks that join into one stream with the right Adler-32")
    func chunked() throws {
        // 1500 × 1000 RGB: 4,501 bytes a row, so about five 1 MB chunks.
        let png = try ImageRenderer(size: Size(width: 1500, height: 1000), pngScale: 1, background: .white).render(.png, typesetter: typesetter) { context in
            context.fill(Rect(x: 0, y: 990, width: 10, height: 10), color: Color(hex: "#0072B2") ?? .black)
            context.fill(Rect(x: 1490, y: 0, width: 10, height: 10), color: Color(hex: "#D55E00") ?? .black)
        }
        // Python's zlib.decompress checks the stream and its Adler-32 trailer.
        #expect(try pixel(png, x: 5, y: 995) == "2;0,114,178")
        #expect(try pixel(png, x: 1495, y: 5) == "2;213,94,0")
        #expect(try pixel(png, x: 700, y: 500) == "2;255,255,255")
    }
}
