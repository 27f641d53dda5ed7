import Foundation
import TaalgrensCore

/// Writes an ``Article`` as a complete HTML5 page in its locale: `<html lang>`, a `<title>`, a short
/// readable style sheet, a header with the title, a byline (the localised date, the author, the
/// category), then the blocks.
///
/// - Blocks: headings `<h1>`…`<h6>` (the title is the page's first `<h1>`), paragraphs `<p>`, consecutive list
///   items as nested `<ul>`/`<ol>`, consecutive quotes as one `<blockquote>`, consecutive table cells as a
///   `<table>` (a row starts at column 1; a table caption block before it is its `<caption>`, header cells
///   are `<th>`, ``Block/columnSpan`` and ``Block/rowSpan`` are `colspan` and `rowspan`), consecutive
///   definition terms and descriptions as one `<dl>` of `<dt>` and `<dd>`, an image block as `<figure>` with the captions that follow it as `<figcaption>`, other
///   captions as a `<figure>` holding a `<figcaption>`, block-level code as `<pre>`, an embed as its
///   markup, a footnote's text as `<p id="fn-1" role="doc-footnote">` (DPUB-ARIA 1.0).
/// - Inline codes: `<a href title>`, `<em>`, `<strong>`, `<code>`, `<br>`, `<img src alt title>`, `<sup>`,
///   `<sub>`, `<u>`, `<s>`, `<abbr title>`, footnote references as `<sup><a role="doc-noteref">`; soft hyphens as `&shy;`, zero-width spaces as `&#x200B;`; attached blocks fill
///   the `alt` and `title` attributes of their owners. A paired `other` code with a `lang` attribute is a
///   passage in another language than the page: `<span lang="en">` (WCAG 2.1, success criterion 3.1.2).
/// - Links whose target can run script (`javascript:`, `vbscript:`, `data:`; ``LinkSafety``) are written as
///   their text only, and such image sources are left out of the `<img>`.
/// - The byline is a `<footer>` right after the article's `<header>` (HTML's element for "who wrote it";
///   a header may not hold a footer), so that ``ArticleReader`` reading the page back does not take it for
///   article text.
public enum HTMLRenderer {
    /// Renders an article as an HTML5 page.
    /// - Parameters:
    ///   - article: the article.
    ///   - typography: the locale's typographic rules, applied to every text run (`nil`: none). Its
    ///     `dateLocale` chooses how the date is written.
    /// - Returns: the page, UTF-8 ready, ending with a newline.
    /// - Complexity: O(n) in the size of the article.
    public static func render(_ article: Article, typography: Typography?) -> String {
        let blocks = article.blocks.map { block -> Block in
            var b = block
            if let typography { b.content = typography.apply(to: block.content) }
            return b
        }
        let attached = AttachedAttributes(blocks)
        let titleBlock = blocks.first?.kind == .title ? blocks[0] : nil
        let titleText = titleBlock.map { InlineNode.text(InlineNode.tree($0.content)) } ?? article.id

        var head = """
        <!DOCTYPE html>
        <html lang="\(MarkupEscaping.attribute(article.locale.identifier))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(MarkupEscaping.text(titleText))</title>

        """
        if let date = article.metadata["date"] { head += "<meta name=\"date\" content=\"\(MarkupEscaping.attribute(date))\">\n" }
        if let author = article.metadata["author"] { head += "<meta name=\"author\" content=\"\(MarkupEscaping.attribute(author))\">\n" }
        if let category = article.metadata["category"] { head += "<meta name=\"category\" content=\"\(MarkupEscaping.attribute(category))\">\n" }
        head += "<style>\n\(styleSheet)</style>\n</head>\n<body>\n<article>\n<header>\n"
        if let titleBlock {
            head += "<h1>\(InlineHTML.render(InlineNode.tree(titleBlock.content), block: 0, attached: attached))</h1>\n"
        }
        var byline: [String] = []
        if let date = article.metadata["date"] {
            let dateLocale = typography?.dateLocale.flatMap(LanguageTag.init) ?? article.locale
            let shown = LocalizedDate.format(isoDate: date, locale: dateLocale) ?? date
            byline.append("<time datetime=\"\(MarkupEscaping.attribute(date))\">\(MarkupEscaping.text(shown))</time>")
        }
        for key in ["author", "category"] {
            if let value = article.metadata[key] {
                byline.append("<span class=\"\(key)\">\(MarkupEscaping.text(typography?.apply(to: value) ?? value))</span>")
            }
        }
        head += "</header>\n"
        if !byline.isEmpty { head += "<footer class=\"byline\">\(byline.joined(separator: " · "))</footer>\n" }

        var body = ""
        var index = titleBlock == nil ? 0 : 1
        func inline(_ i: Int) -> String {
            InlineHTML.render(InlineNode.tree(blocks[i].content), block: i, attached: attached, imageBlock: isImageBlock(blocks[i]))
        }
        func isPlainCaption(_ i: Int) -> Bool {
            blocks[i].kind == .caption && blocks[i].role == nil && !isImageBlock(blocks[i]) && !attached.attachedBlocks.contains(i)
        }
        func isDefinitionListItem(_ block: Block) -> Bool {
            block.kind == .paragraph && (block.role == .definitionTerm || block.role == .definitionDescription)
        }
        func embed(_ i: Int) -> String {
            EmbedMarkup.render(blocks[i].content) { attached.text(block: i, code: $0.id, attribute: $0.attributes["slot"] ?? "") ?? "" }
        }
        while index < blocks.count {
            if attached.attachedBlocks.contains(index) { index += 1; continue }
            let block = blocks[index]
            switch block.kind {
            case .title:
                body += "<h1>\(inline(index))</h1>\n"
                index += 1
            case .heading:
                let level = min(max(block.level ?? 2, 1), 6)
                body += "<h\(level)>\(inline(index))</h\(level)>\n"
                index += 1
            case .paragraph where block.role == .embed:
                body += embed(index) + "\n"
                index += 1
            case .paragraph where isDefinitionListItem(block):
                // Consecutive terms and descriptions are one definition list.
                body += "<dl>\n"
                while index < blocks.count, isDefinitionListItem(blocks[index]) || attached.attachedBlocks.contains(index) {
                    if !attached.attachedBlocks.contains(index) {
                        let element = blocks[index].role == .definitionTerm ? "dt" : "dd"
                        body += "<\(element)>\(inline(index))</\(element)>\n"
                    }
                    index += 1
                }
                body += "</dl>\n"
            case .paragraph:
                let nodes = InlineNode.tree(block.content)
                if let label = footnoteLabel(block) {
                    body += "<p\(InlineHTML.footnoteAttributes(label))>\(inline(index))</p>\n"
                } else if nodes.count == 1, case .single(let code) = nodes[0], code.type == .code, code.attributes["display"] == "block" {
                    body += "<pre>\(inline(index))</pre>\n"
                } else if nodes.count == 1, case .pair(let code, _) = nodes[0], code.type == .code, code.attributes["display"] == "block" {
                    body += "<pre>\(inline(index))</pre>\n"
                } else {
                    body += "<p>\(inline(index))</p>\n"
                }
                index += 1
            case .quote:
                body += "<blockquote>\n"
                while index < blocks.count, blocks[index].kind == .quote || attached.attachedBlocks.contains(index) {
                    if !attached.attachedBlocks.contains(index) { body += "<p>\(inline(index))</p>\n" }
                    index += 1
                }
                body += "</blockquote>\n"
            case .listItem:
                var open: [(ordered: Bool, level: Int)] = []
                while index < blocks.count, blocks[index].kind == .listItem || attached.attachedBlocks.contains(index) {
                    if attached.attachedBlocks.contains(index) { index += 1; continue }
                    let item = blocks[index]
                    let level = max(item.level ?? 1, 1)
                    while let last = open.last, last.level > level || (last.level == level && last.ordered != item.ordered) {
                        body += "</li>\n</\(last.ordered ? "ol" : "ul")>\n"
                        open.removeLast()
                    }
                    if let last = open.last, last.level == level {
                        body += "</li>\n"
                    } else {
                        while (open.last?.level ?? 0) < level {
                            body += "<\(item.ordered ? "ol" : "ul")>\n"
                            open.append((item.ordered, (open.last?.level ?? 0) + 1))
                        }
                    }
                    body += "<li>\(inline(index))"
                    index += 1
                }
                while let last = open.popLast() { body += "</li>\n</\(last.ordered ? "ol" : "ul")>\n" }
            case .caption where block.role == .tableCaption, .tableCell:
                body += "<table>\n"
                if block.kind == .caption {
                    body += "<caption>\(inline(index))</caption>\n"
                    index += 1
                }
                var previousColumn = Int.max
                var rowOpen = false
                var cellsInRow = 0
                while index < blocks.count, blocks[index].kind == .tableCell || attached.attachedBlocks.contains(index) {
                    if attached.attachedBlocks.contains(index) { index += 1; continue }
                    let column = blocks[index].level ?? 1
                    if column <= previousColumn {
                        if rowOpen { body += "</tr>\n" }
                        body += "<tr>"
                        rowOpen = true
                        cellsInRow = 0
                    }
                    let cell = blocks[index].role == .headerCell ? "th" : "td"
                    let columnSpan = max(blocks[index].columnSpan ?? 1, 1)
                    var spans = ""
                    if columnSpan > 1 { spans += " colspan=\"\(columnSpan)\"" }
                    if let rowSpan = blocks[index].rowSpan, rowSpan > 1 { spans += " rowspan=\"\(rowSpan)\"" }
                    body += String(repeating: "<td></td>", count: max(column - 1 - cellsInRow, 0)) + "<\(cell)\(spans)>\(inline(index))</\(cell)>"
                    cellsInRow = max(column, cellsInRow + 1) + columnSpan - 1
                    previousColumn = column
                    index += 1
                }
                if rowOpen { body += "</tr>\n" }
                body += "</table>\n"
            case .caption:
                body += "<figure>\n"
                if isImageBlock(block) {
                    body += inline(index) + "\n"
                    index += 1
                }
                while index < blocks.count, isPlainCaption(index) || attached.attachedBlocks.contains(index) {
                    if !attached.attachedBlocks.contains(index) { body += "<figcaption>\(inline(index))</figcaption>\n" }
                    index += 1
                }
                body += "</figure>\n"
            }
        }
        return head + body + "</article>\n</body>\n</html>\n"
    }

    /// A minimal style sheet: one readable column, quiet figures, quotes and tables.
    static let styleSheet = """
    body { margin: 0; padding: 2rem 1rem; background: #fff; color: #222; }
    article { max-width: 40rem; margin: 0 auto; font: 1.125rem/1.6 Georgia, "Times New Roman", serif; }
    h1, h2, h3, h4, h5, h6 { font-family: system-ui, "Helvetica Neue", Arial, sans-serif; line-height: 1.25; }
    h1 { font-size: 2rem; margin: 0 0 0.5rem; }
    .byline { color: #666; font: 0.9rem/1.4 system-ui, "Helvetica Neue", Arial, sans-serif; margin-bottom: 2rem; }
    a { color: #0b57d0; }
    blockquote { margin: 1.5rem 0; padding-left: 1rem; border-left: 4px solid #ccc; font-style: italic; }
    figure { margin: 1.5rem 0; }
    figure img { max-width: 100%; height: auto; }
    figcaption { color: #555; font-size: 0.9rem; }
    table { border-collapse: collapse; margin: 1.5rem 0; }
    td, th { border: 1px solid #ccc; padding: 0.25rem 0.5rem; }
    pre { overflow-x: auto; background: #f5f5f5; padding: 0.75rem; }

    """
}
