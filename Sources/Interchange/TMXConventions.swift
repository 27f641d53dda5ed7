import Foundation
import TaalgrensCore

/// The `<prop>` types Taalgrens writes in TMX to carry the parts of a ``TranslationUnit`` that TMX 1.4b
/// has no attribute for, and reads back into the unit's fields (never into ``TranslationUnit/properties``).
/// TMX 1.4b section 3.4 reserves user-defined `type` values starting with `x-`.
enum TMXConventions {
    /// On `<tu>`: the ``UnitStatus`` raw value. Absent means `aligned`, the status of an imported unit.
    static let status = "x-taalgrens-status"
    /// On `<tu>`: ``Origin/article``, ``Origin/block``, ``Origin/position``.
    static let originArticle = "x-taalgrens-origin-article"
    static let originBlock = "x-taalgrens-origin-block"
    static let originPosition = "x-taalgrens-origin-position"
    /// On `<tu>`: the aligner's confidence, written so it reads back to the same `Double`.
    static let confidence = "x-taalgrens-confidence"
    /// On `<tuv>`: ``Variant/previous``, ``Variant/next`` and ``Variant/sentenceStarts`` (comma-separated
    /// UTF-16 offsets).
    static let previous = "x-taalgrens-previous"
    static let next = "x-taalgrens-next"
    static let sentenceStarts = "x-taalgrens-sentence-starts"

    /// A unit property that belongs to one variant's `<tuv>`: the key `"<locale>:<type>"`, such as
    /// `nl-BE:x-client`. Returns the locale and the prop type when `key` has that form and the unit has
    /// a variant for the locale.
    static func variantProperty(_ key: String, in unit: TranslationUnit) -> (LanguageTag, String)? {
        guard let colon = key.firstIndex(of: ":"), let tag = LanguageTag(String(key[..<colon])),
              unit.variants.contains(where: { $0.locale == tag }) else { return nil }
        return (tag, String(key[key.index(after: colon)...]))
    }

    /// The unit property key for a `<tuv>`-level `<prop>`.
    static func variantPropertyKey(_ locale: LanguageTag, _ type: String) -> String { "\(locale.identifier):\(type)" }
}
