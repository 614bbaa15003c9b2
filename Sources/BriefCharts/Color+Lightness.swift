import BriefRender
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

extension Color {
    /// CIE lightness L* (0 black … 100 white), from the relative luminance:
    /// equal steps of L* look equally far apart.
    var lightness: Double {
        let y = luminance
        let f = y > 216.0 / 24389 ? cbrt(y) : (24389.0 / 27 * y + 16) / 116
        return 116 * f - 16
    }

    /// The relative luminance of CIE lightness `lightness` (0…100).
    static func luminance(lightness: Double) -> Double {
        let f = (lightness + 16) / 116
        return f > 6.0 / 29 ? f * f * f : (lightness * 27 / 24389)
    }
}
