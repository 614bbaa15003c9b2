// libFuzzer target: style files (YAML syntax, keys, values, `extends`).
//
// BriefStyle has no public way to load a style from text, so each input is
// written to a file in a private temporary folder and loaded by path, as
// `--style path/to/file.yaml` does. (`extends` in an input resolves against
// that folder, the built-in styles, or absolute paths.)
//
// Besides "never crash, hang or leak", it checks that a rejected style has
// at least one problem, each with a message and a line inside the file, and
// that an accepted style leaves room for text on the page.
import BriefStyle
import Foundation

/// Stops with `message` when `condition` fails. (`precondition` drops its
/// message in optimized builds; a fuzz report needs it.)
private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}

/// The file each input is written to, in a folder of its own.
private let file: URL = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tradebrief-fuzz-style-\(getpid())")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(at: FileManager.default.temporaryDirectory.appendingPathComponent("tradebrief-fuzz-style-\(getpid())")) }
    return folder.appendingPathComponent("fuzz.yaml")
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    guard (try? bytes.write(to: file)) != nil else { fatalError("cannot write \(file.path)") }
    // Lines as YAML counts them: \n, \r\n or a lone \r, NEL, LS and PS each end one.
    var lines = 1
    for index in 0..<size {
        switch data[index] {
        case 0x0A: lines += 1
        case 0x0D where index + 1 == size || data[index + 1] != 0x0A: lines += 1
        case 0x85 where index > 0 && data[index - 1] == 0xC2: lines += 1
        case 0xA8 where index > 1 && data[index - 1] == 0x80 && data[index - 2] == 0xE2: lines += 1
        case 0xA9 where index > 1 && data[index - 1] == 0x80 && data[index - 2] == 0xE2: lines += 1
        default: break
        }
    }
    do {
        let style = try StyleLoader.load(file.path, searchPaths: [])
        let layout = style.layoutStyle
        require(layout.pageSize.width - layout.marginLeft - layout.marginRight >= 72, "an accepted style leaves no room across the page")
        require(layout.pageSize.height - layout.marginTop - layout.marginBottom >= 72, "an accepted style leaves no room down the page")
        require(layout.bodySize > 0 && layout.bodySize.isFinite, "body size \(layout.bodySize)")
        require(!style.chartTheme.palette.isEmpty, "an empty palette")
        require(style.chartTheme.sequential.count >= 2, "a sequential scale of \(style.chartTheme.sequential.count)")
    } catch {
        require(!error.problems.isEmpty, "a rejected style without problems")
        for problem in error.problems {
            require(!problem.message.isEmpty, "a problem without a message: \(problem)")
            // Lines in this file only; a file it extends has its own lines.
            if problem.file?.hasSuffix("fuzz.yaml") == true, let line = problem.line {
                require(line >= 1 && line <= lines, "line \(line) is outside the file (1...\(lines)): \(problem)")
            }
        }
    }
    return 0
}
