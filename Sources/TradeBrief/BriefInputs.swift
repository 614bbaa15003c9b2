import BriefData
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// The dataset a brief is made from, the files it was read from (for the
/// manifest) and the warnings to show the user.
package struct BriefInputs: Sendable {
    /// One input file and its bytes.
    package struct File: Sendable {
        /// The path as the user gave it.
        package var path: String
        /// `dataset`, `investments` or `style`.
        package var role: String
        /// The bytes read.
        package var data: Data

        /// Creates a file entry.
        package init(path: String, role: String, data: Data) {
            self.path = path
            self.role = role
            self.data = data
        }
    }

    /// The dataset: the embedded figures, with the investments replaced when a CSV is given.
    package var dataset: Dataset
    /// Every file read.
    package var files: [File]
    /// Warnings about the input (unknown columns, duplicate rows…), located.
    package var warnings: [DataProblem]

    /// Reads a user's file: a regular file, or a pipe (`<(…)`, `/dev/stdin`), at most 256 MB.
    static func readInput(_ path: String) throws -> Data {
        let descriptor = try openInput(path)
        defer { close(descriptor) }
        // A regular file is read in one call into a buffer of its size (not
        // mapped: a file truncated while mapped would crash the reader);
        // anything else, or a file that cannot be read so, is read in chunks.
        if let attributes = try? FileManager.default.attributesOfItem(atPath: path),
           attributes[.type] as? FileAttributeType == .typeRegular, fileSize(attributes) > 0,
           let whole = try? Data(contentsOf: URL(fileURLWithPath: path)) {
            guard whole.count <= InvestmentCSV.maxBytes else { throw tooLarge(path) }
            return whole
        }
        let input = CSVFileInput(descriptor: descriptor, limit: InvestmentCSV.maxBytes)
        let data = input.readToEnd()
        if let failure = input.failure { throw readFailure(failure, path: path) }
        return data
    }

    /// The size in a FileManager attribute dictionary: a `UInt` from
    /// FoundationEssentials alone, an `NSNumber` (read as `Int`) when
    /// Foundation is loaded too (as in the tests); 0 if it is missing.
    private static func fileSize(_ attributes: [FileAttributeKey: Any]) -> Int {
        switch attributes[.size] {
        case let size as Int: size
        case let size as Int64: Int(size)
        case let size as UInt: Int(clamping: size)
        case let size as UInt64: Int(clamping: size)
        default: 0
        }
    }

    /// The embedded dataset, or the embedded indicators and text with the
    /// investments of `investmentsCSV` (the CSV's own sources replace the
    /// embedded investment sources: ``Dataset/withInvestments(from:file:)``).
    /// - Throws: ``TradeBriefError/data(_:)`` with every located problem.
    package static func load(investmentsCSV: String? = nil) throws -> BriefInputs {
        do {
            var dataset = try Dataset.embeddedDataset()
            var files = [File(path: "(embedded) \(Dataset.embeddedFileName)", role: "dataset", data: Data((Dataset.embeddedJSON ?? "").utf8))]
            var warnings: [DataProblem] = []
            if let path = investmentsCSV {
                let bytes = try readInput(path)
                let result = try InvestmentCSV.parse(bytes, file: path)
                dataset = dataset.withInvestments(from: result, file: path)
                let problems = dataset.validationProblems(file: path)
                guard problems.isEmpty else { throw DataError(problems: problems, warnings: result.warnings) }
                files.append(File(path: path, role: "investments", data: bytes))
                warnings = result.warnings
            }
            return BriefInputs(dataset: dataset, files: files, warnings: warnings)
        } catch {
            throw TradeBriefError.wrap(error)
        }
    }

    /// The totals by `key` of the investments in the CSV file at `path`, read
    /// in one pass that keeps running totals rather than the rows: the same
    /// checks, problems and warnings as ``load(investmentsCSV:)`` followed by
    /// `dataset.aggregate(by: key)`, and the same totals.
    /// - Throws: ``TradeBriefError/data(_:)`` with every located problem.
    package static func totals(investmentsCSV path: String, by key: AggregationKey) throws -> (aggregation: Aggregation, warnings: [DataProblem]) {
        let result = try checkedTotals(investmentsCSV: path, by: key)
        return (result.aggregation, result.warnings)
    }

    /// Checks the investments CSV at `path` as ``load(investmentsCSV:)`` does
    /// (the same problems and warnings) and totals it by `key`, reading the
    /// file a chunk at a time: memory does not grow with the rows, so a file
    /// of a million rows is checked in a few tens of megabytes.
    /// - Returns: the totals, the warnings, and how many investments and sectors the file has.
    /// - Throws: ``TradeBriefError/data(_:)`` with every located problem.
    package static func checkedTotals(investmentsCSV path: String, by key: AggregationKey) throws -> InvestmentCSVTotals {
        do {
            let descriptor = try openInput(path)
            defer { close(descriptor) }
            let input = CSVFileInput(descriptor: descriptor, limit: InvestmentCSV.maxBytes)
            let result: InvestmentCSVTotals
            do {
                result = try InvestmentCSV.totals(from: input, file: path, by: key)
            } catch {
                // A read that stopped early is what to report, not what the part read says.
                if let failure = input.failure { throw readFailure(failure, path: path) }
                throw error
            }
            if let failure = input.failure { throw readFailure(failure, path: path) }
            guard result.validationProblems.isEmpty else { throw DataError(problems: result.validationProblems, warnings: result.warnings) }
            return result
        } catch {
            throw TradeBriefError.wrap(error)
        }
    }

    /// The error for an input that could not be read to its end.
    private static func readFailure(_ failure: CSVFileInput.Failure, path: String) -> any Error {
        switch failure {
        case .tooLarge: tooLarge(path)
        case .unreadable(let reason): TradeBriefError.io(path: path, reason: "cannot read the file (\(reason))")
        }
    }

    /// The error for an input over ``InvestmentCSV/maxBytes``.
    private static func tooLarge(_ path: String) -> DataError {
        DataError(problems: [DataProblem(file: path, message: "the file is over the limit of \(InvestmentCSV.maxBytes) bytes (256 MB); split it or keep only the rows you need")])
    }

    /// Opens a user's file for reading (a regular file, or a pipe), with the
    /// checks of ``readInput(_:)``: its file descriptor, which the caller closes.
    static func openInput(_ path: String) throws -> Int32 {
        var isDirectory = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw TradeBriefError.io(path: path, reason: "no such file; check the path")
        }
        guard !isDirectory else {
            throw TradeBriefError.io(path: path, reason: "is a folder; give the path of a CSV file")
        }
        if let attributes = try? FileManager.default.attributesOfItem(atPath: path), fileSize(attributes) > InvestmentCSV.maxBytes {
            throw tooLarge(path)
        }
        let descriptor = CSVFileInput.open(path)
        guard descriptor >= 0 else {
            throw TradeBriefError.io(path: path, reason: "cannot open the file for reading; check its permissions")
        }
        return descriptor
    }
}
