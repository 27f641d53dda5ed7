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
    /// A unit whose id is stored is unchanged when equal and updated otherwise; its stored properties and
    /// notes are kept (the file's properties win, its notes are added). A unit whose variants are
    /// identical to a stored unit's or an earlier incoming unit's (same locales, same content with codes)
    /// is a duplicate: it is merged into that unit (properties and notes added) and counted as merged.
    /// - Parameters:
    ///   - units: the units, in file order.
    ///   - origin: a name for where they came from (the file name), recorded on units that have no origin.
    /// - Throws: ``TMError/invalidUnit(_:)`` for a unit without variants; ``TMError/database(_:)``.
    func importUnits(_ units: [TranslationUnit], origin: String) throws -> ImportCounts

    /// ``importUnits(_:origin:)`` that reports its progress, for a terminal's progress line on long imports:
    /// `progress(done, total)` receives the number of units handled so far, on the calling thread, and
    /// comes last with `done == total`. The default implementation imports, then reports once.
    func importUnits(_ units: [TranslationUnit], origin: String, progress: ((_ done: Int, _ total: Int) -> Void)?) throws -> ImportCounts

    /// Replaces a stored unit (same id) with `unit`. - Throws: ``TMError/notFound(_:)``.
    func update(_ unit: TranslationUnit) throws
    /// Deletes a unit. - Returns: whether it existed.
    func delete(unitID: String) throws -> Bool
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
    /// Calls `body` for every unit that passes `filter`, in storage order, without loading all at once.
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

    /// Every unit that passes `filter`, in storage order (for TMX export of a small memory; prefer
    /// ``forEachUnit(filter:_:)`` for large ones).
    public func allUnits(filter: UnitFilter = UnitFilter()) throws -> [TranslationUnit] {
        var out: [TranslationUnit] = []
        try forEachUnit(filter: filter) { out.append($0) }
        return out
    }
}
