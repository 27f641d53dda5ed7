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
    ///   `<meta name="category">` or `property="article:section"`; `lang` from `<html lang>`.
    /// - Throws: ``InputError`` when libxml2 builds no document.
    static func read(_ text: String, locale: LanguageTag, articleID: String, file: String) throws -> Article {
        let root = try HTMLNode.parse(withoutDownlevelConditionals(text), file: file)
        var metadata: [String: String] = [:]
        if let lang = root.attributes["lang"], !lang.isEmpty { metadata["lang"] = lang }
        var metaDate: String?
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
            default: break
            }
        }
        var builder = BlockBuilder(titleRule: .firstH1, skipsChrome: true)
        builder.keepsStructure = true
        let main = BlockBuilder.mainContent(of: root)
        builder.pageHasMainContent = main.found
        builder.mainContentHasH1 = main.hasH1
        builder.pageHasH1 = root.firstElement(named: "h1") != nil
        // Google Docs writes every space at the edge of a run, and every second space of a run of spaces,
        // as a no-break space: on its pages U+00A0 is a space (a no-break space typed in Docs is lost).
        builder.noBreakSpaceIsSpace = (root.firstElement(named: "body")?.attributes["class"] ?? "").split(separator: " ").contains("doc-content")
        builder.walk(children: root.firstElement(named: "body") ?? root, language: BlockBuilder.language(of: root))
        builder.dropRepeatedOpening()
        var prefix: [Block] = []
        if !builder.built.contains(where: { $0.block.kind == .title }),
           let title = root.firstElement(named: "title") {
            let content = BlockBuilder.plainContent(title.textContent)
            if !BlockBuilder.isBlank(content) { prefix.append(Block(kind: .title, content: content, line: title.line)) }
        }
        let blocks = builder.assemble(prefix: prefix)
        let candidates = [metaDate].compactMap { $0 } + builder.timeValues
        if let date = candidates.lazy.compactMap(isoDatePrefix).first { metadata["date"] = date }
        return Article(id: articleID, locale: locale, format: .html, metadata: metadata, blocks: blocks)
    }

    /// `text` without the markers of Microsoft Word's "downlevel-revealed" conditional comments
    /// (`<![if !supportLists]>`, `<![endif]>`), which HTML parses as bogus comments, showing what lies between
    /// them; libxml2 would keep them as text. The markers are removed, what lies between them stays, and no
    /// line moves. (The usual `<!--[if gte mso 9]>…<![endif]-->` is a comment and is left alone.)
    static func withoutDownlevelConditionals(_ text: String) -> String {
        guard text.contains("<![") else { return text }
        return text.replacing(/<!\[(?:if\s[^\]>]*|endif)\]>/.ignoresCase(), with: "")
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
