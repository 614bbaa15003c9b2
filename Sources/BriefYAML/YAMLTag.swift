/// A YAML tag by its full name, like `tag:yaml.org,2002:str` (written `!!str`).
public struct YAMLTag: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The full name.
    public var rawValue: String

    /// Creates a tag from its full name.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The full name.
    public var description: String { rawValue }

    /// `!`: the non-specific tag, which makes a scalar a string, a list a
    /// sequence and a mapping a map.
    public static let nonSpecific = YAMLTag(rawValue: "!")
    /// Text.
    public static let str = YAMLTag(rawValue: "tag:yaml.org,2002:str")
    /// A list.
    public static let seq = YAMLTag(rawValue: "tag:yaml.org,2002:seq")
    /// A mapping.
    public static let map = YAMLTag(rawValue: "tag:yaml.org,2002:map")
    /// Nothing (`~`, `null`, an empty value).
    public static let null = YAMLTag(rawValue: "tag:yaml.org,2002:null")
    /// true or false (YAML 1.1 also reads yes, no, on and off).
    public static let bool = YAMLTag(rawValue: "tag:yaml.org,2002:bool")
    /// A whole number.
    public static let int = YAMLTag(rawValue: "tag:yaml.org,2002:int")
    /// A floating-point number.
    public static let float = YAMLTag(rawValue: "tag:yaml.org,2002:float")
    /// `<<`, the merge key.
    public static let merge = YAMLTag(rawValue: "tag:yaml.org,2002:merge")
    /// A date, or a date and time.
    public static let timestamp = YAMLTag(rawValue: "tag:yaml.org,2002:timestamp")
    /// `=`, the value key.
    public static let value = YAMLTag(rawValue: "tag:yaml.org,2002:value")
}
