import Articles
import Bundles
import Foundation
import TaalgrensCore

extension Workspace {
    /// The units of an article folder's translatable front-matter fields (``Bundles/FrontMatterFields``),
    /// stored by `taalgrens import` beside the aligned sentences.
    /// - Throws: `InputError` for a version that cannot be read.
    func fieldUnits(folder: URL, articleID: String, source: LanguageTag) throws -> [TranslationUnit] {
        let articleFolder = try ArticleFolder(folder)
        var metadata: [LanguageTag: [String: String]] = [:]
        for (locale, url) in articleFolder.versions {
            metadata[locale] = try ArticleReader.read(url, locale: locale, articleID: articleID).metadata
        }
        return FrontMatterFields.translationUnits(articleID: articleID, source: source, metadata: metadata)
    }
}
