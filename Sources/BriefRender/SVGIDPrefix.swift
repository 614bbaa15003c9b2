/// How the ids inside an SVG are prefixed, so that several SVGs can be
/// inlined in one HTML page without two elements sharing an id.
public enum SVGIDPrefix: Hashable, Sendable {
    /// Exactly this prefix (e.g. from `--id-prefix`).
    case fixed(String)
    /// This base, a hyphen and a short hash of the drawing (`tb-state-map-1f3a9c0e`):
    /// the same drawing always gets the same ids, a different one (other
    /// data, style or size) different ids.
    case derived(String)

    /// Whether `prefix` can be used in ids: an ASCII letter, then ASCII letters, digits, `-` or `_`.
    public static func isValid(_ prefix: String) -> Bool { SVGFinisher.isValidPrefix(prefix) }
}
