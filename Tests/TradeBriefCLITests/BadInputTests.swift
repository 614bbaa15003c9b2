import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// One case of the bad-input corpus in `BadInputs/` (see BadInputs/README.md):
/// `csv/NAME.csv` or `style/NAME.yaml`, with `NAME.expected` beside it.
struct BadInputCase: Sendable, CustomTestStringConvertible {
    /// `csv/NAME` or `style/NAME`.
    var name: String
    /// The input file.
    var file: URL
    /// The exit status expected.
    var status: Int32
    /// The arguments, with `{FILE}` and `{OUT}` still in them.
    var arguments: [String]
    /// Substrings that standard error must hold (or, after a `!`, must not), with `{FILE}` still in them.
    var messages: [String]

    var testDescription: String { name }

    /// The corpus folder, found from this file's path.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("BadInputs")

    /// Every case, sorted by name.
    static let all: [BadInputCase] = ["csv", "style"].flatMap { kind -> [BadInputCase] in
        let directory = folder.appendingPathComponent(kind)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasSuffix(".expected") }.sorted()
        return names.map { expectedName in
            let base = String(expectedName.dropLast(".expected".count))
            let file = directory.appendingPathComponent(base + (kind == "csv" ? ".csv" : ".yaml"))
            let text = (try? String(contentsOf: directory.appendingPathComponent(expectedName), encoding: .utf8)) ?? ""
            var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
            let first = lines.isEmpty ? [] : lines.removeFirst().split(separator: " ").map(String.init)
            var arguments = Array(first.dropFirst())
            if arguments.isEmpty {
                arguments = kind == "csv" ? ["validate", "{FILE}"] : ["chart", "state-bars", "-o", "{OUT}/chart.svg", "--style", "{FILE}"]
            }
            return BadInputCase(name: "\(kind)/\(base)", file: file, status: first.first.flatMap { Int32($0) } ?? -1,
                                arguments: arguments, messages: lines)
        }
    }
}

/// A hostile or odd command-line value, with what it must do.
struct HostileOptionCase: Sendable, CustomTestStringConvertible {
    /// What is set up in the temporary working folder first.
    enum Setup: Sendable {
        case file(String)
        case folder(String)
        /// A character device node made with mknod(2) (major, minor): a private
        /// stand-in for /dev/full or /dev/null, so that a bug cannot harm the real one.
        case device(String, major: UInt32, minor: UInt32)
        case symlink(String, to: String)
    }

    var name: String
    /// Arguments; `{TMP}` is the temporary working folder, `{OUT}` is `{TMP}/out`.
    var arguments: [String]
    var status: Int32
    /// A substring of standard error (`{TMP}` replaced), if any.
    var message: String?
    var setup: [Setup] = []
    /// Paths (`{TMP}` replaced) that must exist afterwards as regular files.
    var writes: [String] = []
    /// Paths that must still be character devices afterwards.
    var devices: [String] = []

    var testDescription: String { name }

    static let all: [HostileOptionCase] = [
        .init(name: "--out names an existing file", arguments: ["build", "--out", "{TMP}/taken.txt", "--format", "svg"],
              status: 5, message: "{TMP}/taken.txt: is a file, not a folder; give --out a folder", setup: [.file("taken.txt")]),
        .init(name: "--out /dev/full (a device, not a folder)", arguments: ["build", "--out", "/dev/full", "--format", "svg"],
              status: 5, message: "/dev/full: is a file, not a folder", devices: ["/dev/full"]),
        .init(name: "--out inside /proc (cannot create folders there)", arguments: ["build", "--out", "/proc/tradebrief-out", "--format", "svg"],
              status: 5, message: "/proc/tradebrief-out: cannot create the output folder"),
        .init(name: "--out with ../ is an ordinary path, resolved as written", arguments: ["build", "--out", "{TMP}/missing/../out", "--format", "svg", "--quiet"],
              status: 0, writes: ["{TMP}/out/manifest.json", "{TMP}/out/state-bars.svg"]),
        .init(name: "chart -o ../x.svg is an ordinary path", arguments: ["chart", "state-bars", "-o", "{TMP}/sub/../x.svg"],
              status: 0, setup: [.folder("sub")], writes: ["{TMP}/x.svg"]),
        .init(name: "chart -o inside /proc", arguments: ["chart", "state-bars", "-o", "/proc/tradebrief.svg"],
              status: 5, message: "/proc/tradebrief.svg: cannot write here"),
        .init(name: "chart -o under a file (a file where a folder goes)", arguments: ["chart", "state-bars", "-o", "{TMP}/taken.txt/x.svg"],
              status: 5, message: "cannot create the folder", setup: [.file("taken.txt")]),
        .init(name: "chart -o onto a folder", arguments: ["chart", "state-bars", "-o", "{TMP}/folder.svg"],
              status: 5, message: "{TMP}/folder.svg: is a folder", setup: [.folder("folder.svg")]),
        .init(name: "--id-prefix with XML syntax", arguments: ["chart", "state-bars", "-o", "{OUT}/x.svg", "--id-prefix", "\"><script>alert(1)</script>"],
              status: 2, message: "id prefix '\"><script>alert(1)</script>' must start with a letter"),
        .init(name: "--id-prefix empty", arguments: ["chart", "state-bars", "-o", "{OUT}/x.svg", "--id-prefix", ""],
              status: 2, message: "id prefix '' must start with a letter"),
        .init(name: "--id-prefix with a space and a quote", arguments: ["chart", "state-bars", "-o", "{OUT}/x.svg", "--id-prefix", "a b'c"],
              status: 2, message: "must start with a letter and hold only ASCII letters, digits, '-' and '_'"),
        .init(name: "--width nan", arguments: ["chart", "state-bars", "-o", "{OUT}/x.svg", "--width", "nan"],
              status: 2, message: "outside 160…5000 points"),
        .init(name: "--width 1e308", arguments: ["chart", "state-bars", "-o", "{OUT}/x.svg", "--width", "1e308"],
              status: 2, message: "outside 160…5000 points"),
        .init(name: "--scale 0", arguments: ["chart", "state-bars", "-o", "{OUT}/x.png", "--scale", "0"],
              status: 2, message: "--scale 0.0 is outside 0.25…16 pixels per point"),
        .init(name: "--scale so small the PNG would be one pixel", arguments: ["chart", "state-bars", "-o", "{OUT}/x.png", "--scale", "1e-9"],
              status: 2, message: "--scale 1e-09 is outside 0.25…16 pixels per point"),
        .init(name: "--scale negative", arguments: ["chart", "state-bars", "-o", "{OUT}/x.png", "--scale", "-1"],
              status: 2, message: "--scale -1.0 is outside 0.25…16 pixels per point"),
        .init(name: "an option error shows the chart command's usage", arguments: ["chart", "state-bars", "-o", "{OUT}/x.png", "--scale", "99"],
              status: 2, message: "Usage: tradebrief chart "),
        .init(name: "--width negative", arguments: ["chart", "state-bars", "-o", "{OUT}/x.svg", "--width", "-5"],
              status: 2, message: "--width -5.0 is outside 160…5000 points"),
        .init(name: "--format with a path in it", arguments: ["build", "--out", "{OUT}", "--format", "pdf,../x"],
              status: 2, message: "'../x' is not one of pdf, svg, png"),
        .init(name: "a chart name that is a path", arguments: ["chart", "../../etc/passwd", "-o", "{OUT}/x.svg"],
              status: 2, message: "there is no chart called '../../etc/passwd'"),
        .init(name: "--investments /dev/zero is cut off at 256 MB", arguments: ["validate", "/dev/zero"],
              status: 3, message: "/dev/zero: the file is over the limit of 268435456 bytes (256 MB)"),
        .init(name: "--investments names a folder", arguments: ["validate", "{TMP}/folder.csv"],
              status: 5, message: "{TMP}/folder.csv: is a folder", setup: [.folder("folder.csv")]),
        .init(name: "--investments names no file", arguments: ["validate", "{TMP}/nowhere.csv"],
              status: 5, message: "{TMP}/nowhere.csv: no such file"),
        .init(name: "--style /dev/zero is not read: only regular files are", arguments: ["chart", "state-bars", "-o", "{OUT}/x.svg", "--style", "/dev/zero"],
              status: 4, message: "/dev/zero: cannot read the style: it is not a regular file"),
        .init(name: "--style names a folder", arguments: ["chart", "state-bars", "-o", "{OUT}/x.svg", "--style", "{TMP}/folder.yaml"],
              status: 4, message: "cannot read the style: it is a folder, not a file", setup: [.folder("folder.yaml")]),
        .init(name: "--out '' is a usage error, not the working directory", arguments: ["build", "--out", "", "--format", "svg"],
              status: 2, message: "--out must name a folder"),
        .init(name: "a file where the build writes the states folder", arguments: ["build", "--out", "{OUT}", "--format", "pdf", "--state", "GA"],
              status: 5, message: "{TMP}/out/states: is a file, but the build writes a folder of that name", setup: [.file("out/states")]),
        .init(name: "a link where the build writes the states folder is never followed out of --out",
              arguments: ["build", "--out", "{OUT}", "--format", "pdf", "--state", "GA"],
              status: 5, message: "{TMP}/out/states: is a link, but the build writes a folder there and never follows a link out of the output folder",
              setup: [.folder("outside"), .file("outside/kept.txt"), .folder("out"), .symlink("out/states", to: "../outside")]),
        .init(name: "chart --width 2000 --scale 16: the pixel count is capped", arguments: ["chart", "state-bars", "-o", "{OUT}/x.png", "--width", "2000", "--scale", "16"],
              status: 2, message: "the limit is 40 million pixels and 32767 a side, so lower --scale"),
        .init(name: "chart --width 5000 --scale 16 as SVG is fine (no pixels)", arguments: ["chart", "state-bars", "-o", "{OUT}/x.svg", "--width", "5000", "--scale", "16"],
              status: 0, writes: ["{TMP}/out/x.svg"]),
        .init(name: "chart -o a symlink to standard output writes to the pipe", arguments: ["chart", "state-bars", "-o", "{TMP}/stdout.svg"],
              status: 0, setup: [.symlink("stdout.svg", to: "/proc/self/fd/1")]),
    ]

    /// Cases that need mknod(2) (root, or CAP_MKNOD). Until `chart -o` wrote into devices
    /// and pipes, it renamed a temporary file over them: `-o /dev/null` as root replaced
    /// /dev/null with a regular file. These use private nodes, so a regression harms nothing.
    static let deviceCases: [HostileOptionCase] = [
        .init(name: "chart -o a full device (like /dev/full): the write fails with ENOSPC", arguments: ["chart", "state-bars", "-o", "{TMP}/full.svg"],
              status: 5, message: "No space left on device", setup: [.device("full.svg", major: 1, minor: 7)],
              devices: ["{TMP}/full.svg"]),
        .init(name: "chart -o a null device (like /dev/null): written into, not replaced", arguments: ["chart", "state-bars", "-o", "{TMP}/null.svg"],
              status: 0, setup: [.device("null.svg", major: 1, minor: 3)], devices: ["{TMP}/null.svg"]),
    ]
}

/// Whether this process may make device nodes (tried once, in a temporary folder).
private let canMakeDevices: Bool = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tradebrief-mknod-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    return mknod(folder.appendingPathComponent("null").path, S_IFCHR | 0o666, deviceNumber(major: 1, minor: 3)) == 0
}()

/// `makedev(3)` (a C macro, so not imported).
private func deviceNumber(major: UInt32, minor: UInt32) -> dev_t {
    let major = UInt64(major), minor = UInt64(minor)
    return dev_t(((major & 0xFFFF_F000) << 32) | ((major & 0xFFF) << 8) | ((minor & 0xFFFF_FF00) << 12) | (minor & 0xFF))
}

/// Every path under `folder` (relative) with what it is: the bytes of a regular
/// file, `folder`, `link → TARGET` or `device`, to see that nothing was written,
/// changed or left behind. Only regular files are read (reading a device such
/// as a full one, or a link to a pipe, would never end).
private func snapshot(_ folder: URL) -> [String: Data] {
    var result: [String: Data] = [:]
    var pending = [""]
    while let relative = pending.popLast() {
        let path = relative.isEmpty ? folder.path : folder.path + "/" + relative
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
            let child = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard lstat(folder.path + "/" + child, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                result[child + "/"] = Data("folder".utf8)
                pending.append(child)
            case S_IFREG:
                result[child] = FileManager.default.contents(atPath: folder.path + "/" + child) ?? Data("unreadable".utf8)
            case S_IFLNK:
                let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: folder.path + "/" + child)) ?? "?"
                result[child] = Data("link → \(target)".utf8)
            default:
                result[child] = Data("device or pipe \(info.st_mode & S_IFMT)".utf8)
            }
        }
    }
    return result
}

private func isCharacterDevice(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR
}

@Suite("Bad inputs: every case of the corpus fails cleanly, with its message, and writes nothing")
struct BadInputTests {
    /// Runs `arguments` in a fresh working folder holding `out/keep.txt`, and checks the
    /// status, the messages, and that a failed run left the folder exactly as it was.
    private func check(name: String, arguments: [String], status: Int32, messages: [String],
                       replacing placeholders: (URL) -> [String: String], setup: (URL) throws -> Void = { _ in }) throws -> (CLI.Result, URL) {
        let folder = try CLI.temporaryFolder()
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("an earlier output\n".utf8).write(to: out.appendingPathComponent("keep.txt"))
        try setup(folder)
        let values = placeholders(folder).merging(["{OUT}": out.path, "{TMP}": folder.path]) { $1 }
        func filled(_ text: String) -> String { values.reduce(text) { $0.replacingOccurrences(of: $1.key, with: $1.value) } }
        let before = snapshot(folder)
        let result = try CLI.run(arguments.map(filled), in: folder)
        #expect(result.status == status, "\(name): exit status \(result.status), expected \(status); stderr: \(result.stderr.prefix(600))")
        for message in messages.map(filled) {
            if message.hasPrefix("!") {
                let unwanted = String(message.dropFirst())
                #expect(!result.stderr.contains(unwanted), "\(name): stderr has \(unwanted.debugDescription); it was: \(result.stderr.prefix(1200))")
            } else {
                #expect(result.stderr.contains(message), "\(name): stderr lacks \(message.debugDescription); it was: \(result.stderr.prefix(1200))")
            }
        }
        let after = snapshot(folder)
        if status != 0 {
            #expect(after == before, "\(name): the folder changed: \(Set(after.keys).symmetricDifference(before.keys).sorted())")
        }
        let leftovers = after.keys.filter { $0.hasSuffix(".tmp") || $0.contains("/.") || $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "\(name): temporary files left behind: \(leftovers)")
        return (result, folder)
    }

    @Test("A corpus case", arguments: BadInputCase.all)
    func corpus(_ item: BadInputCase) throws {
        #expect(FileManager.default.fileExists(atPath: item.file.path), "\(item.name): no input file beside its .expected")
        #expect(item.status >= 0, "\(item.name): the .expected file must start with the exit status")
        let (_, folder) = try check(name: item.name, arguments: item.arguments, status: item.status, messages: item.messages) { _ in
            ["{FILE}": item.file.path]
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        // A build that succeeds writes whole, well-formed SVG files, whatever the names hold.
        if item.status == 0, item.arguments.first == "build" {
            let written = CLI.files(in: folder.appendingPathComponent("out")).filter { $0.hasSuffix(".svg") }
            #expect(written.count >= 2, "\(item.name): wrote \(written)")
            #if canImport(FoundationXML)
            for name in written {
                let url = folder.appendingPathComponent("out").appendingPathComponent(name)
                #expect(XMLParser(contentsOf: url)?.parse() == true, "\(item.name): \(name) is not well-formed XML")
            }
            #endif
        }
    }

    @Test("The corpus covers every case the README lists")
    func corpusIsComplete() {
        let names = Set(BadInputCase.all.map(\.name))
        #expect(names.count >= 70)
        for name in ["csv/empty", "csv/only-bom", "csv/only-whitespace", "csv/binary-garbage", "csv/nul-bytes", "csv/header-10000-columns",
                     "csv/quote-spans-file", "csv/overlong-line", "csv/mixed-line-endings", "csv/right-to-left", "csv/combining-characters",
                     "csv/emoji", "style/alias-bomb", "style/page-limit"] {
            #expect(names.contains(name), "missing case \(name)")
        }
    }

    @Test("A hostile option value", arguments: HostileOptionCase.all)
    func hostileOption(_ item: HostileOptionCase) throws {
        try runHostile(item)
    }

    @Test("A device node as the output", .enabled(if: canMakeDevices), arguments: HostileOptionCase.deviceCases)
    func deviceOutput(_ item: HostileOptionCase) throws {
        try runHostile(item)
    }

    private func runHostile(_ item: HostileOptionCase) throws {
        let (result, folder) = try check(
            name: item.name, arguments: item.arguments, status: item.status, messages: item.message.map { [$0] } ?? [],
            replacing: { _ in [:] },
            setup: { folder in
                for step in item.setup {
                    switch step {
                    case .file(let name): try Data("not an output\n".utf8).write(to: folder.appendingPathComponent(name))
                    case .folder(let name): try FileManager.default.createDirectory(at: folder.appendingPathComponent(name), withIntermediateDirectories: true)
                    case .device(let name, let major, let minor):
                        let path = folder.appendingPathComponent(name).path
                        try #require(mknod(path, S_IFCHR | 0o666, deviceNumber(major: major, minor: minor)) == 0, "mknod \(path)")
                    case .symlink(let name, let target):
                        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent(name).path, withDestinationPath: target)
                    }
                }
            })
        defer { try? FileManager.default.removeItem(at: folder) }
        for path in item.writes.map({ $0.replacingOccurrences(of: "{TMP}", with: folder.path) }) {
            var isFolder: ObjCBool = false
            #expect(FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue, "\(item.name): \(path) was not written")
        }
        for path in item.devices.map({ $0.replacingOccurrences(of: "{TMP}", with: folder.path) }) {
            #expect(isCharacterDevice(path), "\(item.name): \(path) is no longer a device")
        }
        if case .symlink(let name, _)? = item.setup.first {
            let link = folder.appendingPathComponent(name).path
            #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link)) != nil, "\(item.name): the symlink \(name) was replaced")
            #expect(result.stdout.contains("<svg"), "\(item.name): nothing was written through the link")
        }
    }
}
