/// Path names as text, the way `NSString`'s path methods read them, for
/// code that links only FoundationEssentials (where `URL` would make a
/// relative path absolute, and messages must show the path as the user wrote it).
package enum PathText {
    /// `path` without trailing slashes (but `/` stays `/`).
    private static func trimmed(_ path: String) -> Substring {
        var text = path[...]
        while text.count > 1, text.hasSuffix("/") { text = text.dropLast() }
        return text
    }

    /// The last component: `a/b.md` → `b.md`, `a/b/` → `b`, `/` → `/`.
    package static func lastComponent(_ path: String) -> String {
        let text = trimmed(path)
        guard text != "/", let slash = text.lastIndex(of: "/") else { return String(text) }
        return String(text[text.index(after: slash)...])
    }

    /// The path without its last component: `a/b.md` → `a`, `b.md` → ``, `/b` → `/`.
    package static func deletingLastComponent(_ path: String) -> String {
        let text = trimmed(path)
        guard text != "/", let slash = text.lastIndex(of: "/") else { return text == "/" ? "/" : "" }
        if slash == text.startIndex { return "/" }
        var folder = text[..<slash]
        while folder.count > 1, folder.hasSuffix("/") { folder = folder.dropLast() }
        return String(folder)
    }

    /// The extension of a file name, without its dot: `brief.ko.md` → `md`;
    /// none for `brief`, `.hidden` or `brief.`.
    package static func fileExtension(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex, name.index(after: dot) != name.endIndex else { return "" }
        return String(name[name.index(after: dot)...])
    }

    /// A file name without its extension: `brief.ko.md` → `brief.ko`.
    package static func deletingExtension(_ name: String) -> String {
        let ext = fileExtension(name)
        return ext.isEmpty ? name : String(name.dropLast(ext.count + 1))
    }

    /// `folder` and `name` joined by one slash.
    package static func appending(_ name: String, to folder: String) -> String {
        if folder.isEmpty { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
