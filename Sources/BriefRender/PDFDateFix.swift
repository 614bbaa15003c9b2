import Foundation

/// Cairo 1.16 writes dates given through `CAIRO_PDF_METADATA_CREATE_DATE` as
/// `(20250423000000Z)`, without the `D:` prefix the PDF specification asks
/// for; strict readers then ignore or misread them. This adds the prefix and
/// moves every cross-reference offset after it, so the file stays valid.
enum PDFDateFix {
    static func addPrefixes(_ pdf: Data) -> Data {
        var bytes = [UInt8](pdf)
        var insertions: [Int] = []
        for key in ["/CreationDate (", "/ModDate ("] {
            let pattern = Array(key.utf8)
            guard let start = find(pattern, in: bytes, from: 0) else { continue }
            let valueStart = start + pattern.count
            guard valueStart < bytes.count, bytes[valueStart] != UInt8(ascii: "D") else { continue }
            insertions.append(valueStart)
        }
        guard !insertions.isEmpty else { return pdf }
        insertions.sort()
        for position in insertions.reversed() { bytes.insert(contentsOf: Array("D:".utf8), at: position) }
        func shifted(_ offset: Int) -> Int { offset + 2 * insertions.filter { $0 < offset }.count }

        // Rewrite the classic xref table's 20-byte entries and startxref.
        guard let xref = findLast(Array("\nxref\n".utf8), in: bytes) else { return pdf }
        var cursor = xref + 6
        guard let headerEnd = bytes[cursor...].firstIndex(of: 0x0A) else { return pdf }
        let header = String(decoding: bytes[cursor..<headerEnd], as: UTF8.self).split(separator: " ")
        guard header.count == 2, let count = Int(header[1]) else { return pdf }
        cursor = headerEnd + 1
        for _ in 0..<count {
            guard cursor + 20 <= bytes.count, let offset = Int(String(decoding: bytes[cursor..<cursor + 10], as: UTF8.self)) else { return pdf }
            if bytes[cursor + 17] == UInt8(ascii: "n") {
                let text = String(format: "%010d", shifted(offset))
                bytes.replaceSubrange(cursor..<cursor + 10, with: Array(text.utf8))
            }
            cursor += 20
        }
        guard let startxref = findLast(Array("startxref\n".utf8), in: bytes) else { return pdf }
        let numberStart = startxref + 10
        guard let numberEnd = bytes[numberStart...].firstIndex(of: 0x0A),
              let old = Int(String(decoding: bytes[numberStart..<numberEnd], as: UTF8.self)) else { return pdf }
        bytes.replaceSubrange(numberStart..<numberEnd, with: Array(String(shifted(old)).utf8))
        return Data(bytes)
    }

    private static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard pattern.count <= bytes.count else { return nil }
        var index = start
        while index <= bytes.count - pattern.count {
            if bytes[index] == pattern[0], Array(bytes[index..<index + pattern.count]) == pattern { return index }
            index += 1
        }
        return nil
    }

    private static func findLast(_ pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard pattern.count <= bytes.count else { return nil }
        var index = bytes.count - pattern.count
        while index >= 0 {
            if bytes[index] == pattern[0], Array(bytes[index..<index + pattern.count]) == pattern { return index }
            index -= 1
        }
        return nil
    }
}
