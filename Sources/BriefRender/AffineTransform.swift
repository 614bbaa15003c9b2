import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A 2-D affine transform, as Cairo keeps it: x' = a·x + c·y + tx, y' = b·x + d·y + ty.
struct AffineTransform: Equatable {
    var a = 1.0, b = 0.0, c = 0.0, d = 1.0, tx = 0.0, ty = 0.0

    static let identity = AffineTransform()

    /// `point` in the space this transform maps to.
    func apply(_ point: Point) -> Point {
        Point(x: a * point.x + c * point.y + tx, y: b * point.x + d * point.y + ty)
    }

    /// This transform preceded by `other` (as Cairo's `cairo_transform`).
    func prepending(_ other: AffineTransform) -> AffineTransform {
        AffineTransform(
            a: other.a * a + other.b * c, b: other.a * b + other.b * d,
            c: other.c * a + other.d * c, d: other.c * b + other.d * d,
            tx: other.tx * a + other.ty * c + tx, ty: other.tx * b + other.ty * d + ty)
    }

    /// Whether the axes stay horizontal and vertical (no rotation or skew).
    var isAxisAligned: Bool { b == 0 && c == 0 }

    /// Whether the transform only moves and scales evenly (text keeps its shape).
    var isUniformScale: Bool { isAxisAligned && a > 0 && abs(a - d) < 1e-9 }

    /// How much lengths grow, on average (the square root of the determinant).
    var lengthScale: Double { sqrt(abs(a * d - b * c)) }
}
