import Foundation
import TaalgrensCore
import Tokenization

/// What migrations `v14-sub-flow-concordance` (SQLite) and `9-sub-flow-concordance` (PostgreSQL) recompute:
/// since 30 November 2026 the concordance column (`variant.folded`) holds the sub-flow texts of a variant's
/// codes (a TMX `<sub>`: ``IndexedVariant/concordanceText(_:plain:)``). Variants stored before hold the fold
/// of the plain text alone, so a phrase of a footnote was not found. Only variants whose content JSON holds
/// a code with TMX inner markup can differ; nothing else derived from the text changes (the keys, the hash
/// and the plain text never read sub-flow texts).
///
/// Migrations `v16-quote-concordance` (SQLite) and `10-quote-concordance` (PostgreSQL) recompute the same
/// column where it holds a typographic quotation mark: since 1 December 2026 the concordance folds them to
/// the keyboard's (``Tokenization/TextKey/concordanceFold(_:)``), and a variant stored before still holds
/// “ ” « » as written, so `"je bank"` typed with straight quotes would not find it.
package enum SubFlowRederivation {
    /// A substring of the content JSON of every variant that may hold a sub-flow text: the attribute name
    /// ``TaalgrensCore/InlineCode/tmxInnerAttribute`` as a JSON key. Stores select candidates with it
    /// (`instr`, `strpos`) before decoding.
    package static let contentMarker = "\"" + InlineCode.tmxInnerAttribute + "\""

    /// The characters whose presence in a stored `folded` text marks a variant of an older memory as a
    /// candidate for `v16-quote-concordance` (``Tokenization/TextKey/concordanceQuoteMarks``): the fold
    /// before it kept every one of them as written, and the fold now never writes one.
    package static let quoteMarks = TextKey.concordanceQuoteMarks

    /// The pieces whose presence in a stored `folded` text marks a variant of an older memory as a candidate
    /// for `v20-ranges-and-spacing` (SQLite) and `15-ranges-and-spacing` (PostgreSQL)
    /// (``Tokenization/TextKey/concordanceSpacingMarks``): a space before ? ! : ; or next to `"` or `'`.
    package static let spacingMarks = TextKey.concordanceSpacingMarks

    /// The concordance text a variant with `content` (its JSON, as stored) should have, when it differs
    /// from `storedFolded`; `nil` when the stored text is right.
    /// - Throws: the JSON decoder's error when the content cannot be decoded.
    package static func folded(contentJSON: String, storedFolded: String) throws -> String? {
        let content = try VariantCodec.decodeContent(contentJSON)
        let folded = IndexedVariant.concordanceText(content, plain: content.plainText)
        return folded == storedFolded ? nil : folded
    }
}
