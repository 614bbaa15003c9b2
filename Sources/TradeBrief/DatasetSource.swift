import BriefData
import FoundationEssentials

/// Where a brief's data comes from: the dataset embedded in the package, a
/// dataset JSON file, or a list of investments as CSV (a file or text).
///
/// With a CSV, the brief keeps the embedded indicators, text and sources and
/// takes its investments from the CSV (the format is the README's
/// "The investments CSV"). To build a dataset in code instead, use
/// ``Brief/init(dataset:style:)``.
///
/// ```swift
/// let brief = try Brief(.investmentsFile(URL(fileURLWithPath: "my-list.csv")))
/// let fromText = try Brief(.investmentsCSV("""
///     company,sector,states,amount_usd
///     Hanwha Q Cells,Solar,GA,2500M
///     """, name: "inline.csv"))
/// ```
public enum DatasetSource: Sendable, Hashable {
    /// The dataset that ships inside the package: the figures of the CSIS
    /// article (the default).
    ///
    /// ```swift
    /// let brief = try Brief(.embedded)   // the same as try Brief()
    /// ```
    case embedded
    /// A dataset JSON file, in the format of the embedded `dataset.json`
    /// (`Dataset` is `Codable`).
    ///
    /// ```swift
    /// let brief = try Brief(.datasetFile(URL(fileURLWithPath: "dataset.json")))
    /// ```
    case datasetFile(URL)
    /// The embedded figures with the investments of this CSV file.
    ///
    /// ```swift
    /// let brief = try Brief(.investmentsFile(URL(fileURLWithPath: "Examples/investments.csv")))
    /// ```
    case investmentsFile(URL)
    /// The embedded figures with the investments of this CSV text; `name`
    /// stands for the file in problem reports (`name:LINE:COLUMN: …`).
    ///
    /// ```swift
    /// let brief = try Brief(.investmentsCSV(csvText, name: "upload.csv"))
    /// ```
    case investmentsCSV(String, name: String = "investments.csv")

    /// Reads and checks the data: the dataset, the files read (for a
    /// manifest) and the warnings (unknown columns, duplicate rows).
    ///
    /// ```swift
    /// let inputs = try DatasetSource.investmentsFile(url).load()
    /// for warning in inputs.warnings { print("warning: \(warning)") }
    /// ```
    /// - Throws: ``TradeBriefError/data(_:)`` with every problem, located
    ///   (`FILE:LINE:COLUMN: column 'NAME': …`), or
    ///   ``TradeBriefError/io(path:reason:)`` for a file that cannot be read.
    package func load() throws(TradeBriefError) -> BriefInputs {
        do {
            switch self {
            case .embedded:
                return try BriefInputs.load()
            case .investmentsFile(let url):
                return try BriefInputs.load(investmentsCSV: url.path)
            case .datasetFile(let url):
                let bytes = try BriefInputs.readInput(url.path)
                let dataset = try Dataset.decodeDataset(bytes, file: url.path)
                return BriefInputs(dataset: dataset, files: [BriefInputs.File(path: url.path, role: "dataset", data: bytes)], warnings: [])
            case .investmentsCSV(let text, let name):
                return try Self.embedded(withInvestments: Data(text.utf8), file: name)
            }
        } catch {
            throw TradeBriefError.wrap(error)
        }
    }

    /// The embedded dataset with its investments replaced by those of a CSV
    /// held in memory; the same rules as `BriefInputs.load(investmentsCSV:)`.
    private static func embedded(withInvestments bytes: Data, file: String) throws -> BriefInputs {
        guard bytes.count <= InvestmentCSV.maxBytes else {
            throw DataError(problems: [DataProblem(file: file, message: "the CSV is over the limit of \(InvestmentCSV.maxBytes) bytes (256 MB); split it or keep only the rows you need")])
        }
        let result = try InvestmentCSV.parse(bytes, file: file)
        let dataset = try Dataset.embeddedDataset().withInvestments(from: result, file: file)
        let problems = dataset.validationProblems(file: file)
        guard problems.isEmpty else { throw DataError(problems: problems, warnings: result.warnings) }
        let files = [
            BriefInputs.File(path: "(embedded) \(Dataset.embeddedFileName)", role: "dataset", data: Data((Dataset.embeddedJSON ?? "").utf8)),
            BriefInputs.File(path: file, role: "investments", data: bytes),
        ]
        return BriefInputs(dataset: dataset, files: files, warnings: result.warnings)
    }
}
