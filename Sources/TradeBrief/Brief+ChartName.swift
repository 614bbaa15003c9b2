import BriefCharts

extension Brief {
    /// One chart of the brief by its `ChartName`, ready to render alone: the
    /// same as ``chart(_:width:idPrefix:language:)-(String,_,_,_)`` with the name's text.
    ///
    /// ```swift
    /// let map = try brief.chart(.stateMap, idPrefix: "map1").render(.svg)
    /// for name in ChartName.allCases { try brief.chart(name).write(to: folder.appendingPathComponent("\(name).svg")) }
    /// ```
    /// - Throws: as ``chart(_:width:idPrefix:language:)-(String,_,_,_)``.
    public func chart(_ name: ChartName, width: Double = 504, idPrefix: String? = nil,
                      language: BriefLanguage = .english) throws(TradeBriefError) -> ChartRendering {
        try chart(name.rawValue, width: width, idPrefix: idPrefix, language: language)
    }

    /// One chart of the brief by its `ChartName`, titled as `titles` says:
    /// the same as ``chart(_:width:idPrefix:titles:language:)-(String,_,_,_,_)`` with the name's text.
    ///
    /// ```swift
    /// let chart = try brief.chart(.stateBars, titles: .takeaway)
    /// ```
    /// - Throws: as ``chart(_:width:idPrefix:language:)-(String,_,_,_)``.
    public func chart(_ name: ChartName, width: Double = 504, idPrefix: String? = nil, titles: ChartTitles,
                      language: BriefLanguage = .english) throws(TradeBriefError) -> ChartRendering {
        try chart(name.rawValue, width: width, idPrefix: idPrefix, titles: titles, language: language)
    }
}
