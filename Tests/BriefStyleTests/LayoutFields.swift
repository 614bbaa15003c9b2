import BriefLayout

/// Every stored field of a layout style as text (doubles print exactly), so
/// that two styles can be compared field by field: `LayoutStyle` is not `Equatable`.
func layoutFields(_ style: LayoutStyle) -> [String] {
    [
        "pageSize=\(style.pageSize)", "marginTop=\(style.marginTop)", "marginBottom=\(style.marginBottom)",
        "marginLeft=\(style.marginLeft)", "marginRight=\(style.marginRight)", "columns=\(style.columns)",
        "gutter=\(style.gutter)", "bodyFamily=\(style.bodyFamily)", "headingFamily=\(style.headingFamily)",
        "bodySize=\(style.bodySize)", "lineSpacing=\(style.lineSpacing)", "titleSize=\(style.titleSize)",
        "headingSizes=\(style.headingSizes)", "smallSize=\(style.smallSize)",
        "paragraphSpacing=\(style.paragraphSpacing)", "text=\(style.text)", "muted=\(style.muted)",
        "accent=\(style.accent)", "rule=\(style.rule)", "zebra=\(style.zebra)",
        "titleWeight=\(style.titleWeight)", "headingWeight=\(style.headingWeight)", "bodyWeight=\(style.bodyWeight)",
        "captionWeight=\(style.captionWeight)",
    ]
}
