import Dispatch
import Foundation
import Synchronization
import Testing
@testable import BriefRender

/// BriefRender links only FoundationEssentials (issue 20, memory): where it
/// replaced a Foundation call, it gives what Foundation gave, and its locks
/// still exclude.
@Suite struct RenderFoundationParityTests {
    /// Font family names: ASCII, Hangul, accented, with ß and ligatures
    /// (whose full case folding differs from lower-casing), quotes, digits.
    static let families = [
        "Noto Sans CJK KR", "noto sans cjk kr", "NOTO SANS CJK KR", "NanumGothic", "나눔고딕", "Straße", "STRASSE", "strasse",
        "Fira", "FIRA", "ﬁra", "Émile", "émile", "E\u{301}mile", "Font's Own", "3D Sans", "Sans_Serif", "Ünïcode", "Dotless İ", "dotless i",
    ]

    @Test("Duplicate families are dropped exactly where caseInsensitiveCompare finds them equal")
    func familyStackFoldsCaseAsFoundation() {
        for first in Self.families {
            for second in Self.families {
                let stack = SVGDevice.familyStack(requested: [first], used: [second])
                let kept = stack.split(separator: ",").count - 1
                let same = first.caseInsensitiveCompare(second) == .orderedSame
                #expect(kept == (same ? 1 : 2), "\(first) / \(second): \(stack)")
            }
        }
    }

    @Test("A family is quoted exactly where it has a scalar outside CharacterSet.alphanumerics, space and hyphen, or starts with a digit")
    func familyQuotingAsFoundation() {
        for family in Self.families {
            let stack = SVGDevice.familyStack(requested: [family], used: [])
            let plain = family.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || $0 == " " || $0 == "-" }
                && !(family.first?.isNumber ?? true)
            let expected = plain ? family : "'" + family.replacingOccurrences(of: "'", with: "") + "'"
            #expect(stack.hasPrefix(expected + ","), "\(family): \(stack)")
        }
    }

    @Test("Link and destination names are escaped as with replacingOccurrences", arguments: [
        "", "plain", "it's", "back\\slash", "\\'", "''\\\\", "한국's \\ name",
    ])
    func attributeEscapingAsFoundation(_ name: String) {
        let expected = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
        #expect(GraphicsContext.escapeAttribute(name) == expected)
    }

    @Test("LineBreakingLock lets one body run at a time, and is released when a body throws")
    func lineBreakingLockExcludes() throws {
        let inside = Atomic(0)
        let overlaps = Atomic(0)
        DispatchQueue.concurrentPerform(iterations: 64) { _ in
            LineBreakingLock.run {
                if inside.add(1, ordering: .sequentiallyConsistent).newValue > 1 { overlaps.add(1, ordering: .relaxed) }
                usleep(200) // widens the window in which a second body would overlap
                inside.subtract(1, ordering: .sequentiallyConsistent)
            }
        }
        #expect(overlaps.load(ordering: .relaxed) == 0)

        struct Thrown: Error {}
        #expect(throws: Thrown.self) { try LineBreakingLock.run { throw Thrown() } }
        // Still free: a second run on another thread finishes.
        let after = DispatchQueue.global().sync { LineBreakingLock.run { 42 } }
        #expect(after == 42)
    }
}
