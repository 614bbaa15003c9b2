import BriefCharts
import BriefRender
import FoundationEssentials

/// `charts.html`: every chart of a build inlined in one plain HTML5 page,
/// each under its heading, with links to the brief and to each chart's
/// files. No script, no network: the SVGs carry their own text, tooltips and
/// dark colour scheme, and their ids never clash (each chart's prefix comes
/// from its name and content).
///
/// The page is also well-formed XML (a polyglot document), so tools can read it with an XML parser.
struct ChartsPage {
    /// One chart on the page.
    struct Entry {
        /// The catalog name, e.g. `state-map` (its files are `state-map.svg`, …).
        var name: String
        /// The heading above the chart.
        var heading: String
        /// The chart's `<svg>` element (without the XML declaration).
        var svg: String
    }

    /// The page's title, e.g. the brief's title.
    var title: String
    /// The charts, in catalog order.
    var entries: [Entry]
    /// The formats written beside the page, to link each chart's files.
    var formats: [OutputFormat]
    /// The page's language: its words, `lang` and the names of the files it links (`state-map.ko.svg`).
    var language: BriefLanguage = .english
    /// Whether a brief in the page's language is written beside it (and linked).
    var linksBrief = true

    /// The file's name in the output folder.
    static let fileName = "charts.html"

    /// The page.
    var html: String {
        var out = """
            <!DOCTYPE html>
            <html lang="\(language.tag)">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(XMLText.escapeHTML(title)): charts</title>
            <style>
            body{margin:24px;font-family:\(language == .korean ? "\"Noto Sans CJK KR\",\"Noto Sans KR\"," : "")"DejaVu Sans",Verdana,sans-serif;color:#1a1a1a;background:#fff;line-height:1.4}
            h1{font-size:22px;margin:0 0 8px}
            h2{font-size:16px;margin:32px 0 8px}
            p{margin:0 0 8px;font-size:14px}
            figure{margin:0}
            figure svg{display:block;max-width:100%;height:auto}
            a{color:#0b5394}
            @media (prefers-color-scheme:dark){body{background:#121212;color:#ececec}a{color:#8ab4f8}}
            </style>
            </head>
            <body>
            <h1>\(XMLText.escapeHTML(title))</h1>

            """
        if formats.contains(.pdf), linksBrief {
            let brief = language.fileName("brief.pdf")
            out += "<p>\(language == .korean ? "브리프 전문" : "The full brief"): <a href=\"\(brief)\">\(brief)</a>.</p>\n"
        }
        for entry in entries {
            out += "<section id=\"chart-\(entry.name)\">\n<h2>\(XMLText.escapeHTML(entry.heading))</h2>\n"
            let files = formats.map { "<a href=\"\(language.fileName("\(entry.name).\($0.fileExtension)"))\">\($0.rawValue.uppercased())</a>" }
            if !files.isEmpty { out += "<p>\(language == .korean ? "파일" : "Files"): " + files.joined(separator: " · ") + "</p>\n" }
            out += "<figure>\n\(entry.svg)</figure>\n</section>\n"
        }
        out += "</body>\n</html>\n"
        return out
    }
}
