import FoundationEssentials

/// A drawing recorded by tradebrief's SVG writer and not yet written out
/// (``ImageRenderer/recordSVG(typesetter:draw:)``).
///
/// Drawing reads Pango layouts and must stay on the typesetter's thread;
/// writing the recorded elements out as text is plain Swift on values that
/// nothing else holds, so a build writes its pages' SVG on a second thread
/// while it draws the PDF on the first (issue 20). That is why this type is
/// `@unchecked Sendable`: its device is reachable from this value only
/// (the context that drew into it is gone when recording returns) and
/// ``data()`` only reads it.
public struct PendingSVG: @unchecked Sendable {
    let device: SVGDevice
    let document: SVGDocument
    let prefix: SVGIDPrefix

    /// The SVG file's bytes: the same as ``ImageRenderer/render(_:typesetter:draw:)`` gives.
    public func data() -> Data {
        document.render(device, prefix: prefix)
    }
}
