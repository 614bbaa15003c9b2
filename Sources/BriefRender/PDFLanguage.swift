import FoundationEssentials

/// Writes the document's natural language into the PDF's catalog
/// (`/Lang (ko)`, ISO 32000-1 §14.9.2), which screen readers use to pick a
/// voice and which PDF/UA asks for. Cairo 1.16 has no API for it (its tags
/// take no `Lang`), so this is a post-pass over the finished bytes, the way
/// ``PDFDateFix`` adds the `D:` of dates: the entry goes right after
/// `/Type /Catalog`, and the cross-reference offsets move with it.
enum PDFLanguage {
    /// Whether `tag` is a plausible BCP 47 tag: ASCII letters, digits and
    /// `-`, at most 35 characters (so nothing can break out of the string).
    static func isValidTag(_ tag: String) -> Bool {
        !tag.isEmpty && tag.utf8.count <= 35
            && tag.utf8.allSatisfy { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || (0x30...0x39).contains($0) || $0 == 0x2D }
    }

    /// `pdf` with `/Lang (tag)` in its catalog; unchanged when the tag is not
    /// valid, the catalog already has a language, or the file is not laid
    /// out as Cairo writes it.
    static func add(_ tag: String, to pdf: Data) -> Data {
        guard isValidTag(tag) else { return pdf }
        let bytes = [UInt8](pdf)
        let catalog = Array("/Type /Catalog".utf8)
        guard let start = PDFPatch.find(catalog, in: bytes) else { return pdf }
        if let end = PDFPatch.find(Array(">>".utf8), in: bytes, from: start),
           PDFPatch.find(Array("/Lang".utf8), in: Array(bytes[start..<end])) != nil {
            return pdf
        }
        let entry = Array("\n   /Lang (\(tag))".utf8)
        guard let patched = PDFPatch.insert([(start + catalog.count, entry)], into: bytes) else { return pdf }
        return Data(patched)
    }
}
