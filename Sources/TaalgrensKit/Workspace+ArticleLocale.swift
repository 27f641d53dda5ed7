import Articles
import Foundation
import TaalgrensCore

/// Where the locale of one article file came from (`taalgrens segment FILE` without `--locale`).
public struct LocaleSource: Codable, Hashable, Sendable {
    /// The kind of evidence, in the order it is tried.
    public enum Kind: String, Codable, Hashable, Sendable {
        /// The caller's option (`--locale`).
        case option
        /// The document's declaration: HTML `<html lang>` and the like, Markdown front matter `lang`.
        case declaration
        /// The file name: `fr-BE.html`, `article.nl-BE.md`, `nl_BE.md`.
        case fileName
        /// The folder holding the file: `fr-BE/article.md`.
        case folderName
    }
    /// Which kind of evidence gave the locale.
    public var kind: Kind
    /// What said it, as a person reads it: `--locale`, `<html lang="fr-BE"> on line 2`, `the file name
    /// article.nl-BE.md`.
    public var detail: String
    /// The 1-based line of a declaration in the file, when known.
    public var line: Int?
}

/// An article file's locale and where it came from.
public struct ArticleLocaleChoice: Hashable, Sendable {
    /// The locale, as written where it was found (`fr` stays `fr`).
    public var locale: LanguageTag
    /// Where it was found.
    public var source: LocaleSource
}

extension Workspace {
    /// The locale of one article file: `given` (the `--locale` option) when present, else the document's
    /// own declaration (``ArticleLocale/declaration(in:)``), else its path (``ArticleLocale/nameHint(for:)``).
    ///
    /// A value is kept as written (`lang="fr"` gives `fr`, which the `fr-BE` rules serve by region fallback,
    /// as for an article folder's `fr.md`). A declaration that is not a BCP 47 tag is passed over for the
    /// path, and said so.
    /// - Parameters:
    ///   - file: the article file.
    ///   - given: the locale the caller gave, if any.
    ///   - requireKnown: whether an inferred locale must have a folder in `Locales/` (false when the caller
    ///     brings its own rules); a given locale is checked by the job (``segmenter(for:rules:option:)``).
    /// - Throws: ``InputError`` naming the file when it cannot be read (missing, unknown extension,
    ///   malformed front matter), when nothing says its locale (the message names the three ways to give
    ///   it), or when the inferred locale is unknown (the message says where it came from).
    /// - Complexity: one read of the file when `given` is `nil`, O(n) in its size.
    public func articleLocale(of file: URL, given: LanguageTag?, requireKnown: Bool = true) throws -> ArticleLocaleChoice {
        try job {
            if let given { return ArticleLocaleChoice(locale: given, source: LocaleSource(kind: .option, detail: "--locale")) }
            let declaration = try ArticleLocale.declaration(in: file)
            var choice: ArticleLocaleChoice?
            if let declaration, let locale = declaration.locale {
                let at = declaration.line.map { " on line \($0)" } ?? ""
                choice = ArticleLocaleChoice(locale: locale, source: LocaleSource(kind: .declaration, detail: declaration.evidence + at, line: declaration.line))
            } else if let hint = ArticleLocale.nameHint(for: file) {
                var detail = hint.part == .fileName ? "the file name \(hint.name)" : "the folder name \(hint.name)"
                if let declaration { detail += "; the file's \(declaration.evidence) is not a BCP 47 tag" }
                choice = ArticleLocaleChoice(locale: hint.locale, source: LocaleSource(kind: hint.part == .fileName ? .fileName : .folderName, detail: detail))
            }
            guard let choice else {
                let malformed = declaration.map { " (its \($0.evidence) is not a BCP 47 tag)" } ?? ""
                throw InputError(file: file.path, line: declaration?.line,
                                 "no locale: the file does not say which language it is in\(malformed); give --locale (en, nl-BE, fr-BE), declare it in the file (<html lang=\"fr-BE\">, or front matter lang: fr-BE), or name the file or its folder by the locale (fr-BE.html, article.nl-BE.md, nl-BE/article.md)")
            }
            if requireKnown, choice.locale.bestMatch(in: knownLocales) == nil {
                throw InputError(file: file.path, line: choice.source.line,
                                 "unknown locale '\(choice.locale)' (from \(choice.source.detail)): Locales/ has rules for \(knownLocales.map(\.identifier).joined(separator: ", ")) (add a folder Locales/\(choice.locale)/ to support it, or give --locale)")
            }
            return choice
        }
    }
}
