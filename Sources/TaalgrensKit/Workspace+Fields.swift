import Bundles
import TaalgrensCore

extension AlignResult {
    /// The units of the article's translatable front-matter fields (``Bundles/FrontMatterFields``), from the
    /// metadata the alignment read: `taalgrens import` stores them beside the aligned sentences.
    var fieldUnits: [TranslationUnit] {
        FrontMatterFields.translationUnits(articleID: articleID, source: alignment.source, metadata: metadata)
    }
}
