import BriefLayout
import Foundation
import Testing
import TestSupport

/// Where ink is on a rendered page: pages drawn to grey images by
/// poppler's `pdftoppm` (an independent renderer), read row by row.
struct PageInk {
    /// Pixels per point of the images.
    static let scale = 40.0 / 72.0

    let width: Int
    let height: Int
    let pixels: [UInt8]

    /// Renders every page of `pdf` with `pdftoppm -gray` (``Checker``'s policy when poppler is missing).
    static func pages(of pdf: Data) throws -> [PageInk] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tradebrief-ink-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("page.pdf")
        try pdf.write(to: file)
        let result = try Checker.run("pdftoppm", ["-r", "40", "-gray", file.path, folder.appendingPathComponent("p").path])
        guard result.status == 0 else { throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "pdftoppm: \(result.stderr)"]) }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".pgm") }
            .sorted { (Int($0.dropFirst(2).dropLast(4)) ?? 0) < (Int($1.dropFirst(2).dropLast(4)) ?? 0) }
        return try names.compactMap { PageInk(pgm: try Data(contentsOf: folder.appendingPathComponent($0))) }
    }

    /// Reads a binary PGM (P5, 8 bits).
    init?(pgm data: Data) {
        let bytes = [UInt8](data)
        var fields: [Int] = []
        var index = 2
        guard bytes.starts(with: Array("P5".utf8)) else { return nil }
        while fields.count < 3, index < bytes.count {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 { index += 1 }
            var value = 0
            while index < bytes.count, (0x30...0x39).contains(bytes[index]) { value = value * 10 + Int(bytes[index] - 0x30); index += 1 }
            fields.append(value)
        }
        index += 1
        guard fields.count == 3, bytes.count >= index + fields[0] * fields[1] else { return nil }
        width = fields[0]
        height = fields[1]
        pixels = Array(bytes[index..<(index + width * height)])
    }

    /// The lowest row (in points from the page's top) with ink between
    /// `minX` and `maxX` and above `limit`, or nil when there is none.
    func lowestInk(minX: Double, maxX: Double, above limit: Double) -> Double? {
        let x0 = max(0, Int(minX * Self.scale)), x1 = min(width, Int(maxX * Self.scale))
        let last = min(height, Int(limit * Self.scale))
        for row in stride(from: last - 1, through: 0, by: -1) {
            let start = row * width
            if pixels[(start + x0)..<(start + x1)].contains(where: { $0 < 200 }) { return Double(row) / Self.scale }
        }
        return nil
    }

    /// The share of the text area below the lowest ink, averaged over the columns of `style`.
    func emptiness(style: LayoutStyle) -> Double {
        let area = style.textArea
        let shares = (0..<style.columns).map { column -> Double in
            let lane = style.columnFrame(column)
            let lowest = lowestInk(minX: lane.minX, maxX: lane.maxX, above: area.maxY) ?? area.minY
            return max(0, area.maxY - lowest) / area.height
        }
        return shares.reduce(0, +) / Double(shares.count)
    }
}
