import Foundation
import Articles
import Segmentation
import TaalgrensCore

/// The result of `taalgrens segment`: blocks and their sentences (`cli-json.md`).
public struct SegmentReport: Codable, Sendable {
    /// One sentence of a block, with UTF-16 offsets into the block's plain text.
    public struct SegmentEntry: Codable, Sendable {
        /// The segment's plain text (inline codes removed).
        public var text: String
        /// Where it starts in the block's plain text: a UTF-16 offset.
        public var start: Int
        /// Where it ends in the block's plain text: a UTF-16 offset, exclusive.
        public var end: Int
        /// The inline codes inside the segment, when it has any.
        public var codes: [InlineCode]?
        /// The segment as ``SegmentReport/text`` shows it: ``text`` with the text of code spans and code
        /// blocks in backticks (``ReviewText/plain(_:)``); `nil` when that is ``text`` itself. Not part of
        /// the JSON (``text`` and ``codes`` carry the same).
        public var shown: String? = nil

        private enum CodingKeys: String, CodingKey { case text, start, end, codes }
    }
    /// One block of the article and its sentences, in document order.
    public struct BlockEntry: Codable, Sendable {
        /// The block's kind (title, heading, paragraph, list item, …).
        public var kind: BlockKind
        /// The block's sentences in order.
        public var segments: [SegmentEntry]
        /// For a block without sentences that still shows text (a code block): that text in backticks
        /// (``ReviewText/plain(_:)``), else `nil`. Not part of the JSON.
        public var shown: String? = nil

        private enum CodingKeys: String, CodingKey { case kind, segments }
    }
    /// The article's locale (BCP 47).
    public var locale: LanguageTag
    /// Where the locale came from: `--locale`, the document's declaration or its path.
    public var localeSource: LocaleSource?
    /// The `Locales/` folder whose rules segmented the article (`fr-BE` for an article in `fr`); absent
    /// when an SRX file was given.
    public var rulesLocale: LanguageTag?
    /// The blocks in document order.
    public var blocks: [BlockEntry]

    /// Builds the report of a segmented article.
    /// - Parameters:
    ///   - localeSource: where the article's locale came from, when the caller knows.
    ///   - rulesLocale: the `Locales/` folder whose rules were used, when they came from there.
    public init(_ segmented: SegmentedArticle, localeSource: LocaleSource? = nil, rulesLocale: LanguageTag? = nil) {
        locale = segmented.article.locale
        self.localeSource = localeSource
        self.rulesLocale = rulesLocale
        blocks = zip(segmented.article.blocks, segmented.segments).map { block, segments in
            let shownBlock = segments.isEmpty ? ReviewText.plain(block.content) : ""
            return BlockEntry(kind: block.kind, segments: segments.map {
                let shown = $0.content.isPlain ? $0.text : ReviewText.plain($0.content)
                return SegmentEntry(text: $0.text, start: $0.start, end: $0.end, codes: $0.content.isPlain ? nil : $0.content.codes,
                                    shown: shown == $0.text ? nil : shown)
            }, shown: shownBlock.isEmpty ? nil : shownBlock)
        }
    }

    /// One line per segment (a code block's lines indented under it), code spans and code blocks shown in
    /// backticks (``SegmentEntry/shown``), blocks separated by a blank line, each block headed by its kind. When the
    /// locale was inferred (not given with `--locale`), a first line says which and from where, then a
    /// blank line: `locale fr-BE (from <html lang="fr-BE"> on line 2)`, and when the rules are those of
    /// another tag, `; rules of Locales/fr-BE`.
    public var text: String {
        var out = ""
        if let localeSource, localeSource.kind != .option {
            let rules = rulesLocale.map { $0 == locale ? "" : "; rules of Locales/\($0)" } ?? ""
            out += "locale \(locale) (from \(localeSource.detail)\(rules))\n\n"
        }
        for (index, block) in blocks.enumerated() {
            if index > 0 { out += "\n" }
            out += "[\(index) \(block.kind.rawValue)]\n"
            if let shown = block.shown { out += "  " + shown.replacingOccurrences(of: "\n", with: "\n  ") + "\n" }
            for (position, segment) in block.segments.enumerated() {
                // Code spans and blocks are shown (TRIAL7 finding 11); a code block's lines stay indented.
                let shown = (segment.shown ?? segment.text).replacingOccurrences(of: "\n", with: "\n     ")
                out += "  \(position + 1). \(shown)\n"
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
        try job {
            if let rules { return try Segmenter(locale: locale, rules: rules) }
            try checkKnown([locale], option: option)
            return try Segmenter(locale: locale, data: data)
        }
    }

    /// Reads and segments one article file.
    /// - Parameters:
    ///   - file: a `.md`, `.html` or `.txt` article.
    ///   - locale: the article's language; `nil` infers it (``articleLocale(of:given:)``).
    ///   - rules: an SRX 2.0 file to use instead of the locale's rules (it may serve a locale that has no
    ///     folder in `Locales/`).
    /// - Throws: ``InputError`` for a missing or malformed file, a folder (the message names its article
    ///   files), a file that says nothing of its locale when `locale` is `nil`, an unknown locale or bad rules.
    public func segment(file: URL, locale: LanguageTag?, rules: URL? = nil) throws -> SegmentReport {
        try job {
            try refuseFolder(file)
            let choice = try articleLocale(of: file, given: locale, requireKnown: rules == nil)
            let segmenter = try self.segmenter(for: choice.locale, rules: rules)
            warnIfCutShort(file)
            let article = try ArticleReader.read(file, locale: choice.locale)
            return SegmentReport(segmenter.segment(article), localeSource: choice.source,
                                 rulesLocale: rules == nil ? try localeFolder(for: choice.locale) : nil)
        }
    }

    /// Warns on standard error when `file` is an HTML file that looks cut short
    /// (``Articles/TruncatedHTML``: it ends inside a tag, or opens `<body>` and never closes it): the reader
    /// recovers from any end, so the article would otherwise lose its end without a word (seventeenth trial,
    /// finding 7).
    func warnIfCutShort(_ file: URL) {
        guard let reason = TruncatedHTML.reason(file: file) else { return }
        logger.warning("warning: \(DisplayPath.relative(file.path)): \(reason): the file may be cut short (an interrupted download or copy), and what is missing is missing from the article too")
    }

    /// Throws when `file` is a folder (an article folder given to `segment`, which reads one file): the
    /// message says it is a folder and names the article files in it (by extension), to pick one.
    /// - Complexity: O(entries of the folder), only when it is one.
    private func refuseFolder(_ file: URL) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder), isFolder.boolValue else { return }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: file.path)) ?? [])
            .filter { ArticleFormat(fileExtension: ($0 as NSString).pathExtension) != nil && !$0.hasPrefix(".") }.sorted()
        let hint = names.isEmpty ? "it holds no article file"
            : "segment one of its files: " + names.prefix(5).joined(separator: ", ") + (names.count > 5 ? ", …" : "")
        throw InputError(file: file.path, "is a folder, expected an article file (.md, .markdown, .mdx, .html, .htm, .xhtml, .txt or .text); \(hint)")
    }

    /// Reads every language version of an article folder and segments each with its locale's rules. Side
    /// files the folder holds (``Articles/ArticleFolder/ignoredFiles``: `SOURCE.txt`, `NOTES.md`) are
    /// passed over with a note naming each.
    /// - Returns: the segmented versions, sorted by locale, and the folder's article id.
    /// - Throws: ``InputError`` for a bad folder, file or locale.
    public func readArticleFolder(_ folder: URL) throws -> (id: String, versions: [SegmentedArticle]) {
        try job {
            let articleFolder = try ArticleFolder(folder)
            for file in articleFolder.ignoredFiles {
                logger.notice("note: ignored \(DisplayPath.relative(file.path)): its name is not a locale (en.md, nl-BE.md, …), so it is no version of the article")
            }
            for url in articleFolder.versions.values.sorted(by: { $0.path < $1.path }) { warnIfCutShort(url) }
            let articles = try articleFolder.read()
            let segmented = try articles.map { article in
                try segmenter(for: article.locale, option: articleFolder.versions[article.locale]?.path ?? folder.path).segment(article)
            }
            return (articleFolder.id, segmented)
        }
    }
}
