import Foundation
import TaalgrensCore

/// Where an article file says, or its path suggests, which language it is written in, for commands that
/// take one article file without `--locale` (`taalgrens segment FILE`).
///
/// Two kinds of evidence, which the caller tries in this order after its own option
/// (`docs/articles.md`, "The language of one article file"):
/// 1. the document's own declaration (``declaration(in:)``): HTML `<html lang>` or `xml:lang`, then
///    `<meta http-equiv="content-language">` with one tag, then `<meta property="og:locale">`, then
///    `<body lang>`; Markdown front matter `lang`, `locale` or `language`. Plain text declares nothing.
/// 2. the path (``nameHint(for:)``): the file name (`fr-BE.html`, `nl_BE.md`), the last dot-separated part
///    before the extension (`article.nl-BE.md`, Hugo's `index.fr.md`), else the parent folder's name
///    (`nl-BE/article.md`, as in a bundle: `bundles/<article>/nl-BE/article.md`).
///
/// A value is taken as written (`fr` stays `fr`): which `Locales/` folder serves it is decided the way
/// every command decides it, by language with region fallback (``LanguageTag/bestMatch(in:)``).
public enum ArticleLocale {
    /// A language the file states about itself.
    public struct Declaration: Hashable, Sendable {
        /// The declared value as written (`fr-BE`, `fr_BE`, `french`).
        public var value: String
        /// The tag, or `nil` when ``value`` is not a well-formed BCP 47 tag (the caller then looks further).
        public var locale: LanguageTag?
        /// What declared it, as a person reads it: `<html lang="fr-BE">`, `front matter lang: fr-BE`.
        public var evidence: String
        /// The 1-based line of the declaration in the file, when known.
        public var line: Int?
    }

    /// What a file's path says about its language.
    public struct NameHint: Hashable, Sendable {
        /// Which part of the path named the locale.
        public enum Part: String, Hashable, Sendable {
            /// The file name without its extension (`fr-BE.html`) or its last dot-separated part (`article.fr-BE.md`).
            case fileName
            /// The folder holding the file (`fr-BE/article.md`).
            case folderName
        }
        /// The locale the name gives, as written (`nl_BE` gives `nl-BE`).
        public var locale: LanguageTag
        /// Which part of the path gave it.
        public var part: Part
        /// The name that gave the locale: `article.nl-BE.md`, `fr-BE`.
        public var name: String
    }

    /// The first declaration of the file's language, in the order of the type's documentation.
    ///
    /// - Parameter url: a `.md`, `.html` or `.txt` article file.
    /// - Returns: the first declaration found (possibly malformed: ``Declaration/locale`` is then `nil`
    ///   and later ones are not looked at), or `nil` when the file declares nothing.
    /// - Throws: ``InputError`` as ``ArticleReader/read(_:locale:articleID:)`` does for a missing,
    ///   unreadable, too large or undecodable file, an unknown extension or malformed front matter.
    /// - Complexity: O(n) in the size of the file (an HTML page is parsed once more by the reader).
    public static func declaration(in url: URL) throws -> Declaration? {
        let format = try ArticleReader.format(of: url)
        let text = InputText.clean(try InputText.decode(ArticleReader.contents(of: url), file: url.path).text)
        switch format {
        case .text:
            return nil
        case .markdown:
            let front = try MarkdownReader.frontMatter(of: text, file: url.path)
            for key in ["lang", "locale", "language"] {
                guard let value = front.metadata[key]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { continue }
                return Declaration(value: value, locale: LanguageTag(value), evidence: "front matter \(key): \(value)", line: front.lines[key])
            }
            return nil
        case .html:
            return htmlDeclaration(try HTMLNode.parse(text, file: url.path))
        }
    }

    /// The declaration of an HTML page (see the type's documentation for the order).
    static func htmlDeclaration(_ root: HTMLNode) -> Declaration? {
        func attribute(_ element: HTMLNode?, _ names: [String]) -> Declaration? {
            guard let element else { return nil }
            for name in names {
                guard let value = element.attributes[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { continue }
                return Declaration(value: value, locale: LanguageTag(value), evidence: "<\(element.name) \(name)=\"\(value)\">", line: element.line)
            }
            return nil
        }
        // An empty `lang` says the language is unknown (HTML, "The lang and xml:lang attributes"): look further.
        let html = root.name == "html" ? root : root.firstElement(named: "html")
        if let found = attribute(html, ["lang", "xml:lang"]) { return found }
        let metas = root.elements(named: "meta")
        for meta in metas where meta.attributes["http-equiv"]?.lowercased() == "content-language" {
            // A list ("fr, nl") names the audience's languages, not this text's: only a single tag counts.
            guard let value = meta.attributes["content"]?.trimmingCharacters(in: .whitespaces), !value.isEmpty,
                  !value.contains(",") else { continue }
            return Declaration(value: value, locale: LanguageTag(value), evidence: "<meta http-equiv=\"content-language\" content=\"\(value)\">", line: meta.line)
        }
        for meta in metas where meta.attributes["property"]?.lowercased() == "og:locale" {
            guard let value = meta.attributes["content"]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { continue }
            return Declaration(value: value, locale: LanguageTag(value), evidence: "<meta property=\"og:locale\" content=\"\(value)\">", line: meta.line)
        }
        return attribute(root.firstElement(named: "body"), ["lang", "xml:lang"])
    }

    /// The locale the file's path names: the file name, its last dot-separated part before the extension,
    /// else the parent folder's name; each must look like a locale and nothing else (``localeName(_:)``).
    ///
    /// - Parameter url: the article file (it need not exist).
    /// - Returns: the hint, or `nil` when no part of the path is a locale name.
    /// - Complexity: O(length of the path).
    public static func nameHint(for url: URL) -> NameHint? {
        let base = url.deletingPathExtension().lastPathComponent
        if let tag = localeName(base) { return NameHint(locale: tag, part: .fileName, name: url.lastPathComponent) }
        if let dot = base.lastIndex(of: "."), let tag = localeName(String(base[base.index(after: dot)...])) {
            return NameHint(locale: tag, part: .fileName, name: url.lastPathComponent)
        }
        let folder = url.deletingLastPathComponent().lastPathComponent
        if let tag = localeName(folder) { return NameHint(locale: tag, part: .folderName, name: folder) }
        return nil
    }

    /// A name that is a locale and nothing else: a known ISO 639 language (2 or 3 letters), then optionally
    /// a script (4 letters) and a region (2 letters or 3 digits), separated by `-` or `_`, in any case
    /// (`fr`, `fr-BE`, `nl_BE`, `sr-Latn-RS`). Stricter than ``LanguageTag/init(_:)`` on purpose: a name such
    /// as `my-article` or `to-do` is a well-formed tag (`my` is Burmese) but not a locale name.
    /// - Returns: the tag, or `nil`.
    public static func localeName(_ name: String) -> LanguageTag? {
        let parts = name.split(separator: "-", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "_", omittingEmptySubsequences: false) }
        guard (1...3).contains(parts.count), let language = parts.first,
              (2...3).contains(language.count), language.allSatisfy({ $0.isASCII && $0.isLetter }),
              ArticleFolder.isKnownLanguage(language.lowercased()) else { return nil }
        var rest = parts.dropFirst()
        if let script = rest.first, script.count == 4, script.allSatisfy({ $0.isASCII && $0.isLetter }) { rest = rest.dropFirst() }
        if let region = rest.first,
           (region.count == 2 && region.allSatisfy({ $0.isASCII && $0.isLetter })) || (region.count == 3 && region.allSatisfy({ $0.isASCII && $0.isNumber })) {
            rest = rest.dropFirst()
        }
        guard rest.isEmpty else { return nil }
        return LanguageTag(name)
    }
}
