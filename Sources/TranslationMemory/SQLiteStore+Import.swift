import Foundation
import GRDB
import TaalgrensCore
import Tokenization

extension SQLiteStore {
    /// See ``TMStore/importArticle(id:units:source:)``. One SQLite transaction: on error nothing is kept.
    public func importArticle(id: String, units: [TranslationUnit], source: LanguageTag?) throws -> ImportCounts {
        try SQLiteStore.validate(units)
        var seen: Set<String> = []
        for u in units where !seen.insert(u.id).inserted { throw TMError.conflict("unit id \(u.id) occurs twice in article \(id)") }
        let sourceLocale = source ?? SQLiteStore.mostCommonLocale(units)
        let now = Date()
        return try writeUnits("importing article \(id)", units: units.count) { db, writer in
            try db.execute(sql: """
                INSERT INTO article (id, source, imported) VALUES (?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET source = excluded.source, imported = excluded.imported
                """, arguments: [id, sourceLocale?.identifier ?? "", now.timeIntervalSince1970])
            // Ids that belong to something else.
            for chunk in units.map(\.id).chunked(500) {
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                let args = StatementArguments(chunk) + [id]
                if let clash = try String.fetchOne(db, sql: "SELECT id FROM unit WHERE id IN (\(marks)) AND (article IS NULL OR article != ?) LIMIT 1", arguments: args) {
                    throw TMError.conflict("unit id \(clash) of article \(id) already belongs to another article or file")
                }
            }
            let storedPKs = try Int64.fetchAll(db, sql: """
                SELECT pk FROM unit WHERE article = ? ORDER BY origin_block, origin_position, pk
                """, arguments: [id])
            let loaded = try SQLiteStore.loadUnits(db, pks: storedPKs)
            let stored = storedPKs.compactMap { pk in loaded[pk].map { (pk: pk, unit: $0) } }
            let plan = ArticleImportPlan(incoming: units, stored: stored.map(\.unit), source: sourceLocale, now: now)
            // A dropped sentence that an imported file also holds stays for that file.
            for k in plan.removals { try SQLiteStore.removeOwned(db, pk: stored[k].pk) }
            for k in plan.renames {
                try db.execute(sql: "UPDATE unit SET id = ? WHERE pk = ?", arguments: [ArticleImportPlan.temporaryID(pk: stored[k].pk), stored[k].pk])
            }
            for (i, action) in plan.actions.enumerated() {
                switch action {
                case .insert: _ = try writer.insert(units[i], article: id, scope: nil, now: now)
                case .keep: break
                case .rewrite(let k, let u): try writer.rewrite(pk: stored[k].pk, u, article: id, scope: nil, now: now)
                }
            }
            return plan.counts
        }
    }

    /// See ``TMStore/importUnits(_:origin:)``. One SQLite transaction: on error nothing is kept.
    public func importUnits(_ units: [TranslationUnit], origin: String) throws -> ImportCounts {
        try importUnits(units, origin: origin, progress: nil)
    }

    /// The page cache of the connection that imports, in KiB (SQLite's default is 2,000 KiB).
    static let writerCacheKiB = 131_072

    /// How often, in units, ``importUnits(_:origin:progress:)`` reports progress.
    public static let progressInterval = 1000

    /// ``TMStore/importUnits(_:origin:)`` with progress: `progress(done, total)` is called with the number
    /// of units handled so far before every ``progressInterval``-th unit, and once at the end with
    /// `done == total`, on the calling thread, inside the transaction. One SQLite transaction: on error
    /// nothing is kept.
    /// - Complexity: O(n) statements. No concordance row is written: the new variants enter the
    ///   concordance index in one pass before the next phrase search (``updateConcordanceIndex()``;
    ///   `docs/memory.md`, "Concordance").
    public func importUnits(_ units: [TranslationUnit], origin: String, progress: ((_ done: Int, _ total: Int) -> Void)?) throws -> ImportCounts {
        try SQLiteStore.validate(units)
        try TranslationMerge.checkUniqueIDs(units, origin: origin)
        let now = Date()
        return try writeUnits("importing units from \(origin)", units: units.count, bulk: true) { db, writer in
            var counts = ImportCounts()
            try SQLiteStore.importInterchange(units, scope: origin, writer: &writer, now: now, counts: &counts, progress: progress)
            if let progress { progress(units.count, units.count) }
            return counts
        }
    }

    /// Runs `body` in a write transaction with a ``UnitWriter`` that starts from the term ids this store
    /// has already learnt, and flushes the writer (``UnitWriter/flush()``) before the transaction commits; the
    /// term ids the transaction learns are kept only once it has committed.
    /// - Parameters:
    ///   - operation: what the transaction does, for error messages.
    ///   - units: how many units `body` is about to write (the writer's choice of how to find term ids
    ///     depends on it: ``UnitWriter/init(db:known:units:)``).
    ///   - bulk: whether every row `body` writes is one the writer encoded (``UnitWriter`` and
    ///     ``EncodedUnit``, from units ``validate(_:)`` accepted): then the transaction skips the schema's
    ///     CHECK constraints (``withoutCheckConstraints(_:_:)``).
    ///   - body: the writing, given the transaction's connection and the writer.
    func writeUnits<T>(_ operation: String, units: Int, bulk: Bool = false, _ body: (Database, inout UnitWriter) throws -> T) throws -> T {
        var learnt: [String: TermTable] = [:]
        var completeThrough: Int64?
        let result = try write(operation) { db in
            // A large page cache for the writer: an import touches the index's pages all over the file, and
            // with SQLite's default 2 MB each touch is a read system call (and dirty pages spill early).
            try db.execute(sql: "PRAGMA cache_size = -\(SQLiteStore.writerCacheKiB)")
            func run() throws -> T {
                var writer = UnitWriter(db: db, known: termIDs.snapshot(), units: units)
                let result = try body(db, &writer)
                try writer.flush()
                learnt = writer.learnt
                completeThrough = writer.completeThrough
                return result
            }
            return bulk ? try SQLiteStore.withoutCheckConstraints(db, run) : try run()
        }
        termIDs.merge(learnt, completeThrough: completeThrough)
        return result
    }

    /// See ``TMStore/importTranslations(_:article:source:target:origin:)``. One SQLite transaction: on
    /// error nothing is kept.
    public func importTranslations(_ units: [TranslationUnit], article: String?, source: LanguageTag, target: LanguageTag,
                                   origin: String) throws -> ImportCounts {
        try SQLiteStore.validate(units)
        try TranslationMerge.validate(units, target: target)
        try TranslationMerge.checkUniqueIDs(units, origin: origin)
        let now = Date()
        return try writeUnits("importing translations from \(origin)", units: units.count) { db, writer in
            var counts = ImportCounts()
            var rest = units
            if let article {
                let storedPKs = try Int64.fetchAll(db, sql: """
                    SELECT pk FROM unit WHERE article = ? ORDER BY origin_block, origin_position, pk
                    """, arguments: [article])
                let loaded = try SQLiteStore.loadUnits(db, pks: storedPKs)
                let stored = storedPKs.compactMap { pk in loaded[pk].map { (pk: pk, unit: $0) } }
                let plan = TranslationMerge.plan(units, stored: stored, target: target, source: source, now: now)
                for update in plan.updates {
                    try writer.rewrite(pk: update.pk, update.unit, article: article, scope: nil, now: now)
                }
                counts.updated += plan.updates.count
                counts.unchanged += plan.unchanged
                rest = plan.rest
            }
            try SQLiteStore.importInterchange(rest, scope: origin, writer: &writer, now: now, counts: &counts)
            return counts
        }
    }

    /// The interchange half of an import, inside the caller's transaction: see ``TMStore/importUnits(_:origin:)``.
    static func importInterchange(_ units: [TranslationUnit], scope: String, writer: inout UnitWriter, now: Date,
                                  counts: inout ImportCounts, progress: ((_ done: Int, _ total: Int) -> Void)? = nil) throws {
        let db = writer.db
        // The batch's ids and content hashes the store already holds, each found with one statement that
        // probes the index in sorted order; a unit whose id or hash is not among them skips its look-up.
        // The callers' units have distinct ids; hashes written by this loop join the set as it goes.
        let scopedIDs = units.map { UnitScope.id(scope: scope, localID: $0.id) }
        let storedIDs = try storedUnitIDs(db, among: scopedIDs)
        // This file's claims on units others own (`unit_scope`) are made again below, from what the file
        // holds now: a unit it no longer holds as a duplicate drops its claim.
        try dropClaims(db, ids: scopedIDs)
        var encoded: [EncodedUnit?] = []
        encoded.reserveCapacity(units.count)
        for (unit, id) in zip(units, scopedIDs) { encoded.append(storedIDs.contains(id) ? nil : try EncodedUnit(unit)) }
        var storedHashes = try storedContentHashes(db, among: encoded.compactMap { $0?.contentHash })
        for (index, var unit) in units.enumerated() {
            if let progress, index % SQLiteStore.progressInterval == 0 { progress(index, units.count) }
            let localID = unit.id
            unit.id = scopedIDs[index]
            if unit.origin == nil { unit.origin = Origin(article: scope) }
            var stored: (pk: Int64, article: String?, scope: String?)?
            if storedIDs.contains(unit.id) {
                let lookup = try writer.statement(.unitByID)
                lookup.bind(1, unit.id)
                stored = try lookup.step() ? (pk: lookup.int64(0), article: lookup.text(1), scope: lookup.text(2)) : nil
                lookup.reset()
            }
            if let stored {
                let owner = stored.article, storedScope = stored.scope
                guard owner == nil, storedScope == scope || storedScope == UnitScope.legacy else {
                    throw TMError.conflict("unit \(localID) of \(scope) would take the id \(unit.id), which belongs to \(owner.map { "article \($0)" } ?? "another file")")
                }
                let pk = stored.pk
                guard let stored = try loadUnits(db, pks: [pk])[pk] else { throw TMError.database("unit \(unit.id) vanished") }
                // Metadata is merged, never dropped: the file's properties win, notes are added.
                unit.properties = stored.properties.merging(unit.properties) { _, new in new }
                unit.notes = stored.notes + unit.notes.filter { !stored.notes.contains($0) }
                let identical = UnitComparison.compare(stored, unit) == .identical
                if identical { counts.unchanged += 1 } else { counts.updated += 1 }
                // A legacy unit (stored before scopes) is adopted by the scope whose id it has.
                if identical && storedScope == scope { continue }
                unit.created = stored.created ?? unit.created
                unit.changed = identical ? stored.changed : (unit.changed ?? now)
                storedHashes.insert(try writer.rewrite(pk: pk, unit, article: nil, scope: scope, now: now))
                continue
            }
            // The content hash reads neither the unit's id nor its origin, set above.
            let encoded = try encoded[index] ?? EncodedUnit(unit)
            if storedHashes.contains(encoded.contentHash),
               let (pk, stored) = try duplicate(db, of: unit, hash: encoded.contentHash, lookup: try writer.statement(.unitsByContentHash)) {
                var merged = stored
                for (k, v) in unit.properties where merged.properties[k] == nil { merged.properties[k] = v }
                for note in unit.notes where !merged.notes.contains(note) { merged.notes.append(note) }
                if merged.properties != stored.properties || merged.notes != stored.notes {
                    try db.execute(sql: "UPDATE unit SET properties = ?, notes = ? WHERE pk = ?",
                                   arguments: [try VariantCodec.encodeProperties(merged.properties), try VariantCodec.encodeNotes(merged.notes), pk])
                }
                if let claim = UnitClaim(merging: unit, scope: scope, into: stored) {
                    try db.cachedStatement(sql: "INSERT OR REPLACE INTO unit_scope (id, unit, scope, article) VALUES (?, ?, ?, ?)")
                        .execute(arguments: [claim.id, pk, claim.scope, claim.article])
                }
                counts.merged += 1
                continue
            }
            _ = try writer.insert(unit, encoded, article: nil, scope: scope, now: now)
            storedHashes.insert(encoded.contentHash)
            counts.added += 1
        }
    }

    /// Deletes the claims (`unit_scope`) with these ids: one statement whose probes of the primary key run in
    /// sorted order. O(n log n) for n ids.
    static func dropClaims(_ db: Database, ids: [String]) throws {
        guard !ids.isEmpty else { return }
        try db.execute(sql: "DELETE FROM unit_scope WHERE id IN (SELECT value FROM json_each(?))",
                       arguments: [try VariantCodec.encode(ids.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })])
    }

    /// Which of `ids` are stored unit ids: one statement whose probes of the `id` index run in sorted order.
    /// - Complexity: O(n log n) for n ids, plus one index probe each.
    static func storedUnitIDs(_ db: Database, among ids: [String]) throws -> Set<String> {
        guard !ids.isEmpty else { return [] }
        let found = try String.fetchAll(db, sql: """
            SELECT u.id FROM json_each(?) j JOIN unit u ON u.id = j.value
            """, arguments: [try VariantCodec.encode(ids.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })])
        return Set(found)
    }

    /// Which of `hashes` are content hashes of stored units: one statement whose probes of the
    /// `unit_content_hash` index run in sorted order.
    /// - Complexity: O(n log n) for n hashes, plus one index probe each.
    static func storedContentHashes(_ db: Database, among hashes: [Int64]) throws -> Set<Int64> {
        guard !hashes.isEmpty else { return [] }
        let list = "[" + hashes.sorted().map(String.init).joined(separator: ",") + "]"
        let found = try Int64.fetchAll(db, sql: """
            SELECT DISTINCT u.content_hash FROM json_each(?) j JOIN unit u ON u.content_hash = j.value
            """, arguments: [list])
        return Set(found)
    }

    /// See ``TMStore/update(_:)``.
    public func update(_ unit: TranslationUnit) throws {
        try SQLiteStore.validate([unit])
        try writeUnits("updating unit \(unit.id)", units: 1) { db, writer in
            guard let (pk, stored) = try SQLiteStore.unitRow(db, id: unit.id) else { throw TMError.notFound(unit.id) }
            var u = unit
            u.created = stored.created ?? unit.created
            u.changed = unit.changed ?? Date()
            let owner = try Row.fetchOne(db, sql: "SELECT article, scope FROM unit WHERE pk = ?", arguments: [pk])
            try writer.rewrite(pk: pk, u, article: owner?["article"], scope: owner?["scope"], now: Date())
        }
    }

    /// See ``TMStore/delete(unitID:)``.
    public func delete(unitID: String) throws -> Bool {
        try delete(unitIDs: [unitID]) > 0
    }

    /// See ``TMStore/delete(unitIDs:)``.
    public func delete(unitIDs: [String]) throws -> Int {
        try write("deleting \(unitIDs.count) units") { db in
            var deleted = 0
            let lookup = try db.cachedStatement(sql: "SELECT pk FROM unit WHERE id = ?")
            for id in unitIDs {
                guard let pk = try Int64.fetchOne(lookup, arguments: [id]) else { continue }
                try SQLiteStore.removeOwned(db, pk: pk)
                deleted += 1
            }
            return deleted
        }
    }

    /// See ``TMStore/unit(id:)``.
    public func unit(id: String) throws -> TranslationUnit? {
        try read("reading unit \(id)") { db in try SQLiteStore.unitRow(db, id: id)?.1 }
    }

    /// Checks what the schema's CHECK constraints on `unit` and `variant` require of values that come from
    /// the caller (the rest the writer encodes itself: JSON columns, statuses, locales, token counts), so
    /// that a bulk import that skips those constraints (``withoutCheckConstraints(_:_:)``) stores exactly
    /// the rows a checked one accepts: a non-empty id, at least one variant and one per locale, an origin
    /// block and position of 0 or more, a confidence in [0, 1] (NaN, which SQLite stores as NULL, passes
    /// as it passes the CHECK).
    /// - Throws: ``TMError/invalidUnit(_:)`` naming the unit and the rule.
    package static func validate(_ units: [TranslationUnit]) throws {
        for u in units {
            if u.id.isEmpty { throw TMError.invalidUnit("a unit has an empty id") }
            if u.variants.isEmpty { throw TMError.invalidUnit("unit \(u.id) has no variant") }
            if u.variants.count > 1, Set(u.variants.map(\.locale)).count != u.variants.count {
                throw TMError.invalidUnit("unit \(u.id) has two variants of one locale")
            }
            if let block = u.origin?.block, block < 0 { throw TMError.invalidUnit("unit \(u.id) has a negative origin block (\(block))") }
            if let position = u.origin?.position, position < 0 {
                throw TMError.invalidUnit("unit \(u.id) has a negative origin position (\(position))")
            }
            if let confidence = u.confidence, !confidence.isNaN, !(0...1).contains(confidence) {
                throw TMError.invalidUnit("unit \(u.id) has a confidence of \(confidence), outside 0…1")
            }
        }
    }

    /// Whether this store's writing connection enforces the schema's CHECK constraints (SQLite's
    /// `ignore_check_constraints` is off), as it must outside ``withoutCheckConstraints(_:_:)``: for tests.
    /// - Throws: ``TMError/database(_:)`` when SQLite cannot answer.
    package func writerChecksConstraints() throws -> Bool {
        do {
            return try writer.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA ignore_check_constraints") == 0 }
        } catch {
            throw SQLiteStore.wrap(error, "reading the writer's CHECK setting")
        }
    }

    /// Runs `body` with SQLite's CHECK constraints off for this connection (`PRAGMA ignore_check_constraints`),
    /// and turns them on again afterwards, also when `body` throws.
    ///
    /// Only for a transaction whose every row is encoded by ``UnitWriter`` from units ``validate(_:)``
    /// accepted: each CHECK of `unit` and `variant` then holds by construction (JSON columns written by
    /// `JSONEncoder` through ``VariantCodec``, statuses from ``TaalgrensCore/UnitStatus``, locales from
    /// ``TaalgrensCore/LanguageTag``, token counts from a count, ids, origins and confidences checked by
    /// ``validate(_:)``), and SQLite's re-check of them is pure cost: a `json_valid` parse of every JSON
    /// column among them (eight per unit of three variants; `docs/benchmarks.md`). The constraints stay in
    /// the schema and hold for every other writer: the pragma is per connection, and flipping it expires
    /// the connection's prepared statements (SQLite compiles CHECKs into a statement), so statements
    /// prepared after this returns check again. NOT NULL, UNIQUE, foreign keys and triggers are not CHECK
    /// constraints and stay in force.
    static func withoutCheckConstraints<T>(_ db: Database, _ body: () throws -> T) throws -> T {
        try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
        do {
            let result = try body()
            try db.execute(sql: "PRAGMA ignore_check_constraints = OFF")
            return result
        } catch {
            try? db.execute(sql: "PRAGMA ignore_check_constraints = OFF")
            throw error
        }
    }

    /// The locale most units have a variant in; ties go to the smallest tag.
    package static func mostCommonLocale(_ units: [TranslationUnit]) -> LanguageTag? {
        var counts: [LanguageTag: Int] = [:]
        for u in units { for v in u.variants { counts[v.locale, default: 0] += 1 } }
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.first?.key
    }

    static func unitRow(_ db: Database, id: String) throws -> (Int64, TranslationUnit)? {
        guard let pk = try Int64.fetchOne(db.cachedStatement(sql: "SELECT pk FROM unit WHERE id = ?"), arguments: [id]) else { return nil }
        return try loadUnits(db, pks: [pk])[pk].map { (pk, $0) }
    }

    /// A stored unit with the same variants (locales and content with codes) as `unit`.
    /// - Parameters:
    ///   - hash: ``UnitWriter/contentHash(_:)`` of `unit`.
    ///   - lookup: ``UnitWriter/Prepared/unitsByContentHash``.
    static func duplicate(_ db: Database, of unit: TranslationUnit, hash: Int64, lookup: RawStatement) throws -> (Int64, TranslationUnit)? {
        lookup.bind(1, hash)
        var pks: [Int64] = []
        while try lookup.step() { pks.append(lookup.int64(0)) }
        lookup.reset()
        if pks.isEmpty { return nil }
        let loaded = try loadUnits(db, pks: pks)
        for pk in pks {
            if let u = loaded[pk], UnitComparison.sameVariants(u, unit) { return (pk, u) }
        }
        return nil
    }

    /// Loads full units by primary key.
    static func loadUnits(_ db: Database, pks: [Int64]) throws -> [Int64: TranslationUnit] {
        var out: [Int64: TranslationUnit] = [:]
        for chunk in pks.chunked(500) {
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            var variants: [Int64: [Variant]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT unit, locale, content, sentence_starts, previous, next, status FROM variant WHERE unit IN (\(marks)) ORDER BY unit, locale
                """, arguments: StatementArguments(chunk)) {
                guard let locale = LanguageTag(row["locale"] as String) else { throw TMError.database("a stored variant has a malformed locale") }
                guard let status = UnitStatus(rawValue: row["status"]) else { throw TMError.database("a stored variant has an unknown status") }
                let v = Variant(locale: locale, content: try VariantCodec.decodeContent(row["content"]),
                                sentenceStarts: try VariantCodec.decode([Int].self, row["sentence_starts"]),
                                previous: row["previous"], next: row["next"], status: status)
                variants[row["unit"], default: []].append(v)
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT pk, id, origin_article, origin_block, origin_position, status, confidence, properties, notes, created, changed
                FROM unit WHERE pk IN (\(marks))
                """, arguments: StatementArguments(chunk)) {
                let pk: Int64 = row["pk"]
                let originArticle: String? = row["origin_article"]
                let created: Double? = row["created"], changed: Double? = row["changed"]
                guard let status = UnitStatus(rawValue: row["status"]) else { throw TMError.database("a stored unit has an unknown status") }
                out[pk] = TranslationUnit(
                    id: row["id"], variants: VariantStatus.own(variants[pk] ?? [], unit: status),
                    origin: originArticle.map { Origin(article: $0, block: row["origin_block"], position: row["origin_position"]) },
                    status: status, confidence: row["confidence"],
                    properties: try VariantCodec.decode([String: String].self, row["properties"]),
                    notes: try VariantCodec.decode([String].self, row["notes"]),
                    created: created.map { Date(timeIntervalSince1970: $0) }, changed: changed.map { Date(timeIntervalSince1970: $0) })
            }
        }
        return out
    }
}

/// A unit's JSON columns and content hash, encoded once (the hash reads the contents' JSON too).
struct EncodedUnit {
    /// Each variant's content as JSON, in the unit's variant order.
    let contents: [String]
    /// ``UnitWriter/contentHash(_:)``.
    let contentHash: Int64

    init(_ unit: TranslationUnit) throws {
        contents = try unit.variants.map { try VariantCodec.encodeContent($0.content) }
        contentHash = UnitWriter.contentHash(locales: unit.variants.map(\.locale), contents: contents)
    }
}

/// Term ids a store has learnt from committed transactions, by language and key. Term rows are never
/// deleted or renumbered by an import (a key no variant holds any more keeps its id; migration
/// `v7-memory-index` deleted only the occurrence-numbered terms, which no key id names), so an id learnt
/// once stays right for the life of the file, whatever other processes write.
///
/// The cache also knows how far it is complete: every term row whose id is at most ``Snapshot/completeThrough``
/// is in it. A writer that finds the file's largest term id close to that mark reads the few rows above it
/// and then knows every stored key, so a key it does not find is new and gets the next id without asking
/// SQLite (``UnitWriter``, "interned term ids").
final class TermIDCache: @unchecked Sendable {
    /// The cache's content at one moment.
    struct Snapshot {
        /// Term ids by language and key.
        var ids: [String: TermTable]
        /// Every term row with an id at most this is in ``ids`` (0: none is known to be).
        var completeThrough: Int64
    }

    private let lock = NSLock()
    private var ids: [String: TermTable] = [:]
    private var completeThrough: Int64 = 0

    /// The ids learnt so far (a copy-on-write value: taking it copies nothing).
    func snapshot() -> Snapshot {
        lock.lock(); defer { lock.unlock() }
        return Snapshot(ids: ids, completeThrough: completeThrough)
    }

    /// Adds ids learnt by a transaction that has committed.
    /// - Parameters:
    ///   - learnt: the ids the transaction read or created.
    ///   - completeThrough: when the transaction knew every term row up to an id (it read all rows above
    ///     the mark of its snapshot and numbered its new keys itself), that id; the mark only moves up.
    func merge(_ learnt: [String: TermTable], completeThrough: Int64?) {
        guard !learnt.isEmpty || completeThrough != nil else { return }
        lock.lock(); defer { lock.unlock() }
        for (language, keys) in learnt {
            if ids[language] == nil { ids[language] = keys } else { ids[language]!.merge(keys) }
        }
        if let completeThrough { self.completeThrough = max(self.completeThrough, completeThrough) }
    }
}

/// Writes units and their variants inside one transaction.
///
/// A variant row carries what the in-memory fuzzy index is built from (its keys as `term` ids, `key_ids`;
/// `docs/matching.md`, "Retrieval"); nothing else of the fuzzy index is written. New variants wait for
/// the concordance index (`variant_folded`) beyond its high-water mark (migration
/// `v10-concordance-deferred`); only a variant whose id SQLite hands out again, at or below the mark,
/// enters it when the writer flushes. Callers flush before the transaction ends; the writer flushes by
/// itself before it deletes variants (a rewrite). Use it through `SQLiteStore.writeUnits`, which flushes it before the
/// transaction commits.
///
/// **Interned term ids.** A key's id comes from the store's cache (``TermIDCache``) or from this
/// transaction's ``learnt`` ids. At the first key found in neither, the writer decides once how to find the
/// rest: when the file holds at most ``termRowsPerUnit`` term rows per unit to write beyond what the cache is
/// complete through (always, in a process that imports in batches: the cache then misses nothing but
/// its own last batch's keys, which it learnt), it reads those rows and from then on knows every stored
/// key, so it numbers new keys itself (one above the largest id, as SQLite would) and writes them with one
/// plain insert each, sorted by (language, key), when it flushes; otherwise (a small import into a
/// large memory opened by a fresh process) it asks SQLite per distinct key it does not know.
package struct UnitWriter {
    let db: Database
    /// Term ids known before this transaction (committed), by language.
    let known: [String: TermTable]
    /// Every term row with an id at most this is in ``known``.
    let knownThrough: Int64
    /// How many units the transaction is about to write (it sets the term-row budget).
    let units: Int
    /// Term ids looked up or created in this transaction: the store keeps them once it commits.
    var learnt: [String: TermTable] { Dictionary(uniqueKeysWithValues: zip(languages, learntTables)) }
    /// The languages whose keys this writer has met, each with a slot number: its index here.
    private var languages: [String] = []
    /// Per language slot: the committed ids (``known``) of that language, an empty table for none.
    private var knownTables: [TermTable] = []
    /// Per language slot: the ids learnt in this transaction (``learnt``).
    private var learntTables: [TermTable] = []
    /// How the writer finds the id of a key it does not know yet (decided at the first such key).
    private var termMode = TermMode.undecided
    /// Keys numbered by this writer and not yet written to `term`.
    private var newTerms: [(language: String, key: String, id: Int64)] = []
    /// The locales of the variants written so far, each with its language subtag and tokenizer.
    private var locales: [(locale: LanguageTag, language: String, slot: Int, tokenizer: Tokenizer)] = []
    /// The match keys of the variant being written, as bytes (reused from variant to variant).
    private var keyBuffer = MatchKeyBuffer()
    /// The key ids of the variant being written (reused from variant to variant).
    private var keyIDs: [Int64] = []

    /// See ``UnitWriter``, "interned term ids".
    enum TermMode {
        case undecided
        /// Every stored key is known: a key not known is new and gets `next`.
        case complete(next: Int64)
        /// Keys not known are looked up or inserted one by one.
        case lookup
    }

    /// The term rows per unit to write that a writer reads, at most, to know every stored key
    /// (``UnitWriter``, "interned term ids"). Reading a row costs about what looking up one key does,
    /// and a unit brings a handful of keys the cache may not know.
    static let termRowsPerUnit: Int64 = 8

    /// When the writer knew every term row (it read those above ``knownThrough`` and numbered its new keys
    /// itself): the largest id it knows; `nil` otherwise. The store's cache keeps it once the transaction
    /// has committed.
    var completeThrough: Int64? {
        if case .complete(let next) = termMode { return next - 1 }
        return nil
    }
    /// Variants inserted since the last ``flush()``.
    private var unindexed: [Int64] = []
    /// The concordance index's high-water mark, read once per writer (no other writer runs inside its
    /// transaction, and the mark moves only in a transaction of its own).
    private var concordanceMark: Int64?
    /// The statements of ``Prepared``, by raw value, once used: an import runs each once or more per unit,
    /// and finding a cached statement by its SQL text (GRDB's cache) hashes that text every time.
    private var statements: [RawStatement?] = Array(repeating: nil, count: Prepared.allCases.count)

    /// The statements an import runs once or more per unit.
    enum Prepared: Int, CaseIterable {
        case insertUnit, insertVariant, unitByID, unitsByContentHash, insertTerm, termByKey, insertNumberedTerm

        var sql: String {
            switch self {
            case .insertUnit: """
                INSERT INTO unit (id, article, scope, origin_article, origin_block, origin_position, status, confidence, properties, notes, content_hash, created, changed)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
            case .insertVariant: """
                INSERT INTO variant (unit, locale, language, content, plain, folded, sentence_starts, previous, next, text_hash, token_count, key_ids, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
            case .unitByID: "SELECT pk, article, scope FROM unit WHERE id = ?"
            case .unitsByContentHash: "SELECT pk FROM unit WHERE content_hash = ? ORDER BY pk"
            case .insertTerm: "INSERT INTO term (language, key) VALUES (?, ?) ON CONFLICT (language, key) DO NOTHING"
            case .termByKey: "SELECT id FROM term WHERE language = ? AND key = ?"
            case .insertNumberedTerm: "INSERT INTO term (id, language, key) VALUES (?, ?, ?)"
            }
        }
    }

    /// `which`, prepared once per writer (a transaction) and reused: bind every parameter, then run it,
    /// or step and reset it.
    /// - Throws: `DatabaseError` when SQLite cannot prepare it.
    mutating func statement(_ which: Prepared) throws -> RawStatement {
        if let statement = statements[which.rawValue] { return statement }
        let statement = try RawStatement(db, sql: which.sql)
        statements[which.rawValue] = statement
        return statement
    }

    /// - Parameters:
    ///   - db: the connection, inside a write transaction.
    ///   - known: the store's cached term ids (``TermIDCache/snapshot()``).
    ///   - units: how many units the transaction is about to write (an estimate is fine: it only sets how
    ///     many term rows the writer may read to know every stored key).
    init(db: Database, known: TermIDCache.Snapshot = TermIDCache.Snapshot(ids: [:], completeThrough: 0), units: Int = 0) {
        self.db = db
        self.known = known.ids
        self.knownThrough = known.completeThrough
        self.units = units
    }

    /// Inserts a new unit, owned by an article or by an interchange scope (exactly one of the two).
    /// - Returns: its primary key.
    mutating func insert(_ unit: TranslationUnit, article: String?, scope: String?, now: Date) throws -> Int64 {
        try insert(unit, try EncodedUnit(unit), article: article, scope: scope, now: now)
    }

    /// ``insert(_:article:scope:now:)`` with the JSON columns already encoded. - Returns: its primary key.
    mutating func insert(_ unit: TranslationUnit, _ encoded: EncodedUnit, article: String?, scope: String?, now: Date) throws -> Int64 {
        // Through SQLite's C interface: one statement per unit (``RawStatement``).
        let statement = try self.statement(.insertUnit)
        statement.bind(1, unit.id)
        statement.bind(2, article)
        statement.bind(3, scope)
        statement.bind(4, unit.origin?.article)
        statement.bind(5, unit.origin?.block)
        statement.bind(6, unit.origin?.position)
        statement.bind(7, unit.status.rawValue)
        statement.bind(8, unit.confidence)
        statement.bind(9, try VariantCodec.encodeProperties(unit.properties))
        statement.bind(10, try VariantCodec.encodeNotes(unit.notes))
        statement.bind(11, encoded.contentHash)
        statement.bind(12, (unit.created ?? now).timeIntervalSince1970)
        statement.bind(13, (unit.changed ?? unit.created ?? now).timeIntervalSince1970)
        try statement.run()
        let pk = db.lastInsertedRowID
        try insertVariants(pk: pk, unit, encoded)
        return pk
    }

    /// Replaces the unit at `pk` (its id may change) and its variants. When other files claim the unit and its
    /// variants change, the stored row stays theirs (``SQLiteStore/handOverBeforeChange(_:pk:newHash:)``) and
    /// `unit` is inserted as a new row.
    /// - Returns: the unit's new content hash (``contentHash(_:)``).
    @discardableResult
    mutating func rewrite(pk: Int64, _ unit: TranslationUnit, article: String?, scope: String?, now: Date) throws -> Int64 {
        let encoded = try EncodedUnit(unit)
        if try SQLiteStore.handOverBeforeChange(db, pk: pk, newHash: encoded.contentHash) {
            _ = try insert(unit, encoded, article: article, scope: scope, now: now)
            return encoded.contentHash
        }
        try db.execute(sql: """
            UPDATE unit SET id = ?, article = ?, scope = ?, origin_article = ?, origin_block = ?, origin_position = ?, status = ?, confidence = ?,
                properties = ?, notes = ?, content_hash = ?, created = ?, changed = ? WHERE pk = ?
            """, arguments: try arguments(unit, encoded, article: article, scope: scope, now: now) + [pk])
        // Waiting concordance rows may belong to the variants about to be deleted: the deletion trigger
        // removes a variant's row from `variant_folded`, so it must be there first.
        try flush()
        try db.execute(sql: "DELETE FROM variant WHERE unit = ?", arguments: [pk])
        try insertVariants(pk: pk, unit, encoded)
        return encoded.contentHash
    }

    func arguments(_ unit: TranslationUnit, _ encoded: EncodedUnit, article: String?, scope: String?, now: Date) throws -> StatementArguments {
        [unit.id, article, scope, unit.origin?.article, unit.origin?.block, unit.origin?.position, unit.status.rawValue, unit.confidence,
         try VariantCodec.encodeProperties(unit.properties), try VariantCodec.encodeNotes(unit.notes), encoded.contentHash,
         (unit.created ?? now).timeIntervalSince1970, (unit.changed ?? unit.created ?? now).timeIntervalSince1970]
    }

    /// The language subtag and tokenizer of `locale`, made once per writer and locale.
    private mutating func deriving(_ locale: LanguageTag) -> (language: String, slot: Int, tokenizer: Tokenizer) {
        if let known = locales.first(where: { $0.locale == locale }) { return (known.language, known.slot, known.tokenizer) }
        let language = locale.language
        let made = (locale: locale, language: language, slot: slot(language), tokenizer: Tokenizer(locale: locale))
        locales.append(made)
        return (made.language, made.slot, made.tokenizer)
    }

    /// The slot of `language` in ``languages``, ``knownTables`` and ``learntTables``, added when new.
    private mutating func slot(_ language: String) -> Int {
        if let slot = languages.firstIndex(of: language) { return slot }
        languages.append(language)
        knownTables.append(known[language] ?? TermTable())
        learntTables.append(TermTable())
        return languages.count - 1
    }

    mutating func insertVariants(pk: Int64, _ unit: TranslationUnit, _ encoded: EncodedUnit) throws {
        let statement = try self.statement(.insertVariant)
        // Moved out of `self` while the loop below reads them and calls `termID` (exclusive access).
        var keys = MatchKeyBuffer(), ids: [Int64] = []
        swap(&keys, &keyBuffer)
        swap(&ids, &keyIDs)
        defer {
            swap(&keys, &keyBuffer)
            swap(&ids, &keyIDs)
        }
        for (v, content) in zip(unit.variants, encoded.contents) {
            // Key ids only: the occurrence-numbered terms serve the PostgreSQL store's index. The keys are
            // those of `IndexedVariant(v).keys`, as bytes (`Tokenizer.matchKeys(_:into:)`), interned by their
            // bytes (``TermTable``).
            let (language, slot, tokenizer) = deriving(v.locale)
            let plain = v.content.plainText
            tokenizer.matchKeys(plain, into: &keys)
            ids.removeAll(keepingCapacity: true)
            try keys.bytes.withUnsafeBufferPointer { bytes in
                var start = 0
                for end in keys.ends {
                    let key = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    start = end
                    if let id = knownTables[slot].id(key) { ids.append(id) } else { ids.append(try termID(slot: slot, key: key)) }
                }
            }
            statement.bind(1, pk)
            statement.bind(2, v.locale.identifier)
            statement.bind(3, language)
            statement.bind(4, content)
            statement.bind(5, plain)
            statement.bind(6, IndexedVariant.concordanceText(v.content, plain: plain))
            statement.bind(7, try VariantCodec.encodeStarts(v.sentenceStarts))
            statement.bind(8, v.previous)
            statement.bind(9, v.next)
            statement.bind(10, IndexedVariant.hash(plain))
            statement.bind(11, keys.count)
            statement.bind(12, littleEndian: ids)
            statement.bind(13, (v.status ?? unit.status).rawValue)
            try statement.run()
            unindexed.append(db.lastInsertedRowID)
        }
    }

    /// Adds the variants inserted since the last flush whose ids are at or below the concordance index's
    /// high-water mark (``SQLiteStore/concordanceMark(_:)``: ids SQLite handed out again after the largest
    /// variant was deleted) to the concordance index, with one statement. Variants above the mark are
    /// left to ``SQLiteStore/updateConcordanceIndex()``, which adds them all in one pass; an import of new
    /// units therefore writes no FTS5 row at all.
    ///
    /// Before that it writes the keys this writer numbered (``UnitWriter``, "interned term ids"), sorted by
    /// language and key (UTF-8 bytes, SQLite's `BINARY` order), so that their entries in the `(language, key)`
    /// index go in in order.
    mutating func flush() throws {
        if !newTerms.isEmpty {
            newTerms.sort { $0.language != $1.language ? $0.language < $1.language : $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            let insert = try statement(.insertNumberedTerm)
            for term in newTerms {
                insert.bind(1, term.id)
                insert.bind(2, term.language)
                insert.bind(3, term.key)
                try insert.run()
            }
            newTerms.removeAll(keepingCapacity: true)
        }
        guard !unindexed.isEmpty else { return }
        if concordanceMark == nil { concordanceMark = try SQLiteStore.concordanceMark(db) }
        let mark = concordanceMark ?? 0
        let reused = unindexed.filter { $0 <= mark }
        unindexed.removeAll(keepingCapacity: true)
        guard !reused.isEmpty else { return }
        try db.cachedStatement(sql: """
            INSERT INTO variant_folded (rowid, folded)
            SELECT v.id, v.folded FROM json_each(?) j JOIN variant v ON v.id = j.value ORDER BY v.id
            """).execute(arguments: ["[" + reused.map(String.init).joined(separator: ",") + "]"])
    }

    /// The id of `key` (UTF-8 bytes) in the language of `slot`, which the committed ids (``known``) do not
    /// hold: learnt, read, or new (``UnitWriter``, "interned term ids").
    /// - Throws: `DatabaseError`; `TMError.database` when SQLite neither stores nor accepts the key.
    mutating func termID(slot: Int, key: UnsafeBufferPointer<UInt8>) throws -> Int64 {
        if let id = learntTables[slot].id(key) { return id }
        if case .undecided = termMode {
            try decideTermMode()
            // The rows just read may hold this very key.
            if let id = learntTables[slot].id(key) { return id }
        }
        let language = languages[slot]
        if case .complete(let next) = termMode {
            termMode = .complete(next: next + 1)
            newTerms.append((language, String(decoding: key, as: UTF8.self), next))
            learntTables[slot].insert(key, id: next)
            return next
        }
        // A key this store has not seen is usually new to the file too: insert first (one index probe),
        // and look the id up only when another transaction or process stored the key already.
        let text = String(decoding: key, as: UTF8.self)
        let id: Int64
        let insert = try statement(.insertTerm)
        insert.bind(1, language)
        insert.bind(2, text)
        try insert.run()
        if db.changesCount == 1 {
            id = db.lastInsertedRowID
        } else {
            let lookup = try statement(.termByKey)
            lookup.bind(1, language)
            lookup.bind(2, text)
            guard try lookup.step() else {
                lookup.reset()
                throw TMError.database("the term \(text.debugDescription) of \(language) is neither new nor stored")
            }
            id = lookup.int64(0)
            lookup.reset()
        }
        learntTables[slot].insert(key, id: id)
        return id
    }

    /// Reads the term rows above ``knownThrough`` into ``learnt`` when there are at most
    /// ``termRowsPerUnit`` per unit to write, and then numbers new keys itself; otherwise looks keys up.
    private mutating func decideTermMode() throws {
        let largest = try Int64.fetchOne(db, sql: "SELECT max(id) FROM term") ?? 0
        guard largest - knownThrough <= UnitWriter.termRowsPerUnit * Int64(max(units, 1)) else {
            termMode = .lookup
            return
        }
        if largest > knownThrough {
            let rows = try RawStatement(db, sql: "SELECT id, language, key FROM term WHERE id > ?")
            rows.bind(1, knownThrough)
            while try rows.step() {
                let language = rows.text(1) ?? "", key = rows.text(2) ?? ""
                let k = self.slot(language)
                if knownTables[k].id(key) == nil { learntTables[k].insert(key, id: rows.int64(0)) }
            }
            rows.reset()
        }
        termMode = .complete(next: largest + 1)
    }

    /// FNV-1a (64 bit) over the unit's variants (locale and content with codes), for duplicate detection.
    package static func contentHash(_ unit: TranslationUnit) throws -> Int64 {
        try EncodedUnit(unit).contentHash
    }

    /// ``contentHash(_:)`` from the variants' locales and their contents' JSON (``VariantCodec``).
    static func contentHash(locales: [LanguageTag], contents: [String]) -> Int64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ s: String) {
            for byte in s.utf8 {
                h ^= UInt64(byte)
                h = h &* 0x0000_0100_0000_01B3
            }
        }
        for i in locales.indices.sorted(by: { locales[$0] < locales[$1] }) {
            add(locales[i].identifier)
            add("\u{1F}")
            add(contents[i])
            add("\u{1E}")
        }
        return Int64(bitPattern: h)
    }
}

/// How a stored unit and an incoming one differ.
package enum UnitComparison {
    case identical
    /// Same translations, status, metadata, id and origin; only the previous or next segment changed (a
    /// neighbour was edited) or the aligner's confidence moved without crossing the review threshold (the
    /// length model is re-estimated from each revision). Stored, but counted as unchanged.
    case contextOnly
    /// Same translations and metadata; the id or origin changed (the unit moved in its article).
    case moved
    case changed

    package static func compare(_ stored: TranslationUnit, _ incoming: TranslationUnit) -> UnitComparison {
        guard sameVariants(stored, incoming),
              zip(stored.variants, incoming.variants).allSatisfy({ $0.sentenceStarts == $1.sentenceStarts }),
              VariantStatus.same(stored, incoming),
              stored.properties == incoming.properties, stored.notes == incoming.notes else { return .changed }
        guard stored.id == incoming.id && stored.origin == incoming.origin else { return .moved }
        let sameContext = zip(stored.variants, incoming.variants).allSatisfy { $0.previous == $1.previous && $0.next == $1.next }
        return sameContext && stored.confidence == incoming.confidence ? .identical : .contextOnly
    }

    /// Same locales, same content with codes.
    package static func sameVariants(_ a: TranslationUnit, _ b: TranslationUnit) -> Bool {
        let x = a.variants.sorted { $0.locale < $1.locale }, y = b.variants.sorted { $0.locale < $1.locale }
        return x.count == y.count && zip(x, y).allSatisfy { $0.locale == $1.locale && $0.content == $1.content }
    }
}

/// Matches an article's incoming units to its stored units (`docs/memory.md`, "Importing articles").
package enum ArticleMatcher {
    /// For each incoming unit, the index of the stored unit it replaces, or `nil` (a new unit).
    /// First by identical source text (NFC plain text of the `source` variant), preferring the stored unit
    /// at the same origin, then the earliest; then, for the rest and when `samePlace`, by the same origin
    /// (block, position).
    package static func match(incoming: [TranslationUnit], stored: [TranslationUnit], source: LanguageTag?,
                              samePlace: Bool = true) -> [Int?] {
        func text(_ u: TranslationUnit) -> String? {
            guard let source, let v = u.variant(for: source) else { return nil }
            return ICU.normalize(v.content.plainText, .nfc)
        }
        func place(_ u: TranslationUnit) -> String? {
            guard let o = u.origin, let b = o.block, let p = o.position else { return nil }
            return "\(b):\(p)"
        }
        var taken = Set<Int>()
        var result = [Int?](repeating: nil, count: incoming.count)
        var byText: [String: [Int]] = [:]
        var byPlace: [String: [Int]] = [:]
        for (k, s) in stored.enumerated() {
            if let t = text(s) { byText[t, default: []].append(k) }
            if let p = place(s) { byPlace[p, default: []].append(k) }
        }
        for (i, u) in incoming.enumerated() {
            guard let t = text(u), let candidates = byText[t] else { continue }
            let free = candidates.filter { !taken.contains($0) }
            guard let pick = free.first(where: { place(stored[$0]) != nil && place(stored[$0]) == place(u) }) ?? free.first else { continue }
            result[i] = pick
            taken.insert(pick)
        }
        for (i, u) in incoming.enumerated() where samePlace && result[i] == nil {
            guard let p = place(u), let pick = byPlace[p]?.first(where: { !taken.contains($0) }) else { continue }
            result[i] = pick
            taken.insert(pick)
        }
        return result
    }
}

extension Array {
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
