import BriefRender
import FoundationEssentials

/// The fills of a map's classes, taken from a style's sequential ramp (light
/// to dark) so that neighbouring classes differ as much as the ramp allows.
///
/// The lightness range from the "no data" fill to the ramp's darkest colour
/// is cut into equal steps of CIE lightness L* (perceptually even), one per
/// class: "no data" and the first class, and every pair of neighbouring
/// classes, differ by the same lightness; the colour of each step is the
/// point of the ramp (its colours joined by straight lines) with that
/// lightness. A single class takes a middle shade.
///
/// A ramp of greys only (a style for black-and-white printing) steps
/// unevenly: dark greys crowd together on paper (ink spreads, and a dark
/// tile's white label draws the eye more than its fill), so each step is
/// larger than the one before it, the darkest ``greyGrowth`` times the
/// lightest.
enum SequentialShades {
    /// `count` colours along `ramp`, light to dark, stepping away from `neutral`.
    static func shades(count: Int, ramp: [Color], neutral: Color) -> [Color] {
        guard count > 0, let darkest = ramp.last else { return [] }
        let start = neutral.lightness
        let end = darkest.lightness
        let fractions = count > 1 && ramp.allSatisfy(\.isAchromatic) ? greyFractions(count) : nil
        return (1...count).map { step in
            let fraction = fractions?[step - 1] ?? (count == 1 ? 0.6 : Double(step) / Double(count))
            return color(on: ramp, luminance: Color.luminance(lightness: start + (end - start) * fraction))
        }
    }

    /// How much larger a grey ramp's darkest step is than its lightest.
    static let greyGrowth = 1.5

    /// Where each of `count` grey classes lies between the neutral (0) and
    /// the darkest (1): steps growing evenly from the lightest to
    /// ``greyGrowth`` times it at the darkest.
    static func greyFractions(_ count: Int) -> [Double] {
        let steps = (0..<count).map { 1 + (greyGrowth - 1) * Double($0) / Double(max(1, count - 1)) }
        let total = steps.reduce(0, +)
        var reached = 0.0
        return steps.map { step in
            reached += step
            return reached / total
        }
    }

    /// The colour along `ramp` whose luminance is `target`: the darker end of
    /// the first segment that reaches it, found by bisection; the ramp's ends
    /// beyond its range.
    static func color(on ramp: [Color], luminance target: Double) -> Color {
        guard let first = ramp.first, let last = ramp.last else { return .black }
        if target >= first.luminance { return first }
        for (light, dark) in zip(ramp, ramp.dropFirst()) where dark.luminance <= target {
            guard light.luminance > target else { continue }
            var low = 0.0, high = 1.0
            for _ in 0..<40 {
                let middle = (low + high) / 2
                if light.mixed(with: dark, fraction: middle).luminance > target { low = middle } else { high = middle }
            }
            return light.mixed(with: dark, fraction: (low + high) / 2)
        }
        return last
    }
}
