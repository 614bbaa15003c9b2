import BriefData

extension Investment {
    /// The sources its amount and where it lands rest on: the amount's, the
    /// location's, the split's and the joint partner's share.
    var amountSourceIDs: [String] {
        [source, locationSource, splitSource, joint?.source].compactMap { $0 }
    }

    /// ``amountSourceIDs`` and the source of the company's Korean name (shown in the table).
    var creditedSourceIDs: [String] {
        amountSourceIDs + [companyKoreanSource].compactMap { $0 }
    }
}
