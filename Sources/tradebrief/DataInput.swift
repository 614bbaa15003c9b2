import BriefData
import Foundation

/// The dataset a command works on, with the input files it was read from
/// (for the manifest).
struct DataInput {
    var dataset: Dataset
    var files: [(path: String, role: String, data: Data)]

    /// The dataset embedded in the binary.
    static func embedded() throws -> DataInput {
        let dataset = try Dataset.embedded()
        let bytes = Data((Dataset.embeddedJSON ?? "").utf8)
        return DataInput(dataset: dataset, files: [("(embedded) \(Dataset.embeddedFileName)", "dataset", bytes)])
    }
}
