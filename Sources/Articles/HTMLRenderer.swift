import Foundation
import TaalgrensCore

/// Writes an ``Article`` as a complete HTML5 page in its locale: `<html lang>`, a `<title>`, a short
/// readable style sheet, a header with the title, a byline (the localised date, the author, the
/// category), then the blocks.
///
/// - Blocks: headings `<h1>`…`<h6>` (the title is the page's first `<h1>`), paragraphs `<p>`, consecutive list
///   items as nested `<ul>`/`<ol>`, the blocks of one quotation (``Block/quote``) as one `<blockquote>` (consecutive
///   quotes without a number as one), the blocks of one figure (``Block/figure``) as one `<figure>` (its
///   captions as `<figcaption>`), consecutive table cells as a
///   `<table>` (a row starts at column 1; a table caption block before it is its `<caption>`, header cells
///   are `<th>`, ``Block/columnSpan`` and ``Block/rowSpan`` are `colspan` and `rowspan`), consecutive
///   definition terms and descriptions as one `<dl>` of `<dt>` and `<dd>`, an image block as `<figure>` with the captions that follow it as `<figcaption>`, other
///   captions as a `<figure>` holding a `<figcaption>`, block-level code as `<pre>`, an embed as its
///   markup, a footnote's text as `<p id="fn-1" role="doc-footnote">` (DPUB-ARIA 1.0).
/// - Structure: the blocks of one container (``Block/containers``: a `<section>`, a post's `<article>`, a
///   `<details>` box, an `<aside>`) are written inside that element with its attributes; a block's kept
///   attributes (``Block/attributes``: `id`, `class`, `scope`, …) go on its element, a list's (`start`,
///   `reversed`, `type`) on the `<ol>` its first item opens, a quotation's `cite` on its `<blockquote>`, a
///   cell's row group as `<thead>`/`<tbody>`/`<tfoot>`; a `summary` block is a `<summary>`, an `attribution`
///   block the quotation's `<footer>`.
/// - Inline codes: `<a href title>`, `<em>`, `<strong>`, `<code>`, `<br>`, `<img src alt title>`, `<sup>`,
///   `<sub>`, `<u>`, `<s>`, `<abbr title>`, footnote references as `<sup><a role="doc-noteref">`; an `other` code holding a soft hyphen or zero-width space (memories written before those were removed, ``InvisibleFormat``) as `&shy;` / `&#x200B;`; attached blocks fill
///   the `alt` and `title` attributes of their owners. A paired `other` code with a `lang` attribute is a
///   passage in another language than the page: `<span lang="en">` (WCAG 2.1, success criterion 3.1.2);
///   typography leaves its text alone. A block in another language (``Block/isInAnotherLanguage(than:)``)
///   keeps its `lang` on its element and gets no typography. A template tag in running text (an `other` code
///   with `template`) is shown as `<code class="shortcode">`.
/// - Links whose target can run script (`javascript:`, `vbscript:`, `data:`; ``LinkSafety``) are written as
///   their text only, and such image sources are left out of the `<img>`.
/// - The byline is a `<footer>` right after the article's `<header>` (HTML's element for "who wrote it";
///   a header may not hold a footer), so that ``ArticleReader`` reading the page back does not take it for
///   article text. It leaves the date out when a dateline near the top of the text shows it already
///   (``showsDate(_:shown:in:)``); the head's `<meta name="date">` keeps it.
/// - The head carries `<meta name="description">` from the metadata's `description` (a Markdown front
///   matter's, a page's own `<meta>`; a bundle's translation of it).
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
            // A block in another language (an embedded English tweet) keeps its own typography.
            if let typography, !block.isInAnotherLanguage(than: article.locale) { b.content = typography.apply(to: block.content) }
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
        if let description = article.metadata["description"] {
            let shown = typography?.apply(to: description) ?? description
            head += "<meta name=\"description\" content=\"\(MarkupEscaping.attribute(shown))\">\n"
        }
        head += "<style>\n\(styleSheet)</style>\n</head>\n<body>\n<article>\n<header>\n"
        if let titleBlock {
            head += "<h1\(HTMLBlockWriter.attributes(titleBlock.attributes))>\(InlineHTML.render(InlineNode.tree(titleBlock.content), block: 0, attached: attached))</h1>\n"
        }
        var byline: [String] = []
        if let date = article.metadata["date"] {
            let dateLocale = typography?.dateLocale.flatMap(LanguageTag.init) ?? article.locale
            let shown = LocalizedDate.format(isoDate: date, locale: dateLocale) ?? date
            if !showsDate(date, shown: shown, in: blocks) {
                    byline.append("<time datetime=\"\(MarkupEscaping.attribute(date))\">\(MarkupEscaping.text(shown))</time>")
            }
        }
        for key in ["author", "category"] {
            if let value = article.metadata[key] {
                byline.append("<span class=\"\(key)\">\(MarkupEscaping.text(typography?.apply(to: value) ?? value))</span>")
            }
        }
        head += "</header>\n"
        if !byline.isEmpty { head += "<footer class=\"byline\">\(byline.joined(separator: " · "))</footer>\n" }

        let writer = HTMLBlockWriter(blocks: blocks, attached: attached)
        let body = writer.render((titleBlock == nil ? 0 : 1)..<blocks.count)
        return head + body + "</article>\n</body>\n</html>\n"
    }

    /// How many blocks after the title a dateline is looked for in (``showsDate(_:shown:in:)``).
    static let datelineBlocks = 6
    /// The most words a dateline block has ("Brussels, Monday 30 November 2026, 14:00").
    static let datelineWords = 12

    /// Whether the article's text already shows its date near the top, so that the byline would repeat it
    /// (tenth trial, finding 9: a CMS page's "Brussels, 30 November 2026" dateline under a byline "30
    /// November 2026"): one of the first ``datelineBlocks`` blocks after the title, of at most
    /// ``datelineWords`` words (a dateline, not a sentence that mentions the day), holds a `<time>` code
    /// whose `datetime` is that date (a date-time counts by its date), or its text holds the date as the
    /// byline writes it (`shown`, compared ignoring case, with no-break spaces as spaces).
    /// - Parameters:
    ///   - date: the article's ISO date (`yyyy-MM-dd`).
    ///   - shown: the date as the byline would write it ("30 novembre 2026").
    ///   - blocks: the article's blocks, title first when it has one.
    static func showsDate(_ date: String, shown: String, in blocks: [Block]) -> Bool {
        let start = blocks.first?.kind == .title ? 1 : 0
        let normalized = { (text: String) in text.replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ").lowercased() }
        let wanted = normalized(shown)
        for block in blocks.dropFirst(start).prefix(datelineBlocks) {
            // A dateline or a meta line, not a sentence that mentions the day.
            guard block.content.plainText.split(whereSeparator: \.isWhitespace).count <= datelineWords else { continue }
            for element in block.content.elements {
                if case .code(let code) = element, code.attributes["element"] == "time",
                   code.attributes["datetime"]?.hasPrefix(date) == true {
                    return true
                }
            }
            if !wanted.isEmpty, normalized(block.content.plainText).contains(wanted) { return true }
        }
        return false
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
