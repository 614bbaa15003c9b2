import Foundation

/// Dates as Cairo wants them in PDF metadata: ISO 8601 with separators, in UTC.
enum ISODate {
    /// `2025-04-23T00:00:00Z` for that instant.
    static func string(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
