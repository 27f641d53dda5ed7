import Articles
import TaalgrensCore

/// Translation units for the front-matter fields of an article whose text is meant for readers
/// (``BundleOptions/defaultTranslatableFields``), so that a bundle finds their translations in the memory
/// as it finds the sentences' (`docs/bundles.md`, "Front-matter fields").
public enum FrontMatterFields {
    /// One unit per field that the source version has and at least one other version has too; an item of a
    /// list (`tags.2`, ``FrontMatterYAML/translatableFields(of:keys:)``) only where both lists have as many items.
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
        // Each version's fields; a list's items pair by position only when both lists have as many items.
        var fields: [LanguageTag: [String: String]] = [:]
        var listCounts: [LanguageTag: [String: Int]] = [:]
        for (locale, values) in metadata {
            for (key, text) in FrontMatterYAML.translatableFields(of: values, keys: keys) {
                fields[locale, default: [:]][key] = text
                if let list = listKey(key) { listCounts[locale, default: [:]][list, default: 0] += 1 }
            }
        }
        guard let sourceFields = fields[source] else { return [] }
        var units: [TranslationUnit] = []
        for (key, sourceText) in FrontMatterYAML.translatableFields(of: metadata[source] ?? [:], keys: keys) where sourceFields[key] != nil {
            let others = fields.keys.filter { $0 != source }.sorted().compactMap { locale -> (LanguageTag, String)? in
                guard let text = fields[locale]?[key] else { return nil }
                if let list = listKey(key), listCounts[locale]?[list] != listCounts[source]?[list] { return nil }
                return (locale, text)
            }
            guard !others.isEmpty else { continue }
            let variants = [Variant(locale: source, content: RichText(plain: sourceText))]
                + others.map { Variant(locale: $0.0, content: RichText(plain: $0.1)) }
            units.append(TranslationUnit(id: "\(articleID):field:\(key)", variants: variants,
                                         origin: Origin(article: articleID), status: .aligned))
        }
        return units
    }

    /// The list a field key `<key>.<n>` is an item of, or `nil` for a field that is a whole value.
    private static func listKey(_ key: String) -> String? {
        guard let dot = key.lastIndex(of: "."), !key[key.index(after: dot)...].isEmpty,
              key[key.index(after: dot)...].allSatisfy(\.isASCII), Int(key[key.index(after: dot)...]) != nil else { return nil }
        return String(key[..<dot])
    }
}
