import Foundation
import TaalgrensCore

/// Reads an HTML page as a CMS writes it: site chrome skipped, the article's blocks kept, metadata
/// taken from `<meta>`, `<time>` and `<html lang>`.
enum HTMLReader {
    /// Reads an HTML article (already decoded text).
    ///
    /// - Title: the first `<h1>` outside the chrome, moved to block 0; without one, the `<title>` text.
    /// - Metadata: `date` from `<meta name="date">` (also `dcterms.date`, `DC.date`,
    ///   `property="article:published_time"`, `itemprop="datePublished"`), else from the first
    ///   `<time datetime>` in the content, kept only when it starts with a valid ISO date (the first ten
    ///   characters are kept); `author` from `<meta name="author">`; `category` from
    ///   `<meta name="category">` or `property="article:section"`; `lang` from `<html lang>`; `description`
    ///   from `<meta name="description">`, else `og:description`, `twitter:description`,
    ///   `dcterms.description` or `DC.description` (the page's summary, translated like a Markdown front
    ///   matter's `description`).
    /// - Title without an `<h1>`: ``pageTitle(_:openGraph:)``.
    /// - Front matter (fifteenth trial, finding 8): a Jekyll or Eleventy page starts with YAML (`---` … `---`)
    ///   or TOML (`+++` … `+++`) front matter, which those generators read in an `.html` file as in a `.md`
    ///   one. It is read as ``MarkdownReader/frontMatter(of:file:)`` reads it: its `title` is the article's
    ///   title (an `<h1>` saying the same is that title, read once; another `<h1>` becomes a heading), its
    ///   keys are the metadata (over the page's `<meta>` values), and its structure is kept, so that
    ///   `article.md` writes it back. The fence lines are blank to libxml2, so line numbers stay right.
    /// - Throws: ``InputError`` when libxml2 builds no document, or for malformed front matter (with its line).
    static func read(_ text: String, locale: LanguageTag, articleID: String, file: String) throws -> Article {
        let front = try frontMatter(of: text, file: file)
        var page = front.map { String(repeating: "\n", count: $0.bodyLine - 1) + $0.body } ?? text
        // libxml2 drops U+000B (no XML character) without a word; U+2028 is the same break to the reader
        // (``BlockBuilder/lineSeparators``).
        if page.unicodeScalars.contains("\u{0B}") { page = String(String.UnicodeScalarView(page.unicodeScalars.map { $0 == "\u{0B}" ? "\u{2028}" : $0 })) }
        var article = try readPage(page, locale: locale, articleID: articleID, file: file,
                                   frontTitle: front?.title.map { (BlockBuilder.plainContent($0), front?.titleLine) })
        if let front { article.metadata.merge(front.metadata) { _, own in own } }
        return article
    }

    /// The front matter at the very top of a page (``MarkdownReader/frontMatter(of:file:)``), or `nil` when
    /// the first line is neither `---` nor `+++`. A `---` line followed by an HTML tag, not a YAML key, is
    /// not front matter (a horizontal rule drawn with dashes in a text pasted as a page).
    static func frontMatter(of text: String, file: String) throws -> MarkdownReader.FrontMatter? {
        let firstLine = text.prefix { $0 != "\n" }.trimmingCharacters(in: .whitespaces)
        guard firstLine == "---" || firstLine == "+++" else { return nil }
        let second = text.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false).dropFirst().first ?? ""
        if second.trimmingCharacters(in: .whitespaces).hasPrefix("<") { return nil }
        return try MarkdownReader.frontMatter(of: text, file: file)
    }

    /// Reads the page itself (front matter already blanked).
    /// - Parameter frontTitle: the front matter's title (its content and line), which is the article's
    ///   title: an `<h1>` saying the same is read once as the title (the Markdown renderer writes both), any
    ///   other `<h1>` becomes a heading under it, and the `<title>` element is not asked.
    static func readPage(_ text: String, locale: LanguageTag, articleID: String, file: String,
                         frontTitle: (content: RichText, line: Int?)? = nil) throws -> Article {
        let root = try HTMLNode.parse(withoutStrayMarkup(withoutDownlevelConditionals(text)), file: file)
        var metadata: [String: String] = [:]
        if let lang = root.attributes["lang"], !lang.isEmpty { metadata["lang"] = lang }
        var metaDate: String?
        var descriptions: [String: String] = [:]
        var openGraph: [String: String] = [:]
        for meta in root.elements(named: "meta") {
            let name = (meta.attributes["name"] ?? meta.attributes["property"] ?? meta.attributes["itemprop"] ?? "").lowercased()
            guard let content = meta.attributes["content"].map(BlockBuilder.collapse), !content.isEmpty else { continue }
            switch name {
            case "date", "dcterms.date", "dc.date", "article:published_time", "datepublished":
                if metaDate == nil { metaDate = content }
            case "author":
                if metadata["author"] == nil { metadata["author"] = content }
            case "category", "article:section":
                if metadata["category"] == nil { metadata["category"] = content }
            case "description", "og:description", "twitter:description", "dc.description", "dcterms.description":
                descriptions[name] = descriptions[name] ?? content
            case "og:title", "og:site_name", "application-name":
                openGraph[name] = openGraph[name] ?? content
            default: break
            }
        }
        // Schema.org JSON-LD, where Drupal's schema_metatag, Yoast and most news CMSs put the date and the author
        // (fifteenth trial, finding 13): after the <meta> tags.
        if let linked = linkedData(root) {
            if metaDate == nil { metaDate = linked.date }
            if metadata["author"] == nil, let author = linked.author { metadata["author"] = author }
            if metadata["category"] == nil, let section = linked.section { metadata["category"] = section }
        }
        // The page's summary, translated like a Markdown front matter's `description` (tenth trial, finding 9):
        // the page's own `<meta name="description">` first, then Open Graph's and the others.
        if let description = ["description", "og:description", "twitter:description", "dcterms.description", "dc.description"]
            .lazy.compactMap({ descriptions[$0] }).first {
            metadata["description"] = description
        }
        var builder = BlockBuilder(titleRule: .firstH1, skipsChrome: true)
        builder.keepsStructure = true
        builder.pageLanguage = locale
        let main = BlockBuilder.mainContent(of: root)
        builder.pageHasMainContent = main.found
        builder.mainContentHasH1 = main.hasH1
        builder.contentLandmark = main.landmark
        builder.contentLandmarkPath = main.landmarkPath
        builder.pageHasH1 = root.firstElement(named: "h1") != nil
        builder.shareBoxLabels = BlockBuilder.shareBoxLabels(under: root)
        builder.footnoteNumbers = BlockBuilder.wordPressFootnoteNumbers(under: root)
        // Google Docs writes every space at the edge of a run, and every second space of a run of spaces,
        // as a no-break space: on its pages U+00A0 is a space (a no-break space typed in Docs is lost).
        builder.noBreakSpaceIsSpace = BlockBuilder.isGoogleDocsPage(root)
        if builder.noBreakSpaceIsSpace {
            // Docs styles its runs by class: bold, italic, underline, … come from its style sheet.
            builder.classStyles = BlockBuilder.runStyles(css: root.elements(named: "style").map(\.textContent).joined(separator: "\n"))
        }
        builder.walk(children: root.firstElement(named: "body") ?? root, language: BlockBuilder.language(of: root))
        builder.dropRepeatedOpening()
        var prefix: [Block] = []
        if !builder.built.contains(where: { $0.block.kind == .title }) {
            let title = root.firstElement(named: "title")
            var text = pageTitle(title.map { BlockBuilder.collapse($0.textContent) } ?? "", openGraph: openGraph)
            // A mail template's `<title>*|MC:SUBJECT|*</title>` is the sending service's merge tag, filled in
            // at sending: no title to translate (nineteenth trial, finding 1).
            if BlockBuilder.isMergeTagOnly(text) { text = "" }
            let content = BlockBuilder.plainContent(text)
            if !BlockBuilder.isBlank(content) { prefix.append(Block(kind: .title, content: content, line: title?.line)) }
        }
        var blocks = builder.assemble(prefix: prefix)
        if let frontTitle, !BlockBuilder.isBlank(frontTitle.content) {
            let title = Block(kind: .title, content: frontTitle.content, line: frontTitle.line)
            if !prefix.isEmpty {
                blocks[0] = title  // the `<title>` element's text gives way
            } else if let first = blocks.first, first.kind == .title {
                if first.content.plainText == frontTitle.content.plainText {
                    metadata[MarkdownReader.titleHeadingKey] = "yes"
                } else {
                    blocks[0].kind = .heading
                    blocks[0].level = 1
                    blocks.insert(title, at: 0)
                }
            } else {
                blocks.insert(title, at: 0)
            }
        }
        let candidates = [metaDate].compactMap { $0 } + builder.timeValues
        if let date = candidates.lazy.compactMap(isoDatePrefix).first { metadata["date"] = date }
        return Article(id: articleID, locale: locale, format: .html, metadata: metadata, blocks: blocks)
    }

    /// The article's date, author and section from the page's schema.org JSON-LD (`<script
    /// type="application/ld+json">`): the first object, at the top or in an `@graph` or an array, whose
    /// `@type` is an article type (`Article`, `NewsArticle`, `BlogPosting`, `ReportageNewsArticle`, …, any
    /// type ending in "Article" or "Posting"): `datePublished` (else `dateCreated`), `author`'s `name`
    /// (an object, a list of them joined with ", ", or a string) and `articleSection`. `nil` when the page
    /// has none or its JSON does not parse (a page's broken script is no error of the article).
    static func linkedData(_ root: HTMLNode) -> (date: String?, author: String?, section: String?)? {
        func isArticle(_ object: [String: Any]) -> Bool {
            let types = (object["@type"] as? [String]) ?? [(object["@type"] as? String) ?? ""]
            return types.contains { $0.hasSuffix("Article") || $0.hasSuffix("Posting") }
        }
        func articles(_ value: Any) -> [[String: Any]] {
            if let array = value as? [Any] { return array.flatMap(articles) }
            guard let object = value as? [String: Any] else { return [] }
            return (isArticle(object) ? [object] : []) + (object["@graph"].map(articles) ?? [])
        }
        func names(_ value: Any?) -> String? {
            if let name = value as? String { return BlockBuilder.collapse(name) }
            if let object = value as? [String: Any] { return names(object["name"]) }
            if let list = value as? [Any] {
                let all = list.compactMap(names).filter { !$0.isEmpty }
                return all.isEmpty ? nil : all.joined(separator: ", ")
            }
            return nil
        }
        for script in root.elements(named: "script") where script.attributes["type"]?.lowercased() == "application/ld+json" {
            guard let data = script.textContent.data(using: .utf8),
                  let json = try? JSONSerialization.jsonObject(with: data),
                  let article = articles(json).first else { continue }
            let date = (article["datePublished"] as? String) ?? (article["dateCreated"] as? String)
            let section = (article["articleSection"] as? String) ?? (article["articleSection"] as? [String])?.first
            return (date, names(article["author"]).flatMap { $0.isEmpty ? nil : $0 }, section.map(BlockBuilder.collapse))
        }
        return nil
    }

    /// The title of a page without an `<h1>`: its `<title>`, unless that is only the site's name (empty, or
    /// equal to `og:site_name` or `application-name`) or the Open Graph title followed or preceded by the
    /// site's name after a separator (`|`, `-`, `–`, `—`, `·`, `:`), when `og:title` is the article's title
    /// (Open Graph protocol, "Basic Metadata": the title of the object as it should appear).
    /// - Parameters:
    ///   - title: the `<title>` text, white space collapsed (empty when there is none).
    ///   - openGraph: the values of `og:title`, `og:site_name` and `application-name`, by that name.
    static func pageTitle(_ title: String, openGraph: [String: String]) -> String {
        let trimmed = title.trimmingCharacters(in: .whitespaces)
        guard let ogTitle = openGraph["og:title"]?.trimmingCharacters(in: .whitespaces), !ogTitle.isEmpty else { return trimmed }
        if trimmed.isEmpty { return ogTitle }
        let siteNames = [openGraph["og:site_name"], openGraph["application-name"]].compactMap { $0?.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        if siteNames.contains(where: { $0.caseInsensitiveCompare(trimmed) == .orderedSame }) { return ogTitle }
        if trimmed != ogTitle, trimmed.hasPrefix(ogTitle) || trimmed.hasSuffix(ogTitle) {
            let rest = trimmed.hasPrefix(ogTitle) ? trimmed.dropFirst(ogTitle.count) : trimmed.dropLast(ogTitle.count)
            let separators: Set<Character> = ["|", "-", "–", "—", "·", ":", "•"]
            if rest.trimmingCharacters(in: .whitespaces).first.map(separators.contains) == true
                || rest.trimmingCharacters(in: .whitespaces).last.map(separators.contains) == true {
                return ogTitle
            }
        }
        return trimmed
    }

    /// `text` without the markers of Microsoft Word's "downlevel-revealed" conditional comments
    /// (`<![if !supportLists]>`, `<![endif]>`), which HTML parses as bogus comments, showing what lies between
    /// them; libxml2 would keep them as text. The markers are removed, what lies between them stays, and no
    /// line moves. (The usual `<!--[if gte mso 9]>…<![endif]-->` is a comment and is left alone.)
    static func withoutDownlevelConditionals(_ text: String) -> String {
        guard text.contains("<![") else { return text }
        return text.replacing(/<!\[(?:if\s[^\]>]*|endif)\]>/.ignoresCase(), with: "")
    }

    /// `text` without what a page generator leaves outside the page's head and body (REALARTICLES10,
    /// class 1). When a page writes `<html>`, `<head>`…`</head>`, `<body>` and `</body>` itself, the
    /// article is what lies inside `<body>`: elements and text between `<html>` and `<head>`, between
    /// `</head>` and `<body>`, and after `</body>` are not (HTML calls them parse errors and moves them into
    /// the body). libxml2 2.9 implies the body at an element it meets before `<head>` and then keeps
    /// everything in it, the head's `<title>` and what follows `</body>` included, so FSFE's news sources
    /// came out with their `<version>1</version>` as a paragraph "1" and their `<tags>` and `<translator>`
    /// after `</body>` as a paragraph "Tools Corona André Ockers": text no reader of the published page
    /// sees and no translator should get.
    ///
    /// - Parameter text: the page's text, already decoded.
    /// - Returns: the text with those stretches removed except their line breaks, so that no line moves
    ///   (block lines are still the source's); unchanged when any of the five tags is missing or they
    ///   are out of order (a fragment, a page that lets the parser imply its body).
    /// - Complexity: O(n) in the length of `text`.
    static func withoutStrayMarkup(_ text: String) -> String {
        guard text.range(of: "</body", options: .caseInsensitive) != nil else { return text }
        func first(_ pattern: Regex<Substring>, from start: String.Index) -> Range<String.Index>? {
            text[start...].firstMatch(of: pattern)?.range
        }
        let start = text.startIndex
        guard let html = first(/<html(?=[\s>\/])[^>]*>/.ignoresCase(), from: start),
              let head = first(/<head(?=[\s>\/])[^>]*>/.ignoresCase(), from: html.upperBound),
              let headEnd = first(/<\/head\s*>/.ignoresCase(), from: head.upperBound),
              let body = first(/<body(?=[\s>\/])[^>]*>/.ignoresCase(), from: headEnd.upperBound),
              let bodyEnd = text[body.upperBound...].matches(of: /<\/body\s*>/.ignoresCase()).last?.range
        else { return text }
        let htmlEnd = text[bodyEnd.upperBound...].firstMatch(of: /<\/html\s*>/.ignoresCase())?.range.lowerBound ?? text.endIndex
        func lineBreaks(_ range: Range<String.Index>) -> String { String(text[range].filter { $0 == "\n" || $0 == "\r\n" }) }
        return String(text[..<html.upperBound]) + lineBreaks(html.upperBound..<head.lowerBound)
            + text[head.lowerBound..<headEnd.upperBound] + lineBreaks(headEnd.upperBound..<body.lowerBound)
            + text[body.lowerBound..<bodyEnd.upperBound] + lineBreaks(bodyEnd.upperBound..<htmlEnd)
            + text[htmlEnd...]
    }

    /// The `yyyy-MM-dd` at the start of a date or date-time value, when it is a valid date.
    private static func isoDatePrefix(_ value: String) -> String? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        let prefix = String(trimmed.prefix(10))
        guard ISODate(prefix) != nil else { return nil }
        if trimmed.count > 10 {
            let next = trimmed[trimmed.index(trimmed.startIndex, offsetBy: 10)]
            guard next == "T" || next == " " || next == "t" else { return nil }
        }
        return prefix
    }
}
