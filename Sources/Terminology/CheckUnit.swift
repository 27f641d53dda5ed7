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
    /// Per locale, where that variant was read when each language has a file of its own (an article
    /// folder's `en.md`, `fr-BE.txt`): a finding about a variant names its file and line rather than
    /// ``file`` and ``line`` (``Finding/file``; thirteenth trial, finding 16: `check` of an article folder
    /// said only `article:block:position`).
    public var variantLocations: [LanguageTag: SourceLocation] = [:]

    /// Where a variant was read: its file and the 1-based line of the block it starts in (the reader's
    /// line of the paragraph, heading or list item; `nil` when the reader does not know it).
    public struct SourceLocation: Hashable, Sendable {
        /// The file's path.
        public var file: String
        /// The 1-based line of the variant's block in ``file``.
        public var line: Int?

        /// A location from its file and line.
        public init(file: String, line: Int?) {
            self.file = file
            self.line = line
        }
    }

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
