import FoundationEssentials

/// Cairo 1.16 writes dates given through `CAIRO_PDF_METADATA_CREATE_DATE` as
/// `(20250423000000Z)`, without the `D:` prefix the PDF specification asks
/// for; strict readers then ignore or misread them. This adds the prefix and
/// moves every cross-reference offset after it, so the file stays valid.
enum PDFDateFix {
    static func addPrefixes(_ pdf: Data) -> Data {
        let bytes = [UInt8](pdf)
        var insertions: [(position: Int, bytes: [UInt8])] = []
        for key in ["/CreationDate (", "/ModDate ("] {
            let pattern = Array(key.utf8)
            guard let start = PDFPatch.find(pattern, in: bytes) else { continue }
            let valueStart = start + pattern.count
            guard valueStart < bytes.count, bytes[valueStart] != UInt8(ascii: "D") else { continue }
            insertions.append((valueStart, Array("D:".utf8)))
        }
        guard !insertions.isEmpty, let fixed = PDFPatch.insert(insertions, into: bytes) else { return pdf }
        return Data(fixed)
    }
}
