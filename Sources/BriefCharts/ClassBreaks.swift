import BriefData
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Class breaks for a shaded map, chosen from the data on a log-like "nice"
/// scale: every break is a round number, and the breaks are the ones that
/// spread the amounts most evenly over the classes.
///
/// The candidates are the round numbers between the smallest and the largest
/// amount, first from the 1–2–5 series ($100M, $200M, $500M, $1B, $2B, $5B
/// …); of every choice of breaks that leaves no class empty, the one whose
/// class sizes are most even (highest entropy) wins, so skewed data spreads
/// over every class (rounded quantiles). Only when the 1–2–5 series cannot
/// give as many classes as asked (amounts within a narrow range) are finer
/// numbers tried: 1, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5, 8, then two significant
/// digits. Small data gets fewer classes: about two amounts per class.
enum ClassBreaks {
    /// The mantissas tried in turn, roundest first.
    static let ladders: [[Double]] = [
        [1, 2, 5],
        [1, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5, 8],
        (10..<100).map { Double($0) / 10 },
    ]
    /// The most choices of breaks weighed for one ladder (a bound on the work).
    static let maximumChoices = 50_000

    /// At most `classes - 1` increasing breaks for `sorted` (ascending, positive)
    /// amounts; a class `[b_k, b_k+1)` is never empty.
    static func breaks(for sorted: [Money], classes: Int) -> [Money] {
        ClassBreakMemo.shared.breaks(for: sorted, classes: classes) { computeBreaks(for: sorted, classes: classes) }
    }

    /// ``breaks(for:classes:)``, worked out.
    static func computeBreaks(for sorted: [Money], classes: Int) -> [Money] {
        // About two states per class at least: four states get three classes, not four.
        let wanted = min(classes, Set(sorted).count, max(2, (sorted.count + 1) / 2 + 1))
        guard wanted > 1 else { return [] }
        var best: (breaks: [Money], score: Double)?
        for ladder in ladders {
            let candidates = roundNumbers(ladder, above: sorted[0], atMost: sorted[sorted.count - 1])
            if let found = bestChoice(of: candidates, count: wanted - 1, for: sorted),
               best.map({ found.breaks.count > $0.breaks.count }) ?? true {
                best = found
            }
            if let best, best.breaks.count == wanted - 1 { break }
        }
        return best?.breaks ?? []
    }

    /// The values `mantissa × 10^k` of `ladder` with `lower < value ≤ upper`, ascending.
    static func roundNumbers(_ ladder: [Double], above lower: Money, atMost upper: Money) -> [Money] {
        var result: [Money] = []
        var exponent = floor(log10(max(lower.dollars, 0.01)))
        while pow(10, exponent) <= upper.dollars {
            for mantissa in ladder {
                let value = Money(cents: Int64((mantissa * pow(10, exponent) * 100).rounded()))
                if value > lower, value <= upper { result.append(value) }
            }
            exponent += 1
        }
        return result
    }

    /// Of the choices of at most `count` breaks among `candidates` that leave
    /// no class empty, the most breaks with the most even class sizes; nil
    /// when no break can be placed or there are too many choices to weigh.
    static func bestChoice(of candidates: [Money], count: Int, for sorted: [Money]) -> (breaks: [Money], score: Double)? {
        var size = min(count, candidates.count)
        while size > 0 {
            guard combinations(candidates.count, size) <= Double(maximumChoices) else { return nil }
            var best: (breaks: [Money], score: Double)?
            var chosen: [Int] = []
            func visit(from start: Int) {
                if chosen.count == size {
                    let breaks = chosen.map { candidates[$0] }
                    guard let score = entropy(of: breaks, for: sorted) else { return }
                    if best.map({ score > $0.score + 1e-12 }) ?? true { best = (breaks, score) }
                    return
                }
                guard start < candidates.count else { return }
                for index in start..<candidates.count {
                    chosen.append(index)
                    visit(from: index + 1)
                    chosen.removeLast()
                }
            }
            visit(from: 0)
            if let best { return best }
            size -= 1
        }
        return nil
    }

    /// The entropy of the class sizes that `breaks` give `sorted`; nil when a class is empty.
    static func entropy(of breaks: [Money], for sorted: [Money]) -> Double? {
        var counts = Array(repeating: 0, count: breaks.count + 1)
        var index = 0
        for amount in sorted {
            while index < breaks.count, amount >= breaks[index] { index += 1 }
            counts[index] += 1
        }
        guard !counts.contains(0) else { return nil }
        let total = Double(sorted.count)
        return -counts.reduce(0) { sum, count in
            let p = Double(count) / total
            return sum + p * log(p)
        }
    }

    /// n choose k, as a double (no overflow).
    static func combinations(_ n: Int, _ k: Int) -> Double {
        guard k >= 0, k <= n else { return 0 }
        var result = 1.0
        for i in 0..<k { result = result * Double(n - i) / Double(i + 1) }
        return result
    }
}
