/// Everything wrong with one chart address, in the order written.
struct ChartAddressProblems: Error {
    var problems: [FigureProblem]
    init(_ problems: [FigureProblem]) { self.problems = problems }
}
