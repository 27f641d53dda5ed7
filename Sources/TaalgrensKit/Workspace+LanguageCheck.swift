import Articles
import Foundation
import TaalgrensCore
import Terminology

extension Workspace {
    /// One warning per version of an aligned article folder whose text reads as another language than its
    /// locale: the `wrong-language` judgement of `taalgrens check` (``LanguageProfiles/mismatch(_:declared:)``,
    /// function words of `Locales/*/function-words.txt`, the whole version judged at once), for `import`.
    /// The import stores the version all the same (a warning, not an error): the profiles can be wrong on
    /// a short text, and the user decides.
    /// - Parameters:
    ///   - result: the folder's alignment (its segments per locale).
    ///   - folder: the article folder, for the versions' file names.
    /// - Returns: `nl-BE.md reads as French (fr-BE), not as nl-BE: 14 French function words against 0 of
    ///   nl-BE; stored as nl-BE all the same: was the wrong text saved under nl-BE?`, one per version in
    ///   the alignment's locale order; empty when every version fits or no locale has a profile.
    /// - Throws: ``InputError`` for a malformed `function-words.txt`.
    /// - Complexity: O(total length of the versions' text), plus one read of the word lists.
    func languageWarnings(_ result: AlignResult, folder: URL) throws -> [String] {
        let profiles = try LanguageProfiles.load(from: data)
        guard !profiles.words.isEmpty else { return [] }
        let files = (try? ArticleFolder(folder).versions) ?? [:]
        return result.alignment.locales.compactMap { locale in
            guard let m = profiles.mismatch(result.alignment.texts(for: locale), declared: locale) else { return nil }
            let file = files[locale].map { DisplayPath.relative($0.path) } ?? "the \(locale) version"
            let name = m.likelyLanguageName
            return "\(file) reads as \(name) (\(m.likely)), not as \(locale): \(m.likelyHits) \(name) function words against "
                + "\(m.declaredHits) of \(locale); stored as \(locale) all the same: was the wrong text saved under \(locale)?"
        }
    }
}

extension Workspace {
    /// How many variants of one locale ``interchangeLanguageWarnings(_:)`` reads at most: evenly spread
    /// over the file, enough function words to judge a language many times over, and a bounded cost for a
    /// TMX file of a million units.
    static let languageSampleSize = 2_000

    /// One warning per locale of a TMX or XLIFF file whose variants read as another language than their
    /// locale: a tool that wrote `nl-BE` on the English column, a translator's XLIFF whose targets are copies
    /// of the source. The same judgement as for article versions (``languageWarnings(_:folder:)``), over all
    /// the locale's variants of the file together (at most ``languageSampleSize`` of them, taken at an even
    /// stride), never unit by unit: a name or a quotation cannot decide it. A variant equal to another
    /// variant of its unit (a copy of the source) is left out when the locale has other variants: it would
    /// name the source's language beside the real translations. The
    /// units are stored all the same; the warning tells the user to check the file's language codes.
    /// - Parameter units: the file's units as read.
    /// - Returns: `the nl-BE variants read as English (en), not as nl-BE: 212 English function words
    ///   against 0 of nl-BE; stored as nl-BE all the same: check the file's language codes`, one per locale
    ///   in identifier order; empty when every locale fits or none has a profile.
    /// - Throws: ``InputError`` for a malformed `function-words.txt`.
    /// - Complexity: O(the sampled variants' text), at most ``languageSampleSize`` variants per locale.
    func interchangeLanguageWarnings(_ units: [TranslationUnit]) throws -> [String] {
        guard !units.isEmpty else { return [] }
        let profiles = try LanguageProfiles.load(from: data)
        guard !profiles.words.isEmpty else { return [] }
        var counts: [LanguageTag: Int] = [:]
        for unit in units { for variant in unit.variants { counts[variant.locale, default: 0] += 1 } }
        var warnings: [String] = []
        for (locale, total) in counts.sorted(by: { $0.key.identifier < $1.key.identifier }) {
            let stride = max(1, (total + Self.languageSampleSize - 1) / Self.languageSampleSize)
            // Copies of another variant of their unit (a tool's untranslated targets) are judged only when the
            // locale has nothing else: beside real translations they would name the source's language.
            func isCopy(_ variant: Variant, in unit: TranslationUnit) -> Bool {
                let text = variant.content.plainText
                return unit.variants.contains { $0.locale != locale && $0.content.plainText == text }
            }
            let onlyCopies = !units.contains { unit in unit.variants.contains { $0.locale == locale && !isCopy($0, in: unit) } }
            var texts: [String] = [], seen = 0
            for unit in units {
                for variant in unit.variants where variant.locale == locale {
                    if !onlyCopies && isCopy(variant, in: unit) { continue }
                    if seen % stride == 0 { texts.append(variant.content.plainText) }
                    seen += 1
                }
            }
            guard let m = profiles.mismatch(texts, declared: locale) else { continue }
            let name = m.likelyLanguageName
            let sample = texts.count < total ? " in \(texts.count) of its \(total) variants" : ""
            warnings.append("the \(locale) variants read as \(name) (\(m.likely)), not as \(locale): "
                + "\(m.likelyHits) \(name) function words against \(m.declaredHits) of \(locale)\(sample); "
                + "stored as \(locale) all the same: check the file's language codes")
        }
        return warnings
    }
}
