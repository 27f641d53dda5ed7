import Articles
import Bundles
import TaalgrensCore
import TranslationMemory

extension Workspace {
    /// The translations returned in bundles of `article` that the folder's incoming units now hold as well:
    /// each returned unit (scope `xliff:<target>:<article>`, ``UnitScope/xliff(document:target:)``) whose source
    /// sentence an incoming unit has, with the same translation in that target locale (same text and inline
    /// codes at the same places, ``TranslationMerge/sameTranslation(_:_:)``), as returned or with the target
    /// locale's typography that the bundle's rendered article gave it (`Locales/<locale>/typography.json`).
    ///
    /// The week's normal end (eighth trial, finding 9): a source-only article is published, its bundle
    /// comes back (units in the bundle's scope, since the article had no translation to update), and the CMS
    /// then exports the article with its published language versions, which `import` aligns into article
    /// units: every sentence was stored twice, the translator's status on one copy only. Such an incoming
    /// unit takes the returned variant's status when that is a person's (translated or reviewed) and the
    /// folder's is not, and the caller deletes the returned units once the article is stored.
    /// A returned translation that differs from the folder's stays where it is: one of them is newer, and
    /// the memory cannot tell which (`docs/known-issues.md`).
    /// - Parameters:
    ///   - units: the article's incoming units; matched variants may take a returned status.
    ///   - source: the article's source locale.
    ///   - memoryUnits: every stored unit whose origin is the article (`store.allUnits(filter:)`), read once by
    ///     the caller.
    /// - Returns: the ids of the returned units that the incoming units now hold.
    /// - Throws: `InputError` for a malformed `typography.json`.
    /// - Complexity: O(n + m) hashing.
    func adoptReturnedTranslations(_ units: inout [TranslationUnit], article: String, source: LanguageTag,
                                   memoryUnits: [TranslationUnit]) throws -> [String] {
        let scopes = Set(units.flatMap(\.locales).filter { $0 != source }.map { UnitScope.xliff(document: article, target: $0) + UnitScope.separator })
        guard !scopes.isEmpty else { return [] }
        let returned = memoryUnits.filter { unit in
            scopes.contains { unit.id.hasPrefix($0) }
        }
        guard !returned.isEmpty else { return [] }
        var bySource: [String: [Int]] = [:]
        for (i, unit) in units.enumerated() {
            if let text = unit.variant(for: source)?.content.plainText { bySource[text.precomposedStringWithCanonicalMapping, default: []].append(i) }
        }
        // The published article carries the target locale's typography (“ ” quotes, spaces before « : »), which
        // the bundle applied to the returned translation; compare with that too.
        var typographies: [LanguageTag: Typography?] = [:]
        func published(_ text: RichText, _ locale: LanguageTag) throws -> RichText {
            if typographies[locale] == nil { typographies[locale] = .some(try Typography.load(for: locale, in: data)) }
            return typographies[locale]!.map { $0.apply(to: text) } ?? text
        }
        var adopted: [String] = []
        for unit in returned {
            guard let from = unit.variant(for: source), unit.variants.count == 2,
                  let target = unit.variants.first(where: { $0.locale != source }),
                  let candidates = bySource[from.content.plainText.precomposedStringWithCanonicalMapping] else { continue }
            for i in candidates {
                guard let j = units[i].variants.firstIndex(where: { $0.locale == target.locale }) else { continue }
                let folder = units[i].variants[j].content
                let same = try TranslationMerge.sameTranslation(folder, target.content)
                    || TranslationMerge.sameTranslation(folder, published(target.content, target.locale))
                guard same else { continue }
                let status = VariantStatus.stored(target, of: unit)
                if VariantStatus.isHuman(status) && !VariantStatus.isHuman(VariantStatus.stored(units[i].variants[j], of: units[i])) {
                    units[i].variants[j].status = status
                }
                adopted.append(unit.id)
                break
            }
        }
        return adopted
    }

    /// Deletes the units that an earlier bundle of the same article stored under the segment-id form
    /// (`xliff:<target>:<article>#b4:b4.s0`, before 30 November 2026) for the sentence a returned unit now
    /// translates: the returned unit (stored under its source text, ``BundleXLIFF/storedID(source:)``, or
    /// set on the article's unit) replaces it. Only a unit whose source variant has the same NFC plain text is
    /// deleted; one of another sentence at that id stays (it may be the only translation of that sentence).
    ///
    /// Eighth trial, finding 1 on an older memory: a translator's correction ("430 appels" → "340 appels")
    /// was added beside the old unit, so `query` offered the wrong figure as a second 100 % match.
    /// - Parameters:
    ///   - units: the units read from a bundle's XLIFF, with their `xliff-unit` and `xliff-segment` properties.
    ///   - scope: the bundle's scope, `xliff:<target>:<article>`.
    /// - Complexity: one look-up by id per unit.
    func retireSegmentIDUnits(_ units: [TranslationUnit], scope: String, source: LanguageTag, in store: any TMStore) throws {
        for unit in units {
            guard let unitID = unit.properties["xliff-unit"], let segmentID = unit.properties["xliff-segment"],
                  let text = unit.variant(for: source)?.content.plainText else { continue }
            let legacy = UnitScope.id(scope: scope, localID: BundleXLIFF.localID(unit: unitID, segment: segmentID))
            guard legacy != UnitScope.id(scope: scope, localID: unit.id), let old = try store.unit(id: legacy),
                  old.variant(for: source)?.content.plainText.precomposedStringWithCanonicalMapping
                    == text.precomposedStringWithCanonicalMapping else { continue }
            _ = try store.delete(unitID: legacy)
        }
    }
}
