import BriefRender
import FoundationEssentials

/// Draws a ``LaidOutDocument``: to a tagged PDF with outline, links and
/// running header and footer, or one page at a time to PNG.
public struct DocumentRenderer {
    /// The header, footer and metadata.
    public var info: DocumentInfo

    /// Creates a renderer.
    public init(info: DocumentInfo) { self.info = info }

    /// Renders every page into one PDF.
    /// - Throws: `RenderError` when Cairo fails, or what a figure's drawing throws.
    public func renderPDF(_ document: LaidOutDocument, typesetter: Typesetter) throws -> Data {
        let writer = try PDFDocumentWriter(metadata: info.metadata, typesetter: typesetter)
        var context: GraphicsContext?
        for page in 0..<document.pageCount {
            let pageContext = try writer.beginPage(size: document.style.pageSize)
            if page == 0 { pageContext.beginTag("Document") }
            try drawPage(page, of: document, in: pageContext)
            context = pageContext
        }
        context?.endTag("Document")
        var parents: [Int: Int] = [:]
        for entry in document.outline where entry.level <= 2 {
            let parent = entry.level == 1 ? PDFDocumentWriter.outlineRoot : (parents[1] ?? PDFDocumentWriter.outlineRoot)
            let id = writer.addOutlineItem(title: entry.title, parent: parent, page: entry.page + 1, y: max(0, entry.y - 6), open: entry.level == 1)
            parents[entry.level] = id
        }
        return try writer.finish()
    }

    /// Renders page `page` (0-based) alone as PNG (at `scale` pixels per point) or SVG.
    public func renderPage(_ document: LaidOutDocument, page: Int, as format: OutputFormat, scale: Double, typesetter: Typesetter) throws -> Data {
        try ImageRenderer(size: document.style.pageSize, pngScale: scale, background: .white)
            .render(format, typesetter: typesetter) { context in try drawPage(page, of: document, in: context) }
    }

    /// Draws page `page` (0-based) into tradebrief's SVG writer, to be written out later
    /// (possibly on another thread): `PendingSVG.data()` gives what ``renderPage(_:page:as:scale:typesetter:)`` gives as SVG.
    public func recordPageSVG(_ document: LaidOutDocument, page: Int, typesetter: Typesetter) throws -> PendingSVG {
        try ImageRenderer(size: document.style.pageSize, background: .white)
            .recordSVG(typesetter: typesetter) { context in try drawPage(page, of: document, in: context) }
    }

    /// Renders page `page` (0-based) as a PNG at `scale` pixels per point.
    public func renderPNG(_ document: LaidOutDocument, page: Int, scale: Double, typesetter: Typesetter) throws -> Data {
        try ImageRenderer(size: document.style.pageSize, pngScale: scale, background: .white)
            .render(.png, typesetter: typesetter) { context in try drawPage(page, of: document, in: context) }
    }

    /// Draws page `page` into `context`.
    public func drawPage(_ page: Int, of document: LaidOutDocument, in context: GraphicsContext) throws {
        let style = document.style
        drawRunningParts(page: page, count: document.pageCount, style: style, context: context)
        let items = document.items(onPage: page)
        var openTable: Int?
        var openList: Int?
        for (position, item) in items.enumerated() {
            let nextBlock = position + 1 < items.count ? items[position + 1].blockIndex : nil
            if item.role != .tableHeader && item.role != .tableRow, openTable != nil { context.endTag("Table"); openTable = nil }
            if item.role != .listItem, openList != nil { context.endTag("L"); openList = nil }
            switch item.content {
            case .text(let layout, let color, let links, let indent, let rule):
                let tag: String
                switch item.role {
                case .heading(let level): tag = "H\(level)"
                case .quote: tag = "BlockQuote"
                case .code: tag = "Code"
                default: tag = "P"
                }
                if let rule {
                    context.fill(Rect(x: item.frame.minX + 1, y: item.frame.minY, width: item.role == .quote ? 2.5 : 1, height: item.frame.height),
                                 color: rule)
                }
                let origin = Point(x: item.frame.minX + indent, y: item.frame.minY)
                context.withTag(tag) {
                    context.draw(layout, lines: item.lines, at: origin, color: color)
                    addLinks(links, of: layout, lines: item.lines, at: origin, in: context)
                }
            case .title(let title, let subtitle, let dateline):
                var y = item.frame.minY
                context.withTag("H1") { context.draw(title, at: Point(x: item.frame.minX, y: y), color: style.text) }
                y += title.size.height
                if let subtitle {
                    y += 4
                    context.withTag("P") { context.draw(subtitle, at: Point(x: item.frame.minX, y: y), color: style.muted) }
                    y += subtitle.size.height
                }
                if let dateline {
                    y += 8
                    context.withTag("P") { context.draw(dateline, at: Point(x: item.frame.minX, y: y), color: style.muted) }
                    y += dateline.size.height
                }
                context.fill(Rect(x: item.frame.minX, y: y + 8, width: item.frame.width, height: 2), color: style.accent)
            case .listItem(let bullet, let body, let indent, let markerX, let links):
                if openList != item.blockIndex { context.beginTag("L"); openList = item.blockIndex }
                context.withTag("LI") {
                    let baselineShift = body.baseline - bullet.baseline
                    // Bullets of plain lists sit a quarter in; numbered and nested markers where the list puts them.
                    let x = markerX > 0 || bullet.text.count > 1 ? markerX : indent * 0.25
                    context.withTag("Lbl") {
                        context.draw(bullet, at: Point(x: item.frame.minX + x, y: item.frame.minY + baselineShift),
                                     color: bullet.text.count > 1 ? style.text : style.accent)
                    }
                    let origin = Point(x: item.frame.minX + indent, y: item.frame.minY)
                    context.withTag("LBody") {
                        context.draw(body, at: origin, color: style.text)
                        addLinks(links, of: body, lines: 0..<body.lineCount, at: origin, in: context)
                    }
                }
                if nextBlock != item.blockIndex { context.endTag("L"); openList = nil }
            case .figure(let content, let caption, let natural, let captionBelow):
                try context.withTag("Figure") {
                    var y = item.frame.minY
                    if captionBelow, let caption {
                        try context.withSavedState {
                            context.translate(by: item.frame.minX, y)
                            context.scale(by: item.scale, item.scale)
                            try content.draw(in: context, frame: Rect(x: 0, y: 0, width: natural.width, height: natural.height))
                        }
                        context.withTag("Caption") {
                            context.draw(caption, at: Point(x: item.frame.minX, y: y + (natural.height + 5) * item.scale), color: style.muted)
                        }
                        return
                    }
                    if let caption {
                        context.withTag("Caption") {
                            context.draw(caption, at: Point(x: item.frame.minX, y: y), color: style.text)
                        }
                        y += (caption.size.height + 6) * item.scale
                    }
                    try context.withSavedState {
                        context.translate(by: item.frame.minX, y)
                        context.scale(by: item.scale, item.scale)
                        try content.draw(in: context, frame: Rect(x: 0, y: 0, width: natural.width, height: natural.height))
                    }
                }
            case .tableRow(let cells, let offsets, let header, let shaded, let padding):
                if openTable != item.blockIndex { context.beginTag("Table"); openTable = item.blockIndex }
                if shaded { context.fill(item.frame, color: style.zebra) }
                context.withTag("TR") {
                    for (index, cell) in cells.enumerated() {
                        let x = item.frame.minX + offsets[index] + padding
                        context.withTag(header ? "TH" : "TD") {
                            context.draw(cell, at: Point(x: x, y: item.frame.minY + padding), color: style.text)
                        }
                    }
                }
                let ruleColor = header ? style.text : style.rule
                context.strokeLine(from: Point(x: item.frame.minX, y: item.frame.maxY), to: Point(x: item.frame.maxX, y: item.frame.maxY),
                                   color: ruleColor, style: StrokeStyle(width: header ? 0.8 : 0.4))
                if nextBlock != item.blockIndex { context.endTag("Table"); openTable = nil }
            case .sourceNote(let number, let body, let url, let indent, let anchor):
                if let anchor { context.addDestination(anchor, at: Point(x: item.frame.minX, y: max(0, item.frame.minY - 4))) }
                context.withTag("P") {
                    context.draw(number, at: item.frame.origin, color: style.muted)
                    let origin = Point(x: item.frame.minX + indent, y: item.frame.minY)
                    if let url, !url.isEmpty {
                        context.withLink(uri: url) { context.draw(body, at: origin, color: style.text) }
                    } else {
                        context.draw(body, at: origin, color: style.text)
                    }
                }
            }
        }
        if openTable != nil { context.endTag("Table") }
        if openList != nil { context.endTag("L") }
    }

    /// Makes each of `links` live over the part of `layout`'s lines `range` drawn at `origin`.
    private func addLinks(_ links: [InlineLink], of layout: TextLayout, lines range: Range<Int>, at origin: Point, in context: GraphicsContext) {
        for link in links {
            let rects = layout.rectangles(bytes: link.range, lines: range).map {
                Rect(x: $0.minX + origin.x, y: $0.minY + origin.y, width: $0.width, height: $0.height)
            }
            switch link.target {
            case .uri(let uri): context.addLink(uri: uri, rects: rects)
            case .destination(let name): context.addLink(destination: name, rects: rects)
            }
        }
    }

    private func drawRunningParts(page: Int, count: Int, style: LayoutStyle, context: GraphicsContext) {
        let typesetter = context.typesetter
        let font = Font(family: style.bodyFamily, size: style.smallSize)
        let area = style.textArea
        do {
            if page > 0 {
                let header = typesetter.layout(info.runningDate.isEmpty ? info.runningTitle : "\(info.runningTitle)  ·  \(info.runningDate)", font: font, width: area.width, maxLines: 1)
                let y = style.marginTop - 22
                context.draw(header, at: Point(x: area.minX, y: y), color: style.muted)
                context.strokeLine(from: Point(x: area.minX, y: y + header.size.height + 3),
                                   to: Point(x: area.maxX, y: y + header.size.height + 3), color: style.rule, style: StrokeStyle(width: 0.5))
            }
            let number = typesetter.layout("\(page + 1) / \(count)", font: font)
            let note = typesetter.layout(info.footerNote, font: font, width: area.width - number.size.width - 20, maxLines: 1)
            let y = style.pageSize.height - style.marginBottom + 22
            context.strokeLine(from: Point(x: area.minX, y: y - 5), to: Point(x: area.maxX, y: y - 5), color: style.rule, style: StrokeStyle(width: 0.5))
            context.draw(note, at: Point(x: area.minX, y: y), color: style.muted)
            context.draw(number, at: Point(x: area.maxX - number.size.width, y: y), color: style.muted)
        }
    }
}
