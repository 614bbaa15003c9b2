import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Round tick values for an axis from zero to a maximum: 0, 5, 10, 15 …
struct NiceScale {
    /// The tick values, starting at zero.
    let ticks: [Double]
    /// The axis' upper end (the last tick, at least the data maximum).
    let upperBound: Double

    init(maximum: Double, targetTickCount: Int = 4) {
        guard maximum > 0, maximum.isFinite else {
            ticks = [0]
            upperBound = 1
            return
        }
        let rough = maximum / Double(max(targetTickCount, 1))
        let exponent = floor(log10(rough))
        let fraction = rough / pow(10, exponent)
        let niceFraction: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10
        let step = niceFraction * pow(10, exponent)
        var values: [Double] = []
        var value = 0.0
        while value < maximum - step * 1e-9 {
            values.append(value)
            value += step
        }
        values.append(value)
        ticks = values
        upperBound = value
    }
}
