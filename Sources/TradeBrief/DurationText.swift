import BriefText

/// Elapsed times for people, as the CLI reports builds: `0.21` (seconds, two decimals).
package enum DurationText {
    /// `seconds` with two decimals, without the unit.
    package static func seconds(_ seconds: Double) -> String {
        cFormat("%.2f", seconds)
    }
}
