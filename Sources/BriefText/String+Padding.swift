extension String {
    /// The text followed by spaces up to `length` UTF-16 code units, as
    /// Foundation's `padding(toLength: length, withPad: " ", startingAt: 0)`
    /// pads a shorter text. (A text already that long comes back whole,
    /// where Foundation would cut it.)
    public func paddedWithSpaces(toLength length: Int) -> String {
        self + String(repeating: " ", count: Swift.max(0, length - utf16.count))
    }
}
