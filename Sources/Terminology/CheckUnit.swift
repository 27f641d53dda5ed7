import TaalgrensCore

/// What the checker checks: one segment in several languages.
public struct CheckUnit: Hashable, Sendable {
    /// The unit id: TMX `tuid`, XLIFF unit id, or `article:block:position` for an article.
    public var id: String
    /// The text per locale, with inline codes (rules compare them; offsets count the plain text).
    public var variants: [LanguageTag: RichText]

    /// A unit from its id and its text per locale.
    public init(id: String, variants: [LanguageTag: RichText]) {
        self.id = id
        self.variants = variants
    }

    /// A unit made of a translation unit's variants.
    public init(_ unit: TranslationUnit) {
        self.init(id: unit.id, variants: Dictionary(unit.variants.map { ($0.locale, $0.content) }, uniquingKeysWith: { a, _ in a }))
    }
}
