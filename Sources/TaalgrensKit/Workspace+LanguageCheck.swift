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
