import Foundation
import TaalgrensCore

/// The store contract of a translation memory: what every store (SQLite, later PostgreSQL) offers.
///
/// A store holds ``TranslationUnit``s, each with one ``Variant`` per locale and its ``Origin``. Writing
/// goes through two imports, each one transaction: ``importArticle(id:units:source:)`` replaces the units
/// of one article and reports exactly what changed; ``importUnits(_:origin:)`` adds units from an
/// interchange file (TMX, XLIFF) and merges duplicates. Reading offers exact lookup by hash, fuzzy search
/// through an index with no false negatives, concordance, statistics and enumeration for export.
///
/// Implementations share the scorer (``FuzzyScorer``), the derived index data (``IndexedVariant``) and the
/// search algorithm (``FuzzySearch``), so every store returns the same matches in the same order
/// (`docs/memory.md`, "Store contract").
public protocol TMStore: Sendable {
    /// The memory's UUID, created with the memory and stored in it; bundle manifests cite it.
    /// - Throws: ``TMError`` when the store cannot be read.
    func memoryID() throws -> UUID

    /// Imports the units of one article in one transaction.
    ///
    /// Incoming units are matched to the article's stored units first by identical source text (the
    /// variant in `source`), then by origin (block, position); see `docs/memory.md`, "Importing articles".
    /// A matched unit whose variants, status, confidence, properties and notes are equal is unchanged
    /// (its context is refreshed when a neighbour changed) or moved (when its id and origin changed);
    /// otherwise it is updated. Unmatched stored
    /// units are removed and unmatched incoming units added. Importing the same article twice adds nothing.
    /// - Parameters:
    ///   - id: the article id.
    ///   - units: the article's units, in document order.
    ///   - source: the source locale; `nil` takes the locale present in most units (ties: the smallest tag).
    /// - Returns: the counts of added, updated, unchanged, moved and removed units.
    /// - Throws: ``TMError/conflict(_:)`` when an incoming unit id belongs to another article or repeats
    ///   within `units`, ``TMError/invalidUnit(_:)`` for a unit without variants; ``TMError/database(_:)``.
    func importArticle(id: String, units: [TranslationUnit], source: LanguageTag?) throws -> ImportCounts

    /// Imports units from an interchange file (TMX, XLIFF) in one transaction.
    ///
    /// Unit identity is scoped by the file (``UnitScope``): an incoming unit's id is local to `origin`, and
    /// the unit is stored as `<origin>#<id>` (``UnitScope/id(scope:localID:)``), so two files that number
    /// their units alike never overwrite each other, and no file can overwrite an article's unit.
    /// A unit whose scoped id is stored is unchanged when equal and updated otherwise; its stored
    /// properties and notes are kept (the file's properties win, its notes are added). Else a unit whose
    /// variants are identical to a stored unit's (of any scope) or an earlier incoming unit's (same
    /// locales, same content with codes) is a duplicate: it is merged into that unit (properties and notes
    /// added) and counted as merged. Else it is added.
    /// - Parameters:
    ///   - units: the units, in file order, with file-local ids (each id at most once).
    ///   - origin: the file's scope (``UnitScope/tmx(fileName:)``, ``UnitScope/xliff(document:target:)``),
    ///     also recorded as the origin of units that have none.
    /// - Throws: ``TMError/invalidUnit(_:)`` for a unit without variants or with an empty id;
    ///   ``TMError/conflict(_:)`` for an id repeated within `units`, or a scoped id that belongs to an
    ///   article or another scope; ``TMError/database(_:)``.
    func importUnits(_ units: [TranslationUnit], origin: String) throws -> ImportCounts

    /// ``importUnits(_:origin:)`` that reports its progress, for a terminal's progress line on long imports:
    /// `progress(done, total)` receives the number of units handled so far, on the calling thread, and
    /// comes last with `done == total`. The default implementation imports, then reports once.
    func importUnits(_ units: [TranslationUnit], origin: String, progress: ((_ done: Int, _ total: Int) -> Void)?) throws -> ImportCounts
    /// Imports a translated bilingual file (a translator's XLIFF) in one transaction: a unit that
    /// translates a sentence of `article` updates that article's unit, the others are imported as by
    /// ``importUnits(_:origin:)`` (`docs/memory.md`, "Importing translations").
    ///
    /// An incoming unit whose status can be exact (reviewed, translated, aligned) is matched to the
    /// article's stored unit whose `source` variant has the identical NFC plain text, preferring the one
    /// at the same origin (block, position). For a matched unit, the `target` variant is set (a stored
    /// variant keeps its context) and the status follows: a changed target takes the incoming status; an
    /// identical target keeps the stored status unless the incoming one is `reviewed`, which raises it.
    /// Nothing else changed is unchanged; otherwise updated. Units that need review, untrusted units
    /// and units no article unit matches are imported into `origin` as by ``importUnits(_:origin:)``.
    /// - Parameters:
    ///   - units: bilingual units in file order: a `source` and a `target` variant, file-local ids, the
    ///     status the file gives, the origin (article, block, position) where the file records it.
    ///   - article: the article the file translates (a Taalgrens bundle records it), or `nil`.
    ///   - source: the file's source locale.
    ///   - target: the file's target locale: the variant that is set.
    ///   - origin: the file's scope for the units that match no article unit.
    /// - Throws: as ``importUnits(_:origin:)``; ``TMError/invalidUnit(_:)`` for a unit without a `target` variant.
    func importTranslations(_ units: [TranslationUnit], article: String?, source: LanguageTag, target: LanguageTag,
                            origin: String) throws -> ImportCounts

    /// Replaces a stored unit (same id) with `unit`. - Throws: ``TMError/notFound(_:)``.
    func update(_ unit: TranslationUnit) throws
    /// Deletes a unit, as ``delete(unitIDs:)`` does. - Returns: whether it existed.
    func delete(unitID: String) throws -> Bool
    /// Deletes these units, with their variants and index rows, in one transaction: all or none. Ids that are
    /// not stored are passed over. A unit that an imported file claims (``UnitClaim``) is not deleted but handed
    /// over to that file, which then owns it (``release(article:dryRun:)``).
    /// - Returns: how many of the ids were stored (and are now deleted).
    /// - Complexity: O(n) deletions in one write transaction.
    /// - Throws: ``TMError`` for a database failure, with nothing deleted.
    func delete(unitIDs: [String]) throws -> Int
    /// Removes an article's or an imported file's hold on its units (`taalgrens tm remove --article`), in one
    /// transaction: all or nothing (`docs/memory.md`, "Units held by several files").
    ///
    /// The units `article` selects are those ``UnitFilter/article`` selects: the units it owns (its id in
    /// `unit.article` or `unit.origin_article`, or its scope in `unit.scope`, typed whole or as a TMX file's
    /// name) and those it holds through a claim (``UnitClaim``, by article or scope). A unit it
    /// owns that another file also claims is kept for that file, which then owns it (its id, scope and origin
    /// become the claim's; the origin's block and position, the former owner's, are cleared); a unit it owns
    /// alone is deleted with its variants and index rows; its claims on units others own are dropped. An
    /// article left without units is deleted too (`tm stats` no longer counts it).
    /// - Parameters:
    ///   - article: the article id or the file's name, as `--article` takes it.
    ///   - dryRun: count only; nothing is written.
    /// - Returns: how many units were (or would be) deleted and kept.
    /// - Complexity: O(units in the memory) for the owned units (`origin_article` has no index), plus one
    ///   indexed look-up per owned unit and O(n) deletions.
    /// - Throws: ``TMError`` for a database failure, with nothing changed.
    func release(article: String, dryRun: Bool) throws -> ArticleRelease
    /// The unit with this id, or `nil`.
    func unit(id: String) throws -> TranslationUnit?

    /// Exact and context matches only (scores 100 and 101), found by the hash of the query's NFC text.
    func exactMatches(_ query: MatchQuery) throws -> [Match]
    /// Fuzzy search: every unit whose rounded score reaches `query.minScore`, best first, at most
    /// `query.limit`, exactly as a brute-force scan with the same scorer would return them.
    func search(_ query: MatchQuery) throws -> [Match]
    /// Phrase search in the stored variants of `locale` (by language), case- and accent-insensitive.
    func concordance(_ phrase: String, locale: LanguageTag, limit: Int) throws -> [ConcordanceHit]
    /// Counts per locale, locale pair and status.
    func statistics() throws -> MemoryStatistics
    /// Calls `body` for every unit that passes `filter`, without loading all at once, in a stable order that
    /// does not depend on the order of past imports (`UnitEnumeration`: articles by id, block and position,
    /// then interchange units by id), the same in every store.
    func forEachUnit(filter: UnitFilter, _ body: (TranslationUnit) throws -> Void) throws
}

extension TMStore {
    /// The default ``importUnits(_:origin:progress:)``: imports, then reports once (`done == total`).
    public func importUnits(_ units: [TranslationUnit], origin: String, progress: ((_ done: Int, _ total: Int) -> Void)?) throws -> ImportCounts {
        let counts = try importUnits(units, origin: origin)
        progress?(units.count, units.count)
        return counts
    }

    /// ``importArticle(id:units:source:)`` with the source locale taken from the units.
    public func importArticle(id: String, units: [TranslationUnit]) throws -> ImportCounts {
        try importArticle(id: id, units: units, source: nil)
    }

    /// Every unit that passes `filter`, in ``forEachUnit(filter:_:)``'s order (for TMX export of a small
    /// memory; prefer ``forEachUnit(filter:_:)`` for large ones).
    public func allUnits(filter: UnitFilter = UnitFilter()) throws -> [TranslationUnit] {
        var out: [TranslationUnit] = []
        try forEachUnit(filter: filter) { out.append($0) }
        return out
    }
}
