import Foundation

/// The format an article file is written in, decided by its extension.
public enum ArticleFormat: String, Hashable, Codable, Sendable {
    case markdown, html, text

    /// The format for a file extension (`md`/`markdown`/`mdx`, `html`/`htm`/`xhtml`, `txt`/`text`), or
    /// `nil`. MDX is Markdown whose JSX and statements the reader keeps as code (`docs/articles.md`, "MDX").
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "md", "markdown", "mdx": self = .markdown
        case "html", "htm", "xhtml": self = .html
        case "txt", "text": self = .text
        default: return nil
        }
    }
}

/// One language version of a news article: its metadata and its blocks in document order.
public struct Article: Hashable, Codable, Sendable {
    /// The form an article id or a file's scope name is stored and compared in: Unicode Normalization Form C
    /// (UAX #15, section 1.2). Ids come from folder and file names, and macOS writes those decomposed ("e" and
    /// U+0301 COMBINING ACUTE ACCENT) where Windows and Linux keep what was typed, composed; the same folder
    /// synced between the two was two articles with ids that print the same, each unit stored twice
    /// (seventeenth trial, finding 2). Text read from files is NFC already (`docs/articles.md`, "Input").
    /// - Parameter id: an id or name as found (a folder name, a front matter `id`, a command-line argument).
    /// - Returns: `id` in NFC; unchanged when it is NFC already.
    /// - Complexity: O(n) in the length of `id`.
    public static func normalizedID(_ id: String) -> String { ICU.normalize(id, .nfc) }

    /// The article id: the front matter's `id`, else the article folder's name.
    public var id: String
    /// The language version this article is (BCP 47, for example `nl-BE`).
    public var locale: LanguageTag
    /// The format the article was read from, and the one its localised version is written in.
    public var format: ArticleFormat
    /// Front-matter (Markdown) or `<meta>` (HTML) fields other than the title, as text: `date` (ISO 8601
    /// `yyyy-MM-dd`), `category`, `author`, …
    public var metadata: [String: String]
    /// The blocks in document order. The title, when the article has one, is block 0 of kind `title`.
    public var blocks: [Block]
    /// The file the article was read from, when it came from a file.
    public var source: URL?

    /// Creates an article from its parts; the readers in `Articles` build it from a file.
    /// - Parameters:
    ///   - id: The article id shared by all its language versions.
    ///   - locale: The version's locale.
    ///   - format: Markdown, HTML or plain text.
    ///   - metadata: Front-matter or `<meta>` fields other than the title.
    ///   - blocks: The blocks in document order (the title, when there is one, first).
    ///   - source: The file it was read from, if any.
    public init(id: String, locale: LanguageTag, format: ArticleFormat, metadata: [String: String] = [:],
                blocks: [Block], source: URL? = nil) {
        self.id = id
        self.locale = locale
        self.format = format
        self.metadata = metadata
        self.blocks = blocks
        self.source = source
    }

    /// The title block's plain text, if the article has a title.
    public var title: String? {
        blocks.first { $0.kind == .title }?.content.plainText
    }
}
