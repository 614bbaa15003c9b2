import Foundation
import TradeBrief

/// The creation date written into outputs: `SOURCE_DATE_EPOCH` when set
/// (reproducible builds), otherwise nil so that Cairo stamps the current time.
enum BuildClock {
    static func creationDate(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        guard let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int64(text), seconds >= 0 else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }
}
