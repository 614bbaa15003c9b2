import Foundation

/// Fresh temporary files and folders for tests, removed by the caller.
public enum TemporaryItems {
    /// A fresh, empty folder whose name starts with `prefix`.
    public static func folder(_ prefix: String = "tradebrief-test") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `data` to a fresh file whose name ends with `suffix` and returns its path.
    public static func file(_ data: Data, suffix: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tradebrief-test-\(UUID().uuidString)\(suffix)")
        try data.write(to: url)
        return url.path
    }

    /// Writes `data` to a fresh file whose name ends with `suffix`, calls
    /// `body` with its path, then removes it (and `body`'s `PATH.png`-style
    /// companions are the caller's to remove).
    public static func withFile<T>(_ data: Data, suffix: String, _ body: (String) throws -> T) throws -> T {
        let path = try file(data, suffix: suffix)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try body(path)
    }
}
