import BriefData
import FoundationEssentials

extension Dataset {
    /// The dataset that ships inside the package: the figures of the CSIS
    /// article, which the default brief is written from.
    ///
    /// ```swift
    /// do throws(TradeBriefError) {
    ///     var dataset = try Dataset.embedded()
    ///     dataset.investments.removeAll { $0.sector == "Solar" }
    ///     let pdf = try Brief(dataset: dataset).render(.pdf)
    /// } catch {
    ///     print(error.description)
    /// }
    /// ```
    /// - Throws: ``TradeBriefError/data(_:)`` if the embedded file is broken (a defect of the build).
    public static func embedded() throws(TradeBriefError) -> Dataset {
        do {
            return try embeddedDataset()
        } catch {
            throw .data(error)
        }
    }

    /// Reads and checks a dataset JSON file (the format of the embedded
    /// `dataset.json`); `displayName` names it in messages instead of its path.
    /// - Throws: ``TradeBriefError/data(_:)`` with every problem found, located.
    public static func load(from url: URL, displayName: String? = nil) throws(TradeBriefError) -> Dataset {
        do {
            return try loadDataset(from: url, displayName: displayName)
        } catch {
            throw .data(error)
        }
    }

    /// Decodes and checks a dataset from JSON bytes; `file` names it in messages.
    /// - Throws: ``TradeBriefError/data(_:)`` with every problem found, located.
    public static func decode(_ data: Data, file: String) throws(TradeBriefError) -> Dataset {
        do {
            return try decodeDataset(data, file: file)
        } catch {
            throw .data(error)
        }
    }
}
