import BriefRender

/// A checked value of one style key.
enum StyleValue: Hashable, Sendable {
    /// One line of text: a description, an `extends` reference, a family, a symbol.
    case text(String)
    /// A number (sizes, margins, factors).
    case number(Double)
    /// A whole number (columns).
    case integer(Int)
    /// On or off.
    case flag(Bool)
    /// A colour.
    case color(Color)
    /// A list of colours (lists replace whole when a style extends another).
    case colors([Color])
    /// A font weight.
    case weight(FontWeight)

    /// The text, if this is text.
    var text: String? { if case .text(let value) = self { value } else { nil } }
    /// The number, if this is a number or a whole number.
    var number: Double? {
        switch self {
        case .number(let value): value
        case .integer(let value): Double(value)
        default: nil
        }
    }
    /// The whole number, if this is one.
    var integer: Int? { if case .integer(let value) = self { value } else { nil } }
    /// The flag, if this is one.
    var flag: Bool? { if case .flag(let value) = self { value } else { nil } }
    /// The colour, if this is one.
    var color: Color? { if case .color(let value) = self { value } else { nil } }
    /// The colours, if this is a list of them.
    var colors: [Color]? { if case .colors(let value) = self { value } else { nil } }
    /// The weight, if this is one.
    var weight: FontWeight? { if case .weight(let value) = self { value } else { nil } }
}
