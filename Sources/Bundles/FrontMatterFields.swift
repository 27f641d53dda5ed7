import TaalgrensCore

/// Translation units for the front-matter fields of an article whose text is meant for readers
/// (``BundleOptions/defaultTranslatableFields``), so that a bundle finds their translations in the memory
/// as it finds the sentences' (`docs/bundles.md`, "Front-matter fields").
public enum FrontMatterFields {
    /// One unit per field that the source version has and at least one other version has too.
    ///
    /// A field is aligned by its key, not by the aligner (a one-word category has no length to align on):
    /// each unit has one variant per version holding the field (its text trimmed, no context), status
    /// `aligned`, id `<article-id>:field:<key>` and an origin without block or position.
    /// - Parameters:
    ///   - articleID: the article id the folder's other units carry.
    ///   - source: the source locale.
    ///   - metadata: each version's front matter (``Article/metadata``), by locale.
    ///   - keys: the fields to store, in order.
    /// - Returns: the units, in the order of `keys`; locales sorted within each unit after the source.
    public static func translationUnits(articleID: String, source: LanguageTag, metadata: [LanguageTag: [String: String]],
                                        keys: [String] = BundleOptions.defaultTranslatableFields) -> [TranslationUnit] {
        var units: [TranslationUnit] = []
        var seen = Set<String>()
        for key in keys where seen.insert(key).inserted {
            func text(_ locale: LanguageTag) -> String? {
                guard let value = metadata[locale]?[key]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
                return value
            }
            guard let sourceText = text(source) else { continue }
            let others = metadata.keys.filter { $0 != source }.sorted().compactMap { locale in text(locale).map { (locale, $0) } }
            guard !others.isEmpty else { continue }
            let variants = [Variant(locale: source, content: RichText(plain: sourceText))]
                + others.map { Variant(locale: $0.0, content: RichText(plain: $0.1)) }
            units.append(TranslationUnit(id: "\(articleID):field:\(key)", variants: variants,
                                         origin: Origin(article: articleID), status: .aligned))
        }
        return units
    }
}
