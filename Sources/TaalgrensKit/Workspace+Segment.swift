import Foundation
import Articles
import Segmentation
import TaalgrensCore

/// The result of `taalgrens segment`: blocks and their sentences (`cli-json.md`).
public struct SegmentReport: Codable, Sendable {
    /// One sentence of a block, with UTF-16 offsets into the block's plain text.
    public struct SegmentEntry: Codable, Sendable {
        public var text: String
        public var start: Int
        public var end: Int
        /// The inline codes inside the segment, when it has any.
        public var codes: [InlineCode]?
    }
    public struct BlockEntry: Codable, Sendable {
        public var kind: BlockKind
        public var segments: [SegmentEntry]
    }
    public var locale: LanguageTag
    public var blocks: [BlockEntry]

    /// Builds the report of a segmented article.
    public init(_ segmented: SegmentedArticle) {
        locale = segmented.article.locale
        blocks = zip(segmented.article.blocks, segmented.segments).map { block, segments in
            BlockEntry(kind: block.kind, segments: segments.map {
                SegmentEntry(text: $0.text, start: $0.start, end: $0.end, codes: $0.content.isPlain ? nil : $0.content.codes)
            })
        }
    }

    /// One line per segment, blocks separated by a blank line, each block headed by its kind.
    public var text: String {
        var out = ""
        for (index, block) in blocks.enumerated() {
            if index > 0 { out += "\n" }
            out += "[\(index) \(block.kind.rawValue)]\n"
            for (position, segment) in block.segments.enumerated() {
                out += "  \(position + 1). \(segment.text)\n"
            }
        }
        return out
    }
}

extension Workspace {
    /// The segmenter for `locale`: the rules in `Locales/<locale>/`, or the SRX file `rules` (which then
    /// serves a locale that has no folder in `Locales/`).
    /// - Parameter option: where the locale came from, for the message (`--locale`, or an article file).
    /// - Throws: ``InputError`` for an unknown locale or a malformed rules file.
    public func segmenter(for locale: LanguageTag, rules: URL? = nil, option: String = "--locale") throws -> Segmenter {
        if let rules { return try Segmenter(locale: locale, rules: rules) }
        try checkKnown([locale], option: option)
        return try Segmenter(locale: locale, data: data)
    }

    /// Reads and segments one article file.
    /// - Parameters:
    ///   - file: a `.md`, `.html` or `.txt` article.
    ///   - locale: the article's language.
    ///   - rules: an SRX 2.0 file to use instead of the locale's rules.
    /// - Throws: ``InputError`` for a missing or malformed file, an unknown locale or bad rules.
    public func segment(file: URL, locale: LanguageTag, rules: URL? = nil) throws -> SegmentReport {
        let segmenter = try self.segmenter(for: locale, rules: rules)
        let article = try ArticleReader.read(file, locale: locale)
        return SegmentReport(segmenter.segment(article))
    }

    /// Reads every language version of an article folder and segments each with its locale's rules.
    /// - Returns: the segmented versions, sorted by locale, and the folder's article id.
    /// - Throws: ``InputError`` for a bad folder, file or locale.
    public func readArticleFolder(_ folder: URL) throws -> (id: String, versions: [SegmentedArticle]) {
        let articleFolder = try ArticleFolder(folder)
        let articles = try articleFolder.read()
        let segmented = try articles.map { article in
            try segmenter(for: article.locale, option: articleFolder.versions[article.locale]?.path ?? folder.path).segment(article)
        }
        return (articleFolder.id, segmented)
    }
}
