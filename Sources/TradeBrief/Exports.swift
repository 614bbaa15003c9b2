// One import for users of the library.
//
// `import TradeBrief` makes the types of the lower modules visible too, because
// the facade's public signatures are made of them: a `Dataset` and its
// `Investment`s (BriefData), a `Style` (BriefStyle), an `OutputFormat`
// (BriefRender), a `Chart` and its `ChartTheme` (BriefCharts), a Markdown
// `BriefDocument` (BriefDocument), and the
// `LayoutStyle` that `BriefBuilder` takes (BriefLayout).
//
// Re-exporting rather than wrapping: these modules are already small,
// documented libraries with value types; wrapping them would double the API
// (a second `Dataset`, a second `Investment`…) and the conversions between
// the two, for no gain to a user. `@_exported` is underscored but stable in
// practice and used widely (swift-nio, swift-syntax); Swift 6's `public import`
// does not re-export names to clients, so it cannot replace it here.
@_exported import BriefCharts
@_exported import BriefData
@_exported import BriefDocument
@_exported import BriefLayout
@_exported import BriefRender
@_exported import BriefStyle
