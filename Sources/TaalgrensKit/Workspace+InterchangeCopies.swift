import Foundation
import TaalgrensCore
import TranslationMemory

extension Workspace {
    /// The interchange units that hold an article's sentences as the folder now gives them: each stored unit
    /// of another scope (a TMX file, ``UnitScope/tmx(fileName:)``) whose origin is `article` and whose every
    /// variant an incoming unit has with the same translation (``TranslationMerge/sameTranslation(_:_:)``:
    /// same text, same inline codes at the same places), in the same locale.
    ///
    /// A memory moved to another store (`tm export --format tmx`, then `import` into PostgreSQL or another
    /// SQLite file: the way `docs/cli.md` gives) keeps each unit's article in the TMX
    /// (`x-taalgrens-origin-article`, `docs/interchange.md`), but the import stores the units in the file's
    /// scope; the next `publish` or `import` of the article then added every sentence a second time (ninth
    /// trial, finding 1: 70 units became 138). Such a copy is now merged into the article's unit: the
    /// incoming variant takes the copy's status when that is a person's (translated or reviewed) and its own
    /// is not, and the caller deletes the copy once the article is stored. A copy with a locale, a
    /// translation, notes or properties the incoming unit does not have stays: it still holds something the
    /// article's unit would not.
    /// Returned bundles (scope `xliff:<target>:<article>`) are left to
    /// ``adoptReturnedTranslations(_:article:source:memoryUnits:)``, which also compares typography.
    /// - Parameters:
    ///   - units: the article's incoming units; matched variants may take a person's status.
    ///   - article: the article id.
    ///   - source: the article's source locale.
    ///   - memoryUnits: every stored unit whose origin is the article (`store.allUnits(filter:)`), read once by
    ///     the caller; the article's own units (ids `<article>:…`) and returned bundles are skipped.
    ///   - excluding: ids already adopted by another rule.
    /// - Returns: the ids of the copies that the incoming units now hold.
    /// - Complexity: O(n + m·v²) for n incoming units, m stored copies of v variants.
    func adoptInterchangeCopies(_ units: inout [TranslationUnit], article: String, source: LanguageTag,
                                memoryUnits: [TranslationUnit], excluding: Set<String> = []) -> [String] {
        let returnedPrefix = "xliff:"
        let copies = memoryUnits.filter { unit in
            !unit.id.hasPrefix(article + ":") && unit.id.contains(UnitScope.separator)
                && !unit.id.hasPrefix(returnedPrefix) && !excluding.contains(unit.id)
        }
        guard !copies.isEmpty else { return [] }
        var bySource: [String: [Int]] = [:]
        for (i, unit) in units.enumerated() {
            if let text = unit.variant(for: source)?.content.plainText { bySource[text.precomposedStringWithCanonicalMapping, default: []].append(i) }
        }
        var adopted: [String] = []
        var taken = Set<Int>()
        for copy in copies {
            guard let from = copy.variants.first(where: { $0.locale == source }),
                  let candidates = bySource[from.content.plainText.precomposedStringWithCanonicalMapping] else { continue }
            for i in candidates where !taken.contains(i) {
                let holdsAll = copy.variants.allSatisfy { variant in
                    units[i].variants.contains { $0.locale == variant.locale && TranslationMerge.sameTranslation($0.content, variant.content) }
                }
                let holdsMore = copy.notes.contains { !units[i].notes.contains($0) }
                    || copy.properties.contains { units[i].properties[$0.key] != $0.value }
                guard holdsAll && !holdsMore else { continue }
                for variant in copy.variants {
                    guard let j = units[i].variants.firstIndex(where: { $0.locale == variant.locale }) else { continue }
                    let status = VariantStatus.stored(variant, of: copy)
                    if VariantStatus.isHuman(status) && !VariantStatus.isHuman(VariantStatus.stored(units[i].variants[j], of: units[i])) {
                        units[i].variants[j].status = status
                    }
                }
                adopted.append(copy.id)
                taken.insert(i)
                break
            }
        }
        return adopted
    }
}
