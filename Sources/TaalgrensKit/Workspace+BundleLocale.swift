import Bundles
import Foundation
import Interchange
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

extension Workspace {
    /// The target locale a returned Taalgrens bundle's file was exported for, when it says: the file
    /// metadata ``BundleMetadataKey/targetLocale`` (bundles since session 16), else the `manifest.json` of
    /// the folder holding the file when that manifest is of the same article (older bundles returned as
    /// their folder). `nil` when neither says.
    /// - Parameters:
    ///   - document: the file as read.
    ///   - article: the bundle's article id (``BundleXLIFF/article(of:)``).
    ///   - url: the file, whose folder may hold the manifest.
    static func recordedBundleLocale(of document: XLIFFDocument, article: String, at url: URL) -> LanguageTag? {
        if let text = document.metadata[BundleMetadataKey.targetLocale], let tag = LanguageTag(text) { return tag }
        let manifestURL = url.deletingLastPathComponent().appendingPathComponent("manifest.json")
        guard let data = FileManager.default.contents(atPath: manifestURL.path),
              let manifest = try? JSONDecoder().decode(BundleManifest.self, from: data),
              manifest.article == article else { return nil }
        return manifest.targetLocale
    }

    /// Checks a returned bundle's target language against the locale its bundle was exported for
    /// (sixteenth trial, finding 18: an nl-BE bundle came back with `trgLang="fr-BE"`, because the CAT
    /// project was set to French, and its Dutch edit replaced the article's French).
    ///
    /// - Another language than the bundle's is refused: the targets are in the bundle's language or in the
    ///   declared one, and either way storing them under the declared one could overwrite a translation with
    ///   text of another language. The user sets the file's target language back and imports it again.
    /// - Another tag of the same language (`nl` for `nl-BE`) is stored as the bundle's locale, with a warning.
    ///
    /// - Parameters:
    ///   - declared: the file's target language (`trgLang` / `target-language`).
    ///   - recorded: the bundle's locale (``recordedBundleLocale(of:article:at:)``).
    ///   - article: the article id, for messages.
    ///   - url: the file, for messages; `data`: its bytes, to find the line of the declaration.
    /// - Returns: the locale to store, and a warning when it is not `declared`.
    /// - Throws: `InputError` naming the file, the line of the target-language attribute and both locales
    ///   when the languages differ.
    static func checkReturnedLanguage(declared: LanguageTag, recorded: LanguageTag, article: String, url: URL,
                                      data: Data) throws -> (LanguageTag, String?) {
        if declared == recorded { return (declared, nil) }
        guard declared.language == recorded.language else {
            throw InputError(file: url.path, line: lineOfTargetLanguage(in: data),
                             "the file's target language is \(declared), but it is the \(recorded) bundle of article \(article): "
                             + "expected \(recorded) (a translation tool whose project was set to another target language writes this); "
                             + "set the target language back to \(recorded) (XLIFF 2: trgLang, 1.2: target-language) and import it again. "
                             + "Nothing was stored")
        }
        return (recorded, "the file's target language is \(declared), but this bundle of article \(article) is for \(recorded) "
                + "(the bundle's own record): the translations are stored as \(recorded)")
    }

    /// The 1-based line of the first `trgLang=` or `target-language=` in the first 64 KiB of a UTF-8 file,
    /// `nil` if none is found there (or the file is UTF-16).
    /// - Complexity: O(bytes up to the attribute).
    private static func lineOfTargetLanguage(in data: Data) -> Int? {
        let text = String(decoding: data.prefix(65_536), as: UTF8.self)
        let found = [text.range(of: "trgLang="), text.range(of: "target-language=")].compactMap { $0 }.min { $0.lowerBound < $1.lowerBound }
        guard let found else { return nil }
        return text[..<found.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
    }
}
