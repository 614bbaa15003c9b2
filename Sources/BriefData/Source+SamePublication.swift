import BriefText

extension Source {
    /// Whether `other` (a CSV's source: its `source` text as publisher and
    /// title, its `url`) is this publication: the same address, and one of this
    /// source's names (its publisher, the short name a credit gives, its
    /// title), case and outer spaces aside. `CSIS` at the CSIS article's
    /// address is the article; `Yonhap` at that address, or `CSIS` at another,
    /// is not.
    public func isSamePublication(as other: Source) -> Bool {
        guard !url.isEmpty, url == other.url else { return false }
        func key(_ name: String) -> String { name.lowercased().trimmingWhitespace() }
        let name = key(other.publisher)
        return !name.isEmpty && [publisher, shortName, title].map(key).contains(name)
    }
}
