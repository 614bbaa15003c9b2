import Foundation

/// Runs a checking tool from Debian's packages (pdfinfo, qpdf, rsvg-convert…)
/// on a file: an independent reader of what the render layer writes.
enum ExternalTool {
    struct Result {
        var status: Int32
        var output: String
    }

    /// Runs `tool` with `arguments`; nil when the tool is not installed.
    static func run(_ tool: String, _ arguments: [String]) throws -> Result? {
        guard let path = ["/usr/bin", "/usr/local/bin", "/bin"].map({ "\($0)/\(tool)" })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// Writes `data` to a fresh temporary file with `suffix` and returns its path.
    static func temporaryFile(_ data: Data, suffix: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tradebrief-test-\(UUID().uuidString)\(suffix)")
        try data.write(to: url)
        return url.path
    }
}
