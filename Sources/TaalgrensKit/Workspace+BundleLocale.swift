import Foundation
import TaalgrensCore
import TranslationMemory

extension Workspace {
    /// The locale under which a returned Taalgrens bundle's targets are stored (TRIAL6 finding 8).
    ///
    /// A bundle is exported for one target locale (`nl-BE`), but a CAT tool may write the file back with
    /// another tag of the same language: OmegaT projects set to "NL" and tools that drop the region write
    /// `trgLang="nl"`. Stored as `nl`, the edit would never reach the `nl-BE` bundle. So:
    /// 1. the file's tag, when the article's units in the memory already have variants in it, or when no
    ///    stored variant of the article has its language and `Locales/` serves it;
    /// 2. else the one locale of the same language the article's units hold (`nl` → `nl-BE`), else the
    ///    one such locale `Locales/` serves, with a warning saying where the edit went;
    /// 3. several candidates: refused, naming them.
    ///
    /// - Parameters:
    ///   - declared: the file's target language (`trgLang` / `target-language`).
    ///   - source: the file's source language (never a candidate).
    ///   - stored: the locales of the article's stored variants.
    ///   - known: the locales `Locales/` serves.
    ///   - article: the article id, for messages; `file`: the file's path, for messages.
    /// - Returns: the locale to store, and a warning when it is not `declared`.
    /// - Throws: `InputError` when several locales of that language fit.
    /// - Complexity: O(number of stored and known locales).
    static func bundleTargetLocale(declared: LanguageTag, source: LanguageTag, stored: Set<LanguageTag>, known: [LanguageTag],
                                   article: String, file: String) throws -> (LanguageTag, String?) {
        if stored.contains(declared) { return (declared, nil) }
        let sameLanguage = { (tag: LanguageTag) in tag != source && tag != declared && tag.language == declared.language }
        var candidates = stored.filter(sameLanguage).sorted()
        var from = "the memory's variants of article \(article)"
        if candidates.isEmpty {
            if known.contains(declared) { return (declared, nil) }
            candidates = known.filter(sameLanguage).sorted()
            from = "the locales of Locales/"
        }
        switch candidates.count {
        case 0:
            return (declared, nil)
        case 1:
            return (candidates[0], "the file's target language is \(declared), but this bundle of article \(article) is for "
                    + "\(candidates[0]) (\(from)): the translations are stored as \(candidates[0])")
        default:
            throw InputError(file: file, "the file's target language \(declared) fits several locales of \(from) "
                             + "(\(candidates.map(\.identifier).joined(separator: ", "))): expected the bundle's own locale; set the file's target language to it")
        }
    }

    /// The locales of the stored variants of `article`'s units.
    /// - Complexity: O(number of the article's units).
    static func storedLocales(of article: String, in store: any TMStore) throws -> Set<LanguageTag> {
        var out: Set<LanguageTag> = []
        try store.forEachUnit(filter: UnitFilter(article: article)) { unit in
            for variant in unit.variants { out.insert(variant.locale) }
        }
        return out
    }
}
