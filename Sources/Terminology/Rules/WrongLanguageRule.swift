import TaalgrensCore

/// `wrong-language`: a language version whose text reads as another language (``LanguageProfiles``).
///
/// The units are grouped by document: units of an article (ids `article:block:position`) by the article,
/// any other unit (a TMX `tuid`, an XLIFF unit id) on its own. Each locale's variants of a group, source
/// and targets alike, are judged together; one finding per group and locale, at its first variant, names
/// the locale and the language the text looks like. Untranslated targets (copies of the source) are left
/// out: `untranslated` reports them.
struct WrongLanguageRule: SetRule {
    let rule = CheckRule.wrongLanguage

    func check(_ units: [UnitAnalysis], _ context: CheckContext) -> [Finding] {
        let profiles = context.data.languages
        guard !profiles.words.isEmpty else { return [] }
        var order: [String] = []
        var groups: [String: [LanguageTag: [(unit: String, variant: VariantAnalysis)]]] = [:]
        for unit in units {
            let key = Self.document(of: unit.id)
            if groups[key] == nil { order.append(key); groups[key] = [:] }
            for v in [unit.source].compactMap({ $0 }) + unit.targets.filter({ !$0.isUntranslated }) {
                groups[key]![v.locale, default: []].append((unit.id, v))
            }
        }
        var out: [Finding] = []
        for key in order {
            for (locale, variants) in groups[key]!.sorted(by: { $0.key < $1.key }) {
                // A passage marked as another language (`<span lang="en">`) is not evidence of the version's language.
                guard let m = profiles.mismatch(variants.map(\.variant.ownLanguageText), declared: locale) else { continue }
                let first = variants[0]
                let name = m.likelyLanguageName
                out.append(rule.finding(locale, first.unit, text: first.variant.text, start: 0, end: first.variant.text.utf16.count,
                                        message: "The \(locale) version reads as \(name) (\(m.likely)), not as its own language: "
                                            + "\(m.likelyHits) \(name) function words against \(m.declaredHits) of \(locale). "
                                            + "Was the wrong text saved under \(locale)?"))
            }
        }
        return out
    }

    /// The document a unit id belongs to: the article of `article:block:position`, else the id itself.
    static func document(of id: String) -> String {
        let parts = id.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 3, parts.suffix(2).allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return id }
        return parts.dropLast(2).joined(separator: ":")
    }
}
