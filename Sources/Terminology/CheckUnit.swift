import TaalgrensCore

/// What the checker checks: one segment in several languages.
public struct CheckUnit: Hashable, Sendable {
    /// The unit id: TMX `tuid`, XLIFF unit id, or `article:block:position` for an article.
    public var id: String
    /// The text per locale, with inline codes (rules compare them; offsets count the plain text).
    public var variants: [LanguageTag: RichText]
    /// Per locale, the ids of inline codes that variant carries on purpose although the source has no such
    /// code: *added codes* (XLIFF 2.1, "Inline Codes") such as French `1<sup>er</sup>` for "1st", which a
    /// bundle keeps from the memory's translation. `inline-code-mismatch` does not report them as added.
    public var targetOnlyCodes: [LanguageTag: Set<String>]
    /// The file (or article folder) the unit was read from, copied into its findings (``Finding/file``);
    /// `nil` for a unit of the memory or of no file.
    public var file: String?
    /// The 1-based line of the unit in ``file`` when the reader knows it (a TMX `<tu>`), copied into its
    /// findings (``Finding/line``).
    public var line: Int?

    /// A unit from its id and its text per locale.
    public init(id: String, variants: [LanguageTag: RichText]) {
        self.init(id: id, variants: variants, targetOnlyCodes: [:])
    }

    /// A unit from its id, its text per locale and, per locale, the codes its variant has on purpose
    /// although the source lacks them (``targetOnlyCodes``).
    public init(id: String, variants: [LanguageTag: RichText], targetOnlyCodes: [LanguageTag: Set<String>]) {
        self.id = id
        self.variants = variants
        self.targetOnlyCodes = targetOnlyCodes
    }

    /// A unit made of a translation unit's variants.
    public init(_ unit: TranslationUnit) {
        self.init(id: unit.id, variants: Dictionary(unit.variants.map { ($0.locale, $0.content) }, uniquingKeysWith: { a, _ in a }))
    }
}
