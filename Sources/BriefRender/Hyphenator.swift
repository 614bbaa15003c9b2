import CHyphen
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Where English words may break with a hyphen, from the patterns of
/// libhyphen (the hyphenation library of LibreOffice; Debian's
/// `libhyphen-dev` with the `hyphen-en-us` patterns).
///
/// A hyphenator reads its patterns once (about 10 ms for the US English
/// ones); it may be shared between threads, as its calls into libhyphen
/// take turns. Every ``Typesetter`` of a process shares ``english``.
public final class Hyphenator: @unchecked Sendable {
    private let dictionary: UnsafeMutablePointer<HyphenDict>
    /// Serialises the calls into libhyphen.
    private let lock = Mutex(())

    /// Where Debian installs the US English patterns.
    public static let englishPatterns = "/usr/share/hyphen/hyph_en_US.dic"

    /// The US English patterns (``englishPatterns``), loaded on first use,
    /// once per process; nil when they are not installed.
    public static let english: Hyphenator? = Hyphenator()

    /// Loads the patterns at `path` (a libhyphen `.dic` file, UTF-8); nil
    /// when the file is missing or cannot be read.
    public init?(patterns path: String = Hyphenator.englishPatterns) {
        guard let dictionary = hnj_hyphen_load(path) else { return nil }
        self.dictionary = dictionary
    }

    deinit { hnj_hyphen_free(dictionary) }

    /// The places where `word` may break, as counts of characters before
    /// the break, keeping at least `leftMinimum` characters before a break
    /// and `rightMinimum` after it. Only words of ASCII letters are
    /// hyphenated; any other word gets none.
    public func breakPoints(in word: String, leftMinimum: Int = 3, rightMinimum: Int = 3) -> [Int] {
        let bytes = Array(word.lowercased().utf8)
        guard bytes.count >= leftMinimum + rightMinimum, bytes.allSatisfy({ (0x61...0x7A).contains($0) }) else { return [] }
        var hyphens = [CChar](repeating: 0, count: bytes.count + 5)
        var replacements: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        var positions: UnsafeMutablePointer<Int32>?
        var cuts: UnsafeMutablePointer<Int32>?
        // libhyphen calls strstr on the word, so it must end in a NUL even though its length is passed
        // (AddressSanitizer found the read past the end: `make sanitize`).
        let terminated = bytes + [0]
        let status = terminated.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { word in
                lock.withLock { _ in
                    hnj_hyphen_hyphenate3(dictionary, word.baseAddress, Int32(bytes.count), &hyphens, nil, &replacements, &positions, &cuts,
                                          Int32(leftMinimum), Int32(rightMinimum), Int32(leftMinimum), Int32(rightMinimum))
                }
            }
        }
        // Non-standard hyphenation (replacements) does not occur in English; free what libhyphen allocated.
        if let replacements {
            for index in 0..<bytes.count { free(replacements[index]) }
            free(replacements)
        }
        free(positions)
        free(cuts)
        guard status == 0 else { return [] }
        // An odd digit after byte i allows a break after it.
        return (0..<(bytes.count - 1)).filter { hyphens[$0] & 1 == 1 }.map { $0 + 1 }
            .filter { $0 >= leftMinimum && bytes.count - $0 >= rightMinimum }
    }

    /// `word` with a soft hyphen (U+00AD) at every place it may break.
    public func softHyphenated(_ word: String, leftMinimum: Int = 3, rightMinimum: Int = 3) -> String {
        let points = Set(breakPoints(in: word, leftMinimum: leftMinimum, rightMinimum: rightMinimum))
        guard !points.isEmpty else { return word }
        var result = ""
        for (index, character) in word.enumerated() {
            if points.contains(index) { result.append("\u{AD}") }
            result.append(character)
        }
        return result
    }
}
