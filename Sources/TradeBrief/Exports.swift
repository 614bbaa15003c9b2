// What `import TradeBrief` brings besides the facade's own types.
//
// The lower modules (BriefData, BriefRender, BriefCharts, BriefLayout,
// BriefStyle, BriefDocument) are not re-exported wholesale: their drawing
// and layout plumbing (`Color`, `Font`, `Point`, `Size`, `Rect`, `Chart`,
// `GraphicsContext`, `LayoutEngine`…) would clash with the names of a
// SwiftUI or Swift Charts app. Only the types a user names when using the
// facade are re-exported, one by one: the data model, the formats, the
// chart names and themes, the styles, and the errors. Their members
// (extensions in the lower modules included) come with them.
//
// `@_exported` is underscored but stable in practice and used widely
// (swift-nio, swift-syntax); Swift 6's `public import` does not re-export
// names to clients, so it cannot replace it here.

// The data model (BriefData).
@_exported import struct BriefData.AggregateRow
@_exported import struct BriefData.Aggregation
@_exported import enum BriefData.AggregationKey
@_exported import enum BriefData.BriefLanguage
@_exported import struct BriefData.Challenge
@_exported import struct BriefData.CooperationArea
@_exported import struct BriefData.DataError
@_exported import struct BriefData.DataProblem
@_exported import struct BriefData.Dataset
@_exported import struct BriefData.Indicator
@_exported import enum BriefData.IndicatorUnit
@_exported import struct BriefData.Investment
@_exported import struct BriefData.JointCommitment
@_exported import struct BriefData.Money
@_exported import enum BriefData.MoneyFormat
@_exported import struct BriefData.Source
@_exported import enum BriefData.SplitMethod
@_exported import struct BriefData.StateShare
@_exported import struct BriefData.USState

// Formats and render errors (BriefRender).
@_exported import enum BriefRender.OutputFormat
@_exported import enum BriefRender.SVGTextMode
@_exported import struct BriefRender.RenderError
@_exported import class BriefRender.Typesetter

// Chart names, looks and errors (BriefCharts).
@_exported import struct BriefCharts.ChartName
@_exported import struct BriefCharts.ChartTheme
@_exported import enum BriefCharts.ChartTitles
@_exported import enum BriefCharts.ChartError

// Styles (BriefStyle).
@_exported import struct BriefStyle.Style
@_exported import struct BriefStyle.StyleError
@_exported import struct BriefStyle.StyleProblem
@_exported import struct BriefStyle.StyleSummary

// A Markdown brief as parsed (BriefDocument): ``BriefProject/document``.
@_exported import struct BriefDocument.BriefDocument
