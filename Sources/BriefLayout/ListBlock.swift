/// A bulleted or numbered list, possibly nested.
public struct ListBlock: Sendable {
    /// One entry of a list.
    public struct Item: Sendable {
        /// What marks it: `•`, `–`, `1.`, `a.`.
        public var marker: String
        /// Its text.
        public var text: RichText
        /// How deep it is nested: 0 at the top.
        public var level: Int

        /// Creates an item.
        public init(marker: String, text: RichText, level: Int = 0) {
            self.marker = marker
            self.text = text
            self.level = max(0, level)
        }
    }

    /// The items in reading order (nested items follow their parent).
    public var items: [Item]

    /// Creates a list.
    public init(items: [Item]) { self.items = items }
}
