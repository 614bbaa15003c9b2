import BriefText
import FoundationEssentials

/// One of the 50 U.S. states or the District of Columbia.
public struct USState: Hashable, Sendable, Comparable {
    /// The USPS code, e.g. `GA`.
    public let code: String
    /// The full name, e.g. `Georgia`.
    public let name: String
    /// Column in the newsroom tile-grid map (0 = west).
    public let tileColumn: Int
    /// Row in the newsroom tile-grid map (0 = north).
    public let tileRow: Int

    public static func < (lhs: USState, rhs: USState) -> Bool { lhs.code < rhs.code }

    /// The 50 states and DC, sorted by code.
    public static let all: [USState] = [
        ("AK", "Alaska", 0, 0), ("AL", "Alabama", 6, 6), ("AR", "Arkansas", 4, 5), ("AZ", "Arizona", 1, 5),
        ("CA", "California", 0, 4), ("CO", "Colorado", 2, 4), ("CT", "Connecticut", 9, 3),
        ("DC", "District of Columbia", 8, 5), ("DE", "Delaware", 9, 4), ("FL", "Florida", 8, 7),
        ("GA", "Georgia", 7, 6), ("HI", "Hawaii", 0, 7), ("IA", "Iowa", 4, 3), ("ID", "Idaho", 1, 2),
        ("IL", "Illinois", 5, 2), ("IN", "Indiana", 5, 3), ("KS", "Kansas", 3, 5), ("KY", "Kentucky", 5, 4),
        ("LA", "Louisiana", 4, 6), ("MA", "Massachusetts", 10, 2), ("MD", "Maryland", 8, 4), ("ME", "Maine", 10, 0),
        ("MI", "Michigan", 7, 2), ("MN", "Minnesota", 4, 2), ("MO", "Missouri", 4, 4), ("MS", "Mississippi", 5, 6),
        ("MT", "Montana", 2, 2), ("NC", "North Carolina", 6, 5), ("ND", "North Dakota", 3, 2), ("NE", "Nebraska", 3, 4),
        ("NH", "New Hampshire", 10, 1), ("NJ", "New Jersey", 8, 3), ("NM", "New Mexico", 2, 5), ("NV", "Nevada", 1, 3),
        ("NY", "New York", 8, 2), ("OH", "Ohio", 6, 3), ("OK", "Oklahoma", 3, 6), ("OR", "Oregon", 0, 3),
        ("PA", "Pennsylvania", 7, 3), ("RI", "Rhode Island", 9, 2), ("SC", "South Carolina", 7, 5),
        ("SD", "South Dakota", 3, 3), ("TN", "Tennessee", 5, 5), ("TX", "Texas", 3, 7), ("UT", "Utah", 1, 4),
        ("VA", "Virginia", 7, 4), ("VT", "Vermont", 9, 1), ("WA", "Washington", 0, 2), ("WI", "Wisconsin", 6, 2),
        ("WV", "West Virginia", 6, 4), ("WY", "Wyoming", 2, 3),
    ].map { USState(code: $0.0, name: $0.1, tileColumn: $0.2, tileRow: $0.3) }

    private static let byKey: [String: USState] = {
        var table: [String: USState] = [:]
        for state in all {
            table[state.code.lowercased()] = state
            table[state.name.lowercased()] = state
        }
        table["washington dc"] = table["dc"]
        table["washington, d.c."] = table["dc"]
        return table
    }()

    /// The index in ``all`` of each two-letter code, by `(first − A) × 26 + (second − A)`; −1 for none.
    private static let indexByCode: [Int8] = {
        var table = [Int8](repeating: -1, count: 26 * 26)
        for (index, state) in all.enumerated() {
            let letters = Array(state.code.utf8)
            table[Int(letters[0] - 65) * 26 + Int(letters[1] - 65)] = Int8(index)
        }
        return table
    }()

    /// The index in ``all`` of the state whose USPS code is these two ASCII
    /// bytes, in any case (`GA`, `ga`, `Ga`); nil for anything else.
    @inline(__always)
    static func index(code first: UInt8, _ second: UInt8) -> Int? {
        let a = Int(first | 0x20) - 97, b = Int(second | 0x20) - 97
        guard a >= 0, a < 26, b >= 0, b < 26 else { return nil }
        let index = Int(indexByCode[a * 26 + b])
        return index < 0 ? nil : index
    }

    /// Finds a state by USPS code or full name, ignoring case and surrounding spaces.
    public static func named(_ text: String) -> USState? {
        // Quick path: exactly a code, in any case.
        if text.utf8.count == 2 {
            var copy = text
            let index = copy.withUTF8 { $0.count == 2 ? Self.index(code: $0[0], $0[1]) : nil }
            if let index { return all[index] }
        }
        let key = text.trimmingWhitespace().lowercased()
        if let state = byKey[key] { return state }
        // Collapse runs of inner spaces ("New  York").
        let collapsed = key.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        return byKey[collapsed]
    }
}
