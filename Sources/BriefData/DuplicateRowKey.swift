/// What makes two rows of an investments CSV the same investment for the
/// repeated-row warning: the company and the project in lower case, compared
/// as `String ==` compares text (canonical equivalence), and the state codes
/// (sorted, so the order of states does not matter).
///
/// One value is reused row after row, so that the common case (ASCII names)
/// makes no allocation.
struct DuplicateRowKey: Equatable {
    /// When company and project are ASCII, or equal to ASCII text: the
    /// lower-case company, 0xFF, the lower-case project, 0xFF, the codes.
    /// Otherwise the codes alone.
    private var buffer = ByteBuffer(capacity: 64)
    /// The lower-case company and project, when they are not ASCII text.
    private(set) var texts: (company: String, project: String)?

    /// The key's bytes (see ``texts`` for the rest), valid until the next ``set(company:project:codes:)``.
    var bytes: UnsafeBufferPointer<UInt8> { buffer.bytes }

    /// Makes the key of a row.
    mutating func set(company: CellText, project: CellText, codes: [UInt8]) {
        // A copy keeps the bytes it had: write into a buffer of this key's own.
        if isKnownUniquelyReferenced(&buffer) { buffer.removeAll() } else { buffer = ByteBuffer(capacity: 64) }
        texts = nil
        if case .ascii(let companyBytes) = company, case .ascii(let projectBytes) = project {
            buffer.append(companyBytes, transform: Self.lowercased)
            buffer.append(0xFF)
            buffer.append(projectBytes, transform: Self.lowercased)
            buffer.append(0xFF)
        } else {
            let lowerCompany = CSVText.lowercased(company.string)
            let lowerProject = CSVText.lowercased(project.string)
            if var plainCompany = TextInterner.asciiEquivalent(lowerCompany), var plainProject = TextInterner.asciiEquivalent(lowerProject) {
                plainCompany.withUTF8 { buffer.append($0) }
                buffer.append(0xFF)
                plainProject.withUTF8 { buffer.append($0) }
                buffer.append(0xFF)
            } else {
                texts = (lowerCompany, lowerProject)
            }
        }
        codes.withUnsafeBufferPointer { buffer.append($0) }
    }

    /// An ASCII letter in lower case; any other byte as it is.
    @inline(__always)
    private static func lowercased(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    /// A 64-bit hash: equal keys have equal hashes (within one process).
    var hash: UInt64 {
        guard let texts else { return ByteInterner.hash(buffer.bytes) }
        var hasher = Hasher()
        hasher.combine(texts.company)
        hasher.combine(texts.project)
        hasher.combine(bytes: UnsafeRawBufferPointer(buffer.bytes))
        return UInt64(UInt(bitPattern: hasher.finalize()))
    }

    static func == (a: DuplicateRowKey, b: DuplicateRowKey) -> Bool {
        guard a.bytes.elementsEqual(b.bytes) else { return false }
        switch (a.texts, b.texts) {
        case (nil, nil): return true
        case let (x?, y?): return x.company == y.company && x.project == y.project
        default: return false
        }
    }
}
