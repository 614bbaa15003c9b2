import TradeBrief

/// The creation date written into outputs: `SOURCE_DATE_EPOCH` when set
/// (reproducible builds), otherwise nil so that the current time is stamped.
enum BuildClock {
    static func creationDate(environment: [String: String] = ProcessInfo.processInfo.environment) -> Date? {
        guard let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int64(text), seconds >= 0 else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }
}
