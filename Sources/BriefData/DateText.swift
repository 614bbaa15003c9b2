/// Turns ISO dates (`2025-04-23`) into words (`23 April 2025`).
public enum DateText {
    /// The English month names.
    public static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]

    /// Whether `text` is written like an ISO date: it starts with digits and
    /// a hyphen (`2025-04-23`, `2025-13-45`, `2025-02-30T00:00`, `99999999-1`),
    /// so that it must be a real one (``isCalendarDate(_:)``), not free text
    /// (`Spring 2025`, `2025 annual review`), which is printed as written.
    public static func looksLikeISODate(_ text: String) -> Bool {
        let digits = text.utf8.prefix { $0 >= 0x30 && $0 <= 0x39 }.count
        return digits > 0 && text.utf8.dropFirst(digits).first == 0x2D
    }

    /// Whether `text` is a date of the calendar written `YYYY-MM-DD`, or a
    /// month written `YYYY-MM`, with a year from 1000 to 9999.
    public static func isCalendarDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              let year = Int(parts[0]), (1000...9999).contains(year), let month = Int(parts[1]), (1...12).contains(month) else { return false }
        guard parts.count == 3 else { return true }
        guard let day = Int(parts[2]) else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }

    /// `23 April 2025` for `2025-04-23`; `April 2025` for `2025-04`; the input otherwise.
    public static func long(_ iso: String) -> String {
        let parts = iso.split(separator: "-").map(String.init)
        guard parts.count >= 2, let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month) else { return iso }
        if parts.count >= 3, let day = Int(parts[2].prefix(2)) { return "\(day) \(months[month - 1]) \(year)" }
        return "\(months[month - 1]) \(year)"
    }
}
