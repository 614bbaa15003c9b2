import BriefText
import CPango
import FoundationEssentials
import Synchronization

/// The fontconfig configurations that typesetters draw their fonts from.
///
/// tradebrief's styles use the fonts its install script installs: DejaVu
/// (Latin, Greek, Cyrillic, Arabic, Hebrew), Nanum (Hangul inside Latin
/// text) and Noto Sans CJK (the Korean edition, which names it). When those
/// are found in Debian's folders, typesetters use a small private
/// configuration with just these three folders and the few aliases the
/// styles need, instead of the system configuration. That has three effects:
///
/// - **Reproducible bytes.** Which font draws a glyph no longer depends on
///   what else is installed (the system configuration's fallback order changes
///   with every font package), so two machines with the same two packages
///   write the same PDF.
/// - **Speed.** fontconfig does not parse the ~50 files of `/etc/fonts` at
///   start-up, and sorts 24 faces (the families the styles and the Korean
///   edition name, ``rejectedFiles`` and ``rejectedFamilies``) instead of
///   every installed font whenever Pango builds a fontset: about a tenth of
///   a default build's CPU time against the system configuration.
/// - **Memory.** Hangul in Latin text (the Korean company names of an English
///   brief) falls back to NanumGothic, a TrueType font: Cairo's subsetter reads
///   just the glyphs it embeds. Noto Sans CJK is one 20 MB CFF table shared by
///   a collection, which Cairo's CFF subsetter copies whole into memory and
///   maps from disk (34 MiB of a default build's 85 MiB peak).
///
/// A style that names any other family (say `Inter`), a machine without
/// those folders, or `FONTCONFIG_FILE`/`FONTCONFIG_PATH` or
/// `TRADEBRIEF_FONTS=system` in the environment, gets the system
/// configuration, exactly as before.
enum FontConfiguration {
    /// Folders the pinned configuration reads (Debian's `fonts-dejavu-core`,
    /// `fonts-nanum` and `fonts-noto-cjk`), less the faces it rejects.
    static let pinnedFolders = [
        "/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/nanum", "/usr/share/fonts/opentype/noto",
    ]

    /// Files of the pinned folders that no style or edition names, left out
    /// of the pinned configuration: Pango sorts every face of the
    /// configuration (fontconfig's `FcFontSetSort`, a charset comparison per
    /// face) for each fontset that falls back beyond its first font, about
    /// 8% of a default build's instructions with all 64 faces of these
    /// folders. A style that names one of these families gets the system
    /// configuration, which has them.
    static let rejectedFiles = [
        "*/DejaVuMathTeXGyre.ttf", "*/DejaVuSans-ExtraLight.ttf", "*/DejaVuSansCondensed*", "*/DejaVuSerifCondensed*",
        "*/NanumBarunGothic*", "*/NanumSquare*",
    ]

    /// Faces of the Noto CJK collections left out likewise: only the Korean
    /// faces (`Noto Sans CJK KR`, `Noto Serif CJK KR`, `Noto Sans Mono CJK KR`),
    /// which the Korean edition names, are kept. All faces of a collection
    /// cover the same characters, so nothing goes missing: a Han character
    /// or kana in a name is drawn by a Korean face (NanumGothic or Noto Sans
    /// CJK KR), in its Korean form.
    static let rejectedFamilies = ["JP", "SC", "TC", "HK"].flatMap { region in
        ["Noto Sans CJK \(region)", "Noto Serif CJK \(region)", "Noto Sans Mono CJK \(region)"]
    }

    /// Families the pinned configuration must provide to be used at all.
    static let requiredFamilies = [
        "DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono", "NanumGothic", "NanumMyeongjo", "NanumGothicCoding",
        "Noto Sans CJK KR",
    ]

    /// Generic names the pinned configuration maps by aliases.
    static let genericFamilies: Set<String> = ["sans", "sans-serif", "serif", "monospace", "mono"]

    /// The pinned configuration's text: folders, the system's cache folder
    /// (so fonts are not scanned again), and the aliases. The last rules keep
    /// Hangul asked for in a DejaVu family on the matching Nanum family (bound
    /// as strongly as the family itself): without them fontconfig's sort picks
    /// a face of Noto Sans CJK, and its JP face at that, for `lang="ko"` runs.
    static var pinnedXML: String {
        let dirs = pinnedFolders.map { "<dir>\($0)</dir>" }.joined()
        let rejected = rejectedFiles.map { "<glob>\($0)</glob>" }.joined()
            + rejectedFamilies.map { "<pattern><patelt name=\"family\"><string>\($0)</string></patelt></pattern>" }.joined()
        return """
            <?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>\(dirs)
            <cachedir>/var/cache/fontconfig</cachedir><cachedir prefix="xdg">fontconfig</cachedir>
            <selectfont><rejectfont>\(rejected)</rejectfont></selectfont>
            <alias><family>sans-serif</family><prefer><family>DejaVu Sans</family><family>NanumGothic</family></prefer></alias>
            <alias><family>sans</family><prefer><family>DejaVu Sans</family><family>NanumGothic</family></prefer></alias>
            <alias><family>serif</family><prefer><family>DejaVu Serif</family><family>NanumMyeongjo</family></prefer></alias>
            <alias><family>monospace</family><prefer><family>DejaVu Sans Mono</family><family>NanumGothicCoding</family></prefer></alias>
            <alias><family>mono</family><prefer><family>DejaVu Sans Mono</family><family>NanumGothicCoding</family></prefer></alias>
            <alias binding="same"><family>DejaVu Sans</family><accept><family>NanumGothic</family></accept></alias>
            <alias binding="same"><family>DejaVu Serif</family><accept><family>NanumMyeongjo</family></accept></alias>
            <alias binding="same"><family>DejaVu Sans Mono</family><accept><family>NanumGothicCoding</family></accept></alias>
            </fontconfig>
            """
    }

    /// Whether the environment asks for the system configuration.
    static var systemRequested: Bool {
        let environment = ProcessInfo.processInfo.environment
        return environment["FONTCONFIG_FILE"] != nil || environment["FONTCONFIG_PATH"] != nil
            || environment["TRADEBRIEF_FONTS"]?.lowercased() == "system"
    }

    /// The process's font initialisation, run once before the first font map
    /// starts (the first ``configuration(for:)``, from `Typesetter.init`), and
    /// the only code in tradebrief that changes process-wide state:
    ///
    /// 1. `FC_LANG=en` in the environment, so that the fonts fontconfig picks
    ///    for "Sans" do not depend on the user's locale;
    /// 2. the pinned configuration made fontconfig's current one
    ///    (`FcConfigSetCurrent`), so that Pango's own `FcInit` finds it and
    ///    loads nothing.
    ///
    /// Its value is the pinned configuration, or nil when the environment
    /// asks for the system's or the pinned one cannot provide ``requiredFamilies``
    /// (then only step 1 happens).
    nonisolated(unsafe) private static let pinned: OpaquePointer? = {
        setenv("FC_LANG", "en", 1)
        guard !systemRequested else { return nil }
        guard let config = FcConfigCreate() else { return nil }
        guard FcConfigParseAndLoadFromMemory(config, pinnedXML, 0) != 0, FcConfigBuildFonts(config) != 0,
              requiredFamilies.allSatisfy({ provides(config, family: $0) })
        else {
            FcConfigDestroy(config)
            return nil
        }
        FcConfigSetCurrent(config)
        return config
    }()

    /// The system configuration (`/etc/fonts`), loaded on first use; only
    /// needed when the pinned one is current but does not cover a style.
    nonisolated(unsafe) private static let system: OpaquePointer? = FcInitLoadConfigAndFonts()

    /// Serialises the first use of the two configurations.
    private static let lock = Mutex(())

    /// The configuration for a typesetter whose text asks for `families`
    /// (each may be a comma-separated list; generic names always match), or
    /// nil for fontconfig's current one (the system's, when nothing is pinned).
    static func configuration(for families: [String]) -> OpaquePointer? {
        lock.withLock { _ in
            guard let pinned else { return nil }
            return families.allSatisfy({ covers(pinned, list: $0) }) ? pinned : system
        }
    }

    /// Whether `config` has every named family of a comma-separated `list`.
    private static func covers(_ config: OpaquePointer, list: String) -> Bool {
        list.split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            .allSatisfy { genericFamilies.contains($0.lowercased()) || provides(config, family: $0) }
    }

    /// Whether `config` has a face whose family is `family` (case-insensitive).
    private static func provides(_ config: OpaquePointer, family: String) -> Bool {
        guard let pattern = FcPatternCreate() else { return false }
        defer { FcPatternDestroy(pattern) }
        let added = Array(family.utf8CString).map { UInt8(bitPattern: $0) }.withUnsafeBufferPointer {
            FcPatternAddString(pattern, FC_FAMILY, $0.baseAddress)
        }
        guard added != 0, let objects = FcObjectSetCreate() else { return false }
        defer { FcObjectSetDestroy(objects) }
        FcObjectSetAdd(objects, FC_FAMILY)
        guard let list = FcFontList(config, pattern, objects) else { return false }
        defer { FcFontSetDestroy(list) }
        return list.pointee.nfont > 0
    }
}
