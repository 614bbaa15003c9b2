// Writes a stress dataset (a realistic, made-up list of investments) as CSV.
//
//   swift run tradebrief-stress                       # the 43-row list to standard output
//   swift run tradebrief-stress --seed 7 --investments 80 --states 28 --sectors 25 > big.csv
//   swift run tradebrief-stress --write Examples/stress   # regenerates the committed files
import Foundation
import StressData

let usage = """
    usage: tradebrief-stress [--seed N] [--investments N] [--states N] [--sectors N]
           tradebrief-stress --write FOLDER   (writes the standard and large lists into FOLDER)
    """

var dataset = StressDataset.standard
var folder: String?
var arguments = Array(CommandLine.arguments.dropFirst())
while !arguments.isEmpty {
    let option = arguments.removeFirst()
    guard let value = arguments.first else {
        FileHandle.standardError.write(Data("\(usage)\n".utf8))
        exit(2)
    }
    arguments.removeFirst()
    switch option {
    case "--write": folder = value
    case "--seed": dataset.seed = UInt64(value) ?? dataset.seed
    case "--investments": dataset.investments = Int(value) ?? dataset.investments
    case "--states": dataset.states = Int(value) ?? dataset.states
    case "--sectors": dataset.sectors = Int(value) ?? dataset.sectors
    default:
        FileHandle.standardError.write(Data("unknown option \(option)\n\(usage)\n".utf8))
        exit(2)
    }
}
dataset = StressDataset(seed: dataset.seed, investments: dataset.investments, states: dataset.states, sectors: dataset.sectors)

if let folder {
    for list in [StressDataset.standard, StressDataset.large] {
        let url = URL(fileURLWithPath: folder).appendingPathComponent(list.fileName)
        do {
            try Data(list.csv().utf8).write(to: url, options: .atomic)
            print(url.path)
        } catch {
            FileHandle.standardError.write(Data("cannot write \(url.path): \(error)\n".utf8))
            exit(5)
        }
    }
} else {
    FileHandle.standardOutput.write(Data(dataset.csv().utf8))
}
