import BriefRender

extension Chart {
    /// The chart's natural size at `width`: that width and its preferred height.
    public func preferredSize(width: Double, typesetter: Typesetter) -> Size {
        Size(width: width, height: preferredHeight(width: width, typesetter: typesetter))
    }
}
