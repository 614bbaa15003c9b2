/// Turns ISO dates (`2025-04-23`) into words (`23 April 2025`).
public enum DateText {
    /// The English month names.
    public static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]

    /// `23 April 2025` for `2025-04-23`; `April 2025` for `2025-04`; the input otherwise.
    public static func long(_ iso: String) -> String {
        let parts = iso.split(separator: "-").map(String.init)
        guard parts.count >= 2, let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month) else { return iso }
        if parts.count >= 3, let day = Int(parts[2].prefix(2)) { return "\(day) \(months[month - 1]) \(year)" }
        return "\(months[month - 1]) \(year)"
    }
}
