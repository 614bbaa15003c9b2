import BriefData

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
}
