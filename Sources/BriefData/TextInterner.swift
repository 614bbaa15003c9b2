/// Distinct cell texts with small ids, where two texts get the same id exactly
/// when Swift's `String ==` says they are equal (canonical equivalence): what
/// a `Dictionary` or `Set` keyed by `String` would merge.
///
/// ASCII texts are looked up by their bytes (``ByteInterner``), so the common
/// case makes no `String`. A non-ASCII text equal to an ASCII one (only three
/// characters decompose to ASCII: U+037E GREEK QUESTION MARK to `;`, U+1FEF
/// GREEK VARIA to `` ` ``, U+212A KELVIN SIGN to `K`) is looked up by that
/// ASCII text; any other goes through a `[String: Int]`.
struct TextInterner {
    private var ascii = ByteInterner()
    /// The table id of each ASCII key, by its interner id.
    private var asciiIDs: [Int] = []
    /// The ASCII keys as strings, by interner id.
    private var asciiTexts: [String] = []
    private var others: [String: Int] = [:]
    /// The text each id was first looked up with.
    private(set) var names: [String] = []

    /// The number of distinct texts.
    var count: Int { names.count }

    /// The id of an ASCII text, and the text as a `String`; `bytes` must be ASCII.
    @inline(__always)
    mutating func lookUp(ascii bytes: UnsafeBufferPointer<UInt8>) -> (id: Int, text: String) {
        let (key, inserted) = ascii.intern(bytes)
        if inserted {
            let text = String(decoding: bytes, as: UTF8.self)
            asciiTexts.append(text)
            asciiIDs.append(names.count)
            names.append(text)
        }
        return (asciiIDs[key], asciiTexts[key])
    }

    /// The id of `text`.
    mutating func lookUp(_ text: String) -> Int {
        if let plain = Self.asciiEquivalent(text) {
            var copy = plain
            let (key, inserted) = copy.withUTF8 { ascii.intern($0) }
            if inserted {
                asciiTexts.append(plain)
                asciiIDs.append(names.count)
                names.append(text)
            }
            return asciiIDs[key]
        }
        if let id = others[text] { return id }
        let id = names.count
        others[text] = id
        names.append(text)
        return id
    }

    /// The ids here of `other`'s texts, by `other`'s id: each looked up (and
    /// added when new) in `other`'s id order, which is what looking up the
    /// texts of the rows `other` read, after the rows this one read, gives.
    mutating func ids(adding other: TextInterner) -> [Int] {
        other.names.map { lookUp($0) }
    }

    /// `text` itself when it is ASCII; the ASCII text equal to it under
    /// `String ==`, if any; otherwise nil.
    static func asciiEquivalent(_ text: String) -> String? {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0..<0x80: scalars.append(scalar)
            case 0x037E: scalars.append(";")
            case 0x1FEF: scalars.append("`")
            case 0x212A: scalars.append("K")
            default: return nil
            }
        }
        let plain = String(scalars)
        return plain == text ? plain : nil
    }
}
