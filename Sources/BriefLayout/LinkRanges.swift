/// Moves link ranges from the text as written to the text as laid out,
/// which may differ by the soft hyphens (U+00AD) line breaking inserts and
/// the no-break spaces (U+00A0) that keep an amount with its unit.
enum LinkRanges {
    /// `links`, whose ranges are UTF-8 offsets in `original`, as offsets in `laidOut`.
    static func remap(_ links: [InlineLink], from original: String, to laidOut: String) -> [InlineLink] {
        guard !links.isEmpty, original != laidOut else { return links }
        // offsets[i] = the laid-out offset of the original's UTF-8 offset i.
        var offsets: [Int] = []
        offsets.reserveCapacity(original.utf8.count + 1)
        var laid = Array(laidOut.unicodeScalars)[...]
        var laidOffset = 0
        for scalar in original.unicodeScalars {
            while let next = laid.first, next != scalar, next == "\u{AD}" {
                laidOffset += 2
                laid = laid.dropFirst()
            }
            let width = laid.first.map { String($0).utf8.count } ?? 0
            for _ in 0..<String(scalar).utf8.count { offsets.append(laidOffset) }
            laidOffset += width
            laid = laid.dropFirst()
        }
        offsets.append(laidOffset)
        return links.map { link in
            let lower = offsets[min(link.range.lowerBound, offsets.count - 1)]
            let upper = offsets[min(link.range.upperBound, offsets.count - 1)]
            return InlineLink(range: lower..<max(lower, upper), target: link.target)
        }
    }
}
