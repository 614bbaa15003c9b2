import FoundationEssentials

/// An amount of U.S. dollars held exactly, in whole cents, so that sums
/// reconcile to the cent.
public struct Money: Hashable, Comparable, Sendable, Codable {
    /// The amount in cents.
    public var cents: Int64

    /// Creates an amount from cents.
    public init(cents: Int64) { self.cents = cents }

    /// Creates an amount from a whole number of dollars.
    public init(wholeDollars: Int64) { cents = wholeDollars * 100 }

    /// Creates an amount from an exact decimal number of dollars, rounded to the cent.
    public init(dollars: Decimal) {
        cents = (dollars * 100).roundedInt64(.plain)
    }

    /// The amount in dollars, as a floating-point number for drawing (never for sums).
    public var dollars: Double { Double(cents) / 100 }

    /// Zero dollars.
    public static let zero = Money(cents: 0)

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }

    /// Adds two amounts.
    public static func + (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents &+ rhs.cents) }

    /// Adds an amount in place.
    public static func += (lhs: inout Money, rhs: Money) { lhs.cents = lhs.cents &+ rhs.cents }
}
