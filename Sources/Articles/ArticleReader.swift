import Foundation
import TaalgrensCore

/// Reads one language version of an article from Markdown, HTML or plain text into an ``Article``.
///
/// The rules per format are in `docs/articles.md`. All three formats go through the same input hygiene
/// (UTF-8 with or without a byte-order mark, UTF-16 with a byte-order mark, Windows-1252 detected and
/// decoded, CRLF to LF, NFC) and produce the same block kinds and inline codes.
public enum ArticleReader {
    /// The largest article file the reader accepts: 8 MiB (8,388,608 bytes). A news article is a few
    /// kilobytes; anything this large is refused rather than read into memory.
    public static let maximumFileSize = 8 * 1024 * 1024

    /// Reads an article file; the format comes from the extension (``ArticleFormat/init(fileExtension:)``).
    ///
    /// - Parameters:
    ///   - url: the file.
    ///   - locale: the language of this version.
    ///   - articleID: the article id; when `nil`, the Markdown front matter's `id`, else the name of the
    ///     folder holding the file.
    /// - Returns: the article, with ``Article/source`` set to `url`.
    /// - Throws: ``InputError`` when the file is missing or unreadable, larger than ``maximumFileSize``,
    ///   has an unknown extension, is not decodable text, is malformed (for example broken front matter),
    ///   or has no translatable text (``hasTranslatableText(_:)``).
    /// - Complexity: O(n) in the size of the file.
    public static func read(_ url: URL, locale: LanguageTag, articleID: String? = nil) throws -> Article {
        let file = url.path
        let format = try self.format(of: url)
        let data = try contents(of: url)
        let text = try InputText.decode(data, file: file).text
        let defaultID = url.deletingLastPathComponent().lastPathComponent
        var article = try read(text, format: format, locale: locale, articleID: articleID, defaultID: defaultID, file: file)
        article.source = url
        return article
    }

    /// Reads an article from bytes (for example a file inside a zip archive), with the same hygiene as a file.
    ///
    /// - Parameters:
    ///   - data: the bytes of the article file.
    ///   - format: how the text is written.
    ///   - locale: the language of this version.
    ///   - articleID: the article id (a front-matter `id` does not override it).
    ///   - file: the name used in error messages.
    /// - Throws: ``InputError`` for bytes larger than ``maximumFileSize``, undecodable or malformed input, or
    ///   input without translatable text.
    public static func read(_ data: Data, format: ArticleFormat, locale: LanguageTag, articleID: String, file: String) throws -> Article {
        guard data.count <= maximumFileSize else {
            throw InputError(file: file, "the article is \(data.count) bytes; the limit is \(maximumFileSize) bytes (8 MiB)")
        }
        let text = try InputText.decode(data, file: file).text
        return try read(text, format: format, locale: locale, articleID: articleID, defaultID: articleID, file: file)
    }

    /// Reads an article from text already in memory. Line endings are unified and the text is normalised
    /// to NFC as for files.
    ///
    /// - Parameters:
    ///   - text: the article.
    ///   - format: how the text is written.
    ///   - locale: the language of this version.
    ///   - articleID: the article id (a front-matter `id` does not override it).
    ///   - file: the name used in error messages.
    /// - Throws: ``InputError`` for malformed input (front matter, an HTML page libxml2 cannot parse), or
    ///   input without translatable text.
    public static func read(_ text: String, format: ArticleFormat, locale: LanguageTag, articleID: String, file: String) throws -> Article {
        try read(InputText.clean(text), format: format, locale: locale, articleID: articleID, defaultID: articleID, file: file)
    }

    private static func read(_ text: String, format: ArticleFormat, locale: LanguageTag, articleID: String?,
                             defaultID: String, file: String) throws -> Article {
        var article: Article
        switch format {
        case .markdown:
            article = try MarkdownReader.read(text, locale: locale, articleID: articleID, file: file, defaultID: defaultID)
        case .html:
            article = try HTMLReader.read(text, locale: locale, articleID: articleID ?? defaultID, file: file)
        case .text:
            article = PlainTextReader.read(InputText.plainTextLines(text), locale: locale, articleID: articleID ?? defaultID)
        }
        article.id = Article.normalizedID(article.id)
        guard hasTranslatableText(article) else {
            let what = text.allSatisfy(\.isWhitespace) ? "the file is empty" : "the file holds no heading, paragraph, list item or quote with text"
            throw InputError(file: file, "\(what): an article version needs translatable text (at least one letter or digit outside front matter, markup and comments)")
        }
        return article
    }

    /// Whether an article has translatable text: a block (the front matter's title included) whose plain
    /// text holds at least one letter or digit (Unicode properties Alphabetic or Numeric_Type). An empty file, one
    /// with only front matter without a title, only white space, only markup or only punctuation has none:
    /// segmenting, aligning, storing or exporting it would silently give nothing, or an XLIFF `<file>`
    /// without `<unit>`, which XLIFF 2.1 forbids (`docs/articles.md`, "Empty articles").
    /// - Complexity: O(n) in the length of the article's text, stopping at the first letter or digit.
    public static func hasTranslatableText(_ article: Article) -> Bool {
        article.blocks.contains { block in
            block.content.plainText.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
        }
    }

    /// The format of an article file by its extension.
    /// - Throws: ``InputError`` naming the file when the extension is not an article format.
    static func format(of url: URL) throws -> ArticleFormat {
        guard let format = ArticleFormat(fileExtension: url.pathExtension) else {
            if let feed = FeedFile.describe(url) {
                throw InputError(file: url.path, "this is \(feed), not an article file: \(FeedFile.advice)")
            }
            if ["mhtml", "mht"].contains(url.pathExtension.lowercased()) {
                // A page saved by Chrome or Edge as "Webpage, Single File" (RFC 2557, multipart/related; nineteenth
                // trial, finding 14): the way out, as for a Word document.
                throw InputError(file: url.path, "this is a web page saved as a single file (MHTML, .\(url.pathExtension)), not an article file (.md, .html, .htm, .txt, …): save the page as \"Webpage, HTML Only\" (Chrome, Edge: Save page as) or \"Webpage, Complete\", and name it after its language (en.html, nl-BE.html) in a folder named after the article")
            }
            if let document = DocumentFile.describe(url) {
                throw InputError(file: url.path, "this is \(document), not an article file (.md, .html, .htm, .txt, …): \(DocumentFile.advice)")
            }
            throw InputError(file: url.path, "expected an article file ending in .md, .markdown, .mdx, .html, .htm, .xhtml, .txt or .text, found \"\(url.lastPathComponent)\"")
        }
        return format
    }

    static func contents(of url: URL) throws -> Data {
        let file = url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
            throw InputError(file: file, "no such file: expected an article file")
        }
        guard !isDirectory.boolValue else {
            throw InputError(file: file, "expected an article file, found a folder")
        }
        if let size = (try? FileManager.default.attributesOfItem(atPath: file))?[.size] as? NSNumber,
           size.intValue > maximumFileSize {
            throw InputError(file: file, "the file is \(size.intValue) bytes; the limit for an article is \(maximumFileSize) bytes (8 MiB)")
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw InputError(file: file, "cannot read the file: \(error.localizedDescription)")
        }
    }
}
