/// The library's API speaks in FoundationEssentials' types (`URL`, `Data`,
/// `Date`), so importing TradeBrief brings them: a program (the CLI among
/// them) needs no import of its own, and none of Foundation, which would map
/// libFoundation, ICU and FoundationInternationalization (issue 20: 6.6 MB).
@_exported public import FoundationEssentials
