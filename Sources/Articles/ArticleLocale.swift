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
///    before the extension (`article.nl-BE.md`, Hugo's `index.fr.md`), a language marker ending a title
///    (``titleMarker(_:)``: `Persbericht nieuwe wet NL.htm`), else the parent folder's name
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
        return textMajority(root.firstElement(named: "body"))
    }

    /// The language most of the body's text is in: each run of text counts (in letters) for the `lang` (or
    /// `xml:lang`) of its nearest element, the `<body>` included, and the language with the most letters wins.
    ///
    /// Word's "Web Page, Filtered" and "Web Page" write the language of the Normal style on `<body lang=EN-US>`
    /// (often the language Word was installed in) and the text's own language on every paragraph or run
    /// (`<span lang=NL-BE>`): the majority, not the body's attribute, is the language of the document
    /// (seventeenth trial, finding 11). A page with a `lang` on `<body>` alone gives that `lang`, as before.
    /// Text under no `lang` counts as unknown: when it is the larger part, nothing is declared (an English page
    /// without any declaration that quotes a French phrase in `<span lang="fr">` is not French). Values are
    /// compared without regard to case or `_`/`-` (`NL-BE`, `nl_BE`); a tie goes to the value met first.
    /// `<script>`, `<style>` and `<template>` do not count.
    /// - Complexity: O(n) in the number of nodes of `body`.
    static func textMajority(_ body: HTMLNode?) -> Declaration? {
        guard let body else { return nil }
        // Letters per language, keyed by the folded value, with the first element that gave it.
        var letters: [String: (count: Int, element: HTMLNode, value: String, order: Int)] = [:]
        var unknown = 0
        func visit(_ node: HTMLNode, _ current: (key: String, element: HTMLNode, value: String)?) {
            switch node.kind {
            case .comment: return
            case .text:
                let count = node.text.unicodeScalars.reduce(0) { $0 + ($1.properties.isAlphabetic ? 1 : 0) }
                guard count > 0 else { return }
                guard let current else { unknown += count; return }
                let entry = letters[current.key] ?? (0, current.element, current.value, letters.count)
                letters[current.key] = (entry.count + count, entry.element, entry.value, entry.order)
            case .element:
                if node.name == "script" || node.name == "style" || node.name == "template" { return }
                var here = current
                for name in ["lang", "xml:lang"] {
                    guard let value = node.attributes[name]?.trimmingCharacters(in: .whitespaces) else { continue }
                    // An empty `lang` says "unknown" (HTML, "The lang and xml:lang attributes").
                    here = value.isEmpty ? nil : (value.lowercased().replacingOccurrences(of: "_", with: "-"), node, value)
                    break
                }
                for child in node.children { visit(child, here) }
            }
        }
        visit(body, nil)
        guard let best = letters.values.max(by: { $0.count < $1.count || ($0.count == $1.count && $0.order > $1.order) }),
              best.count > unknown else { return nil }
        let total = letters.values.reduce(unknown) { $0 + $1.count }
        let name = best.element.attributes["lang"] != nil ? "lang" : "xml:lang"
        var evidence = "<\(best.element.name) \(name)=\"\(best.value)\">"
        if best.element !== body || best.count < total { evidence += " (\(best.count) of the text's \(total) letters)" }
        return Declaration(value: best.value, locale: LanguageTag(best.value), evidence: evidence, line: best.element.line)
    }

    /// The locale of a version whose name (file, folder, or title marker) gives `named`: the file's own
    /// declaration (``declaration(in:)``) when it is of the same language and `named` has no region (a folder
    /// `nl/`, a file `NL.htm` or `Persbericht NL.htm` declaring `nl-BE` is `nl-BE`: the declaration is the more
    /// precise of the two), else `named` (a name with a region was chosen on purpose; a declaration of another
    /// language is most often a template's or Word's default, and the name is what the person chose). Plain
    /// text declares nothing. Used for an article folder's versions and a site's (`docs/articles.md`,
    /// "Names and declarations").
    /// - Throws: ``InputError`` as ``declaration(in:)`` does (an unreadable file, malformed front matter).
    /// - Complexity: one read of the file when `named` has no region, O(n) in its size.
    public static func versionLocale(of file: URL, named: LanguageTag) throws -> LanguageTag {
        guard named.region == nil, ArticleFormat(fileExtension: file.pathExtension) != .text,
              let declared = try declaration(in: file)?.locale,
              declared.language == named.language else { return named }
        return declared
    }

    /// The locale the file's path names: the file name, its last dot-separated part before the extension,
    /// a language marker ending a title (``titleMarker(_:)``), else the parent folder's name; each but the
    /// marker must look like a locale and nothing else (``localeName(_:)``).
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
        if let tag = titleMarker(base) { return NameHint(locale: tag, part: .fileName, name: url.lastPathComponent) }
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

    /// The language marker that ends a file name made of a title and a language, as people name the versions
    /// of one text when saving them from Word or a CMS (seventeenth trial, finding 11): `Persbericht nieuwe wet
    /// NL`, `Communiqué nouvelle loi FR`, `persbericht_nl`, `article-fr-BE`, `Nieuwe wet (NL)`, `Press release
    /// [en-GB]`, `Persbericht Nederlands`, `Communiqué - français`.
    ///
    /// The marker is the longest part of the name after a space, `_`, `-`, `.` or no-break space (or the whole
    /// text between a final pair of `(…)` or `[…]`) that is either a locale name (``localeName(_:)``) whose
    /// language has two letters (an ISO 639-1 code: three-letter codes are too often a title's last word,
    /// `new` is Newari), or one word that names a two-letter language in English, Dutch, French or that
    /// language itself, in any case and with or without accents (`Dutch`, `Nederlands`, `francais`), as
    /// Foundation's locale data names it. A title must come before it: a name that is a locale and nothing
    /// else, or shaped as one (`xx-BE`: two or three letters, then subtags of a script's or region's size),
    /// is not a title with a marker.
    /// - Parameter base: the file name without its extension.
    /// - Returns: the tag (`NL` gives `nl`, `fr_BE` gives `fr-BE`, `Nederlands` gives `nl`), or `nil`.
    /// - Complexity: O(k²) in the length k of the name.
    public static func titleMarker(_ base: String) -> LanguageTag? {
        let name = base.trimmingCharacters(in: .whitespaces)
        // A name shaped as a tag (`xx-BE`, `nl-BE`) is a locale, or a locale gone wrong, not a title.
        let parts = name.split(whereSeparator: { $0 == "-" || $0 == "_" })
        let tagShaped = (2...3).contains(parts.count) && (2...3).contains(parts[0].count) && parts.allSatisfy { $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
            && parts.dropFirst().allSatisfy { [2, 4].contains($0.count) || ($0.count == 3 && $0.allSatisfy(\.isNumber)) }
        guard !tagShaped else { return nil }
        if let last = name.last, last == ")" || last == "]" {
            let open: Character = last == ")" ? "(" : "["
            guard let start = name.lastIndex(of: open), start > name.startIndex else { return nil }
            let title = name[..<start].trimmingCharacters(in: .whitespaces)
            guard !title.isEmpty else { return nil }
            return marker(name[name.index(after: start)..<name.index(before: name.endIndex)].trimmingCharacters(in: .whitespaces))
        }
        let separators: Set<Character> = [" ", "_", "-", ".", "\u{00A0}"]
        // Longest first: the parts after each separator, from the first separator on.
        for index in name.indices where separators.contains(name[index]) {
            let title = name[..<index].trimmingCharacters(in: CharacterSet(charactersIn: " _-.\u{00A0}\u{2013}\u{2014}"))
            guard !title.isEmpty else { continue }
            if let tag = marker(String(name[name.index(after: index)...])) { return tag }
        }
        return nil
    }

    /// A marker of ``titleMarker(_:)``: a locale name with a two-letter language, or a language's name.
    private static func marker(_ text: String) -> LanguageTag? {
        if let tag = localeName(text), tag.language.count == 2 { return tag }
        guard !text.isEmpty, text.allSatisfy({ $0.isLetter }) else { return nil }
        return languagesByName[folded(text)].flatMap { LanguageTag($0) }
    }

    /// `text` lower-cased without accents (`Français` → `francais`).
    static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en"))
    }

    /// The names of the two-letter languages in English, Dutch and French and in themselves (Foundation's
    /// locale data), folded (``folded(_:)``), each with its code; a name two codes share goes to the first by code.
    static let languagesByName: [String: String] = {
        var names: [String: String] = [:]
        let displays = ["en", "nl", "fr"].map { Locale(identifier: $0) }
        for code in Locale.LanguageCode.isoLanguageCodes.map(\.identifier).sorted() where code.count == 2 {
            for display in displays + [Locale(identifier: code)] {
                if let name = display.localizedString(forLanguageCode: code), names[folded(name)] == nil { names[folded(name)] = code }
            }
        }
        return names
    }()
}
