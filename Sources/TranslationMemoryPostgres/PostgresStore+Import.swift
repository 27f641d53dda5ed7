import Foundation
import PostgresNIO
import TaalgrensCore
import TranslationMemory

extension PostgresStore {
    /// The advisory-lock object id that serialises interchange imports (their duplicate detection reads
    /// what the other would write; see ``importUnits(_:origin:)``).
    static let interchangeLock: Int64 = 1

    /// Imports one article's units in one transaction, with the same matching and counts as
    /// ``SQLiteStore/importArticle(id:units:source:)`` (`docs/memory.md`, "Importing articles").
    ///
    /// The article row is written first (`INSERT … ON CONFLICT DO UPDATE`), which locks it: a second
    /// process importing the same article waits for the first to commit and then, in read-committed
    /// mode, sees its units, exactly as if it had started afterwards.
    public func importArticle(id: String, units: [TranslationUnit], source: LanguageTag?) throws -> ImportCounts {
        try SQLiteStore.validate(units)
        var seen: Set<String> = []
        for u in units where !seen.insert(u.id).inserted { throw TMError.conflict("unit id \(u.id) occurs twice in article \(id)") }
        let sourceLocale = source ?? SQLiteStore.mostCommonLocale(units)
        let now = Date()
        let indexed = units.map { $0.variants.map(IndexedVariant.init) }
        return try write("importing article \(id)") {
            var writer = PostgresUnitWriter(session: session)
            try session.execute("""
                INSERT INTO article (id, source, imported) VALUES ($1, $2, $3)
                ON CONFLICT (id) DO UPDATE SET source = excluded.source, imported = excluded.imported
                """, [.text(id), .text(sourceLocale?.identifier ?? ""), .double(now.timeIntervalSince1970)])
            try writer.ensureTerms(indexed.flatMap { $0 })
            if let clash = try session.query("""
                SELECT id FROM unit WHERE id = ANY($1) AND (article IS NULL OR article <> $2) ORDER BY id LIMIT 1
                """, [.texts(units.map(\.id)), .text(id)]).first {
                throw TMError.conflict("unit id \(try clash.decode(String.self)) of article \(id) already belongs to another article or file")
            }
            let storedPKs = try session.query("""
                SELECT pk FROM unit WHERE article = $1 ORDER BY origin_block NULLS FIRST, origin_position NULLS FIRST, pk
                """, [.text(id)]).map { try $0.decode(Int64.self) }
            let loaded = try PostgresStore.loadUnits(session, pks: storedPKs)
            let stored = storedPKs.compactMap { pk in loaded[pk].map { (pk: pk, unit: $0) } }
            let plan = ArticleImportPlan(incoming: units, stored: stored.map(\.unit), source: sourceLocale, now: now)
            // A dropped sentence that an imported file also holds stays for that file.
            let removed = plan.removals.map { stored[$0].pk }
            let handedOver = try PostgresStore.handOver(session, pks: removed)
            for pk in removed where !handedOver.contains(pk) { try writer.remove(pk: pk) }
            for k in plan.renames {
                try session.execute("UPDATE unit SET id = $1 WHERE pk = $2", [.text(ArticleImportPlan.temporaryID(pk: stored[k].pk)), .int(stored[k].pk)])
            }
            for (i, action) in plan.actions.enumerated() {
                switch action {
                case .insert: writer.stage(units[i], indexed[i], article: id, scope: nil, now: now)
                case .keep: break
                case .rewrite(let k, let u): try writer.rewrite(pk: stored[k].pk, u, indexed[i], article: id, scope: nil, now: now)
                }
            }
            try writer.finish()
            return plan.counts
        }
    }

    /// Imports units from an interchange file in one transaction, with the same scoped ids, duplicate
    /// merging and counts as ``SQLiteStore/importUnits(_:origin:)``.
    ///
    /// Duplicates are found by content, which no unique constraint can express (a content hash may
    /// collide), so interchange imports take one transaction-scoped advisory lock and run one at a time;
    /// article imports do not wait for it. A unit id inserted concurrently by an article import makes the
    /// transaction fail with a unique violation and run again, now seeing that unit.
    public func importUnits(_ units: [TranslationUnit], origin: String) throws -> ImportCounts {
        try SQLiteStore.validate(units)
        try TranslationMerge.checkUniqueIDs(units, origin: origin)
        let now = Date()
        let scoped = PostgresStore.scoped(units, origin: origin)
        let indexed = scoped.map { $0.variants.map(IndexedVariant.init) }
        return try write("importing units from \(origin)") {
            try session.execute("SELECT pg_advisory_xact_lock($1::int, $2::int)",
                                [.int(Int64(PostgresStore.migrationLockClass)), .int(PostgresStore.interchangeLock)])
            var writer = PostgresUnitWriter(session: session)
            try writer.ensureTerms(indexed.flatMap { $0 })
            var counts = ImportCounts()
            try PostgresStore.importInterchange(scoped, indexed, scope: origin, writer: &writer, now: now, counts: &counts)
            try writer.finish()
            return counts
        }
    }

    /// Imports a translated bilingual file in one transaction, with the same matching and counts as
    /// ``SQLiteStore/importTranslations(_:article:source:target:origin:)``.
    ///
    /// The article row is locked first (`FOR UPDATE`), so an import of the same article waits for this one
    /// (and the other way round); then the interchange lock is taken as by ``importUnits(_:origin:)``.
    public func importTranslations(_ units: [TranslationUnit], article: String?, source: LanguageTag, target: LanguageTag,
                                   origin: String) throws -> ImportCounts {
        try SQLiteStore.validate(units)
        try TranslationMerge.validate(units, target: target)
        try TranslationMerge.checkUniqueIDs(units, origin: origin)
        let now = Date()
        return try write("importing translations from \(origin)") {
            var updates: [(pk: Int64, unit: TranslationUnit)] = []
            var counts = ImportCounts()
            var rest = units
            if let article, try !session.query("SELECT id FROM article WHERE id = $1 FOR UPDATE", [.text(article)]).isEmpty {
                let storedPKs = try session.query("""
                    SELECT pk FROM unit WHERE article = $1 ORDER BY origin_block NULLS FIRST, origin_position NULLS FIRST, pk
                    """, [.text(article)]).map { try $0.decode(Int64.self) }
                let loaded = try PostgresStore.loadUnits(session, pks: storedPKs)
                let stored = storedPKs.compactMap { pk in loaded[pk].map { (pk: pk, unit: $0) } }
                let plan = TranslationMerge.plan(units, stored: stored, target: target, source: source, now: now)
                updates = plan.updates
                counts.updated += plan.updates.count
                counts.unchanged += plan.unchanged
                rest = plan.rest
            }
            try session.execute("SELECT pg_advisory_xact_lock($1::int, $2::int)",
                                [.int(Int64(PostgresStore.migrationLockClass)), .int(PostgresStore.interchangeLock)])
            let scoped = PostgresStore.scoped(rest, origin: origin)
            let updateIndexed = updates.map { $0.unit.variants.map(IndexedVariant.init) }
            let restIndexed = scoped.map { $0.variants.map(IndexedVariant.init) }
            var writer = PostgresUnitWriter(session: session)
            try writer.ensureTerms((updateIndexed + restIndexed).flatMap { $0 })
            for (u, x) in zip(updates, updateIndexed) {
                try writer.rewrite(pk: u.pk, u.unit, x, article: article, scope: nil, now: now)
            }
            try PostgresStore.importInterchange(scoped, restIndexed, scope: origin, writer: &writer, now: now, counts: &counts)
            try writer.finish()
            return counts
        }
    }

    /// The units with their ids scoped by `origin` (``UnitScope/id(scope:localID:)``) and `origin` as the
    /// origin of those that have none.
    static func scoped(_ units: [TranslationUnit], origin: String) -> [TranslationUnit] {
        units.map { u in
            var unit = u
            unit.id = UnitScope.id(scope: origin, localID: u.id)
            if unit.origin == nil { unit.origin = Origin(article: origin) }
            return unit
        }
    }

    /// The interchange half of an import, inside the caller's transaction (terms already ensured, the
    /// interchange lock held): scoped units are updated, merged as duplicates or added, with exactly the
    /// outcome of handling them one after the other as ``SQLiteStore/importUnits(_:origin:)`` does.
    ///
    /// Set-based: the stored units the batch can touch (those with one of its ids, and those with one of its
    /// content hashes) are read with a few statements, the batch is then decided unit by unit in memory
    /// against that state (which includes what earlier units of the batch changed: a rewritten unit's new
    /// content, a new unit, merged notes), and the new units are written by the writer in bulk
    /// (``PostgresUnitWriter/flush()``). Nothing else can write these rows meanwhile: interchange imports
    /// hold the interchange lock, and a unit an article import adds under one of these ids makes the insert
    /// fail with a unique violation, so the transaction runs again and sees it.
    static func importInterchange(_ units: [TranslationUnit], _ indexed: [[IndexedVariant]], scope: String,
                                  writer: inout PostgresUnitWriter, now: Date, counts: inout ImportCounts) throws {
        let session = writer.session
        // What the caller staged (rewritten variants) must be in the tables before they are read.
        try writer.flush()
        guard !units.isEmpty else { return }
        let hashes = try units.map { try UnitWriter.contentHash($0) }
        // This file's claims on units others own (`unit_scope`) are made again below, from what the file
        // holds now (SQLite's `dropClaims`).
        try session.execute("DELETE FROM unit_scope WHERE id = ANY($1::text[])", [.texts(units.map(\.id))])

        // The stored rows this batch can meet: by id and by content hash.
        var byID: [String: (pk: Int64, article: String?, scope: String?)] = [:]
        for row in try session.query("SELECT pk, id, article, scope FROM unit WHERE id = ANY($1)", [.texts(units.map(\.id))]) {
            let (pk, id, article, storedScope) = try row.decode((Int64, String, String?, String?).self)
            byID[id] = (pk, article, storedScope)
        }
        var storedHash: [Int64: Int64] = [:]
        for row in try session.query("SELECT pk, content_hash FROM unit WHERE content_hash = ANY($1) ORDER BY pk",
                                     [.ints(Array(Set(hashes)))]) {
            let (pk, hash) = try row.decode((Int64, Int64).self)
            storedHash[pk] = hash
        }
        var current = try loadUnits(session, pks: Array(Set(storedHash.keys).union(byID.values.map(\.pk))))
        for (pk, unit) in current where storedHash[pk] == nil { storedHash[pk] = try UnitWriter.contentHash(unit) }

        /// A unit a duplicate may be: a stored one (by primary key) or one this batch adds (by its index
        /// in the writer's pending units).
        enum Holder { case stored(Int64), pending(Int) }
        // For each content hash, its holders in the order "earliest first" means: stored units by primary
        // key, then the batch's new units in the order they are added (they get larger keys).
        var holders: [Int64: [Holder]] = [:]
        for (pk, hash) in storedHash.sorted(by: { $0.key < $1.key }) { holders[hash, default: []].append(.stored(pk)) }
        func move(_ pk: Int64, to hash: Int64) {
            if let old = storedHash[pk] {
                holders[old]?.removeAll { if case .stored(let p) = $0 { p == pk } else { false } }
            }
            storedHash[pk] = hash
            var list = holders[hash] ?? []
            let at = list.firstIndex { if case .stored(let p) = $0 { p > pk } else { true } } ?? list.count
            list.insert(.stored(pk), at: at)
            holders[hash] = list
        }

        var claims: [(UnitClaim, Int64)] = []
        for (i, original) in units.enumerated() {
            var unit = original
            if let (pk, owner, storedScope) = byID[unit.id] {
                guard owner == nil, storedScope == scope || storedScope == UnitScope.legacy else {
                    throw TMError.conflict("unit \(unit.id) of \(scope) belongs to \(owner.map { "article \($0)" } ?? "another file")")
                }
                guard let stored = current[pk] else { throw TMError.database("unit \(unit.id) vanished") }
                // Metadata is merged, never dropped: the file's properties win, notes are added.
                unit.properties = stored.properties.merging(unit.properties) { _, new in new }
                unit.notes = stored.notes + unit.notes.filter { !stored.notes.contains($0) }
                let identical = UnitComparison.compare(stored, unit) == .identical
                if identical { counts.unchanged += 1 } else { counts.updated += 1 }
                // A legacy unit (stored before scopes) is adopted by the scope whose id it has.
                if identical && storedScope == scope { continue }
                unit.created = stored.created ?? unit.created
                unit.changed = identical ? stored.changed : (unit.changed ?? now)
                let staged = writer.pending.count
                if try writer.rewrite(pk: pk, unit, indexed[i], article: nil, scope: scope, now: now) {
                    // The stored row went to the files that claim it; the file's new version is a new unit.
                    byID[unit.id] = nil
                    holders[hashes[i], default: []].append(.pending(staged))
                    continue
                }
                byID[unit.id] = (pk, nil, scope)
                current[pk] = unit
                move(pk, to: hashes[i])
                continue
            }
            var duplicate: Holder?
            for holder in holders[hashes[i]] ?? [] {
                let candidate: TranslationUnit? = switch holder {
                case .stored(let pk): current[pk]
                case .pending(let k): writer.pending[k].unit
                }
                if let candidate, UnitComparison.sameVariants(candidate, unit) { duplicate = holder; break }
            }
            if let duplicate {
                switch duplicate {
                case .stored(let pk):
                    guard let stored = current[pk] else { break }
                    var merged = stored
                    for (k, v) in unit.properties where merged.properties[k] == nil { merged.properties[k] = v }
                    for note in unit.notes where !merged.notes.contains(note) { merged.notes.append(note) }
                    if merged.properties != stored.properties || merged.notes != stored.notes {
                        try session.execute("UPDATE unit SET properties = $1, notes = $2 WHERE pk = $3",
                                            [.text(try VariantCodec.encodeProperties(merged.properties)),
                                             .text(try VariantCodec.encodeNotes(merged.notes)), .int(pk)])
                        current[pk] = merged
                    }
                    if let claim = UnitClaim(merging: unit, scope: scope, into: stored) { claims.append((claim, pk)) }
                case .pending(let k):
                    // Not written yet: merging into the pending unit writes what insert-then-update would.
                    for (key, v) in unit.properties where writer.pending[k].unit.properties[key] == nil {
                        writer.pending[k].unit.properties[key] = v
                    }
                    for note in unit.notes where !writer.pending[k].unit.notes.contains(note) { writer.pending[k].unit.notes.append(note) }
                }
                counts.merged += 1
                continue
            }
            holders[hashes[i], default: []].append(.pending(writer.pending.count))
            writer.stage(unit, indexed[i], article: nil, scope: scope, now: now)
            counts.added += 1
        }
        try writer.flush()
        if !claims.isEmpty {
            // One statement for the batch's claims (a unit's claim id is unique in the batch: its ids are).
            try session.execute("""
                INSERT INTO unit_scope (id, unit, scope, article)
                SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[])
                ON CONFLICT (id) DO UPDATE SET unit = EXCLUDED.unit, scope = EXCLUDED.scope, article = EXCLUDED.article
                """, [.texts(claims.map(\.0.id)), .ints(claims.map(\.1)), .texts(claims.map(\.0.scope)), .texts(claims.map(\.0.article))])
        }
    }

    /// Replaces the stored unit with the same id in one transaction, keeping its creation date (``TMStore/update(_:)``).
    /// - Throws: ``TMError/notFound(_:)`` when no unit has that id; ``TMError/invalidUnit(_:)`` for an invalid unit; ``TMError`` for a server failure.
    public func update(_ unit: TranslationUnit) throws {
        try SQLiteStore.validate([unit])
        let indexed = unit.variants.map(IndexedVariant.init)
        try write("updating unit \(unit.id)") {
            var writer = PostgresUnitWriter(session: session)
            try writer.ensureTerms(indexed)
            guard let (pk, stored, article, scope) = try PostgresStore.unitRow(session, id: unit.id) else { throw TMError.notFound(unit.id) }
            var u = unit
            u.created = stored.created ?? unit.created
            u.changed = unit.changed ?? Date()
            try writer.rewrite(pk: pk, u, indexed, article: article, scope: scope, now: Date())
            try writer.finish()
        }
    }

    /// Deletes a unit with its variants and index rows in one transaction (``TMStore/delete(unitID:)``).
    /// - Returns: whether a unit with that id existed. - Throws: ``TMError`` for a server failure.
    public func delete(unitID: String) throws -> Bool {
        try delete(unitIDs: [unitID]) > 0
    }

    /// Deletes these units with their variants and index rows in one transaction (``TMStore/delete(unitIDs:)``).
    /// - Returns: how many of the ids were stored. - Throws: ``TMError`` for a server failure, with nothing deleted.
    ///
    /// Set-based: each batch of up to ``deleteBatch`` ids is locked, and its postings, variants and units deleted,
    /// by one statement per table (eighteenth trial, finding 6: one round trip per unit and table took 16 minutes
    /// for the 27,645 units of one EUR-Lex TMX, a transaction open all that time). O(n) rows, O(n / batch) round trips.
    public func delete(unitIDs: [String]) throws -> Int {
        try write("deleting \(unitIDs.count) units") {
            var writer = PostgresUnitWriter(session: session)
            var deleted = 0
            var start = 0
            while start < unitIDs.count {
                let batch = Array(unitIDs[start..<min(unitIDs.count, start + Self.deleteBatch)])
                start += batch.count
                let pks = try session.query("SELECT pk FROM unit WHERE id = ANY($1::text[]) ORDER BY pk FOR UPDATE", [.texts(batch)])
                    .map { try $0.decode(Int64.self) }
                // A unit an imported file claims is handed over to it, not deleted.
                let handedOver = try PostgresStore.handOver(session, pks: pks)
                try writer.remove(pks: pks.filter { !handedOver.contains($0) })
                deleted += pks.count
            }
            try writer.finish()
            return deleted
        }
    }

    /// The number of unit ids ``delete(unitIDs:)`` sends in one statement.
    static let deleteBatch = 5_000

    /// The stored unit with this id, or `nil` (``TMStore/unit(id:)``). - Throws: ``TMError`` for a server failure.
    public func unit(id: String) throws -> TranslationUnit? {
        try read("reading unit \(id)") { try PostgresStore.unitRow(session, id: id)?.1 }
    }

    /// The stored unit with this id: its primary key, the unit, and the article or interchange scope that owns it.
    static func unitRow(_ session: PostgresSession, id: String) throws -> (Int64, TranslationUnit, String?, String?)? {
        guard let row = try session.query("SELECT pk, article, scope FROM unit WHERE id = $1", [.text(id)]).first else { return nil }
        let (pk, article, scope) = try row.decode((Int64, String?, String?).self)
        return try loadUnits(session, pks: [pk])[pk].map { (pk, $0, article, scope) }
    }

    /// Loads full units by primary key (two statements, whatever the number of keys).
    static func loadUnits(_ session: PostgresSession, pks: [Int64]) throws -> [Int64: TranslationUnit] {
        guard !pks.isEmpty else { return [:] }
        var variants: [Int64: [Variant]] = [:]
        for row in try session.query("""
            SELECT unit, locale, content, sentence_starts, previous, next, status FROM variant WHERE unit = ANY($1) ORDER BY unit, locale
            """, [.ints(pks)]) {
            let (unit, localeText, content, starts, previous, next, statusText) =
                try row.decode((Int64, String, String, String, String?, String?, String).self)
            guard let locale = LanguageTag(localeText) else { throw TMError.database("a stored variant has a malformed locale") }
            guard let status = UnitStatus(rawValue: statusText) else { throw TMError.database("a stored variant has an unknown status") }
            variants[unit, default: []].append(Variant(locale: locale, content: try VariantCodec.decodeContent(content),
                                                       sentenceStarts: try VariantCodec.decode([Int].self, starts),
                                                       previous: previous, next: next, status: status))
        }
        var out: [Int64: TranslationUnit] = [:]
        for row in try session.query("""
            SELECT pk, id, origin_article, origin_block, origin_position, status, confidence, properties, notes, created, changed
            FROM unit WHERE pk = ANY($1)
            """, [.ints(pks)]) {
            let (pk, id, originArticle, block, position, statusText, confidence, properties, notes, created, changed) =
                try row.decode((Int64, String, String?, Int64?, Int64?, String, Double?, String, String, Double?, Double?).self)
            guard let status = UnitStatus(rawValue: statusText) else { throw TMError.database("a stored unit has an unknown status") }
            out[pk] = TranslationUnit(
                id: id, variants: VariantStatus.own(variants[pk] ?? [], unit: status),
                origin: originArticle.map { Origin(article: $0, block: block.map(Int.init), position: position.map(Int.init)) },
                status: status, confidence: confidence,
                properties: try VariantCodec.decode([String: String].self, properties),
                notes: try VariantCodec.decode([String].self, notes),
                created: created.map { Date(timeIntervalSince1970: $0) }, changed: changed.map { Date(timeIntervalSince1970: $0) })
        }
        return out
    }
}

/// Writes units, their variants and their postings inside a transaction, and keeps the index terms'
/// frequencies: it creates the terms it needs in one sorted statement before writing anything else, and
/// applies the frequency changes in term-id order in ``finish()``, so concurrent writers always lock
/// shared rows in the same order and cannot deadlock on them.
///
/// New units and new variants are staged and written set-based by ``flush()``: one `INSERT … SELECT FROM
/// unnest(…)` per table for the whole batch (units, then variants, then postings), whatever the number of
/// units, instead of statements per row. Call ``flush()`` before reading rows that staged writes would
/// change; ``finish()`` flushes.
struct PostgresUnitWriter {
    let session: PostgresSession
    /// Term ids by language + U+001F + term.
    var termIDs: [String: Int64] = [:]
    /// Frequency changes by term id.
    var delta: [Int64: Int64] = [:]
    /// New units to insert at the next ``flush()``, in order (their primary keys follow this order).
    var pending: [PendingUnit] = []
    /// Variants of existing units (rewritten ones) to insert at the next ``flush()``.
    var pendingVariants: [(pk: Int64, unit: TranslationUnit, indexed: [IndexedVariant])] = []
    /// Whether the memory holds any claim (`unit_scope`), asked at the first ``rewrite(pk:_:_:article:scope:now:)``.
    var anyClaims: Bool?

    /// A unit waiting to be inserted.
    struct PendingUnit {
        var unit: TranslationUnit
        let indexed: [IndexedVariant]
        let article: String?
        let scope: String?
        let now: Date
    }

    init(session: PostgresSession) { self.session = session }

    static func cacheKey(_ language: String, _ term: String) -> String { language + "\u{1F}" + term }

    /// Creates the missing terms of `variants` (in sorted order) and caches the ids of all of them.
    mutating func ensureTerms(_ variants: [IndexedVariant]) throws {
        var pairs = Set<String>()
        var languages: [String] = [], keys: [String] = []
        for v in variants {
            for t in v.terms where pairs.insert(PostgresUnitWriter.cacheKey(v.language, t)).inserted {
                languages.append(v.language)
                keys.append(t)
            }
        }
        guard !keys.isEmpty else { return }
        try session.execute("""
            INSERT INTO term (language, key)
            SELECT l, k FROM unnest($1::text[], $2::text[]) AS t(l, k) ORDER BY l COLLATE "C", k COLLATE "C"
            ON CONFLICT (language, key) DO NOTHING
            """, [.texts(languages), .texts(keys)])
        for row in try session.query("""
            SELECT t.id, t.language, t.key FROM term t JOIN unnest($1::text[], $2::text[]) AS w(l, k) ON t.language = w.l AND t.key = w.k
            """, [.texts(languages), .texts(keys)]) {
            let (id, language, key) = try row.decode((Int64, String, String).self)
            termIDs[PostgresUnitWriter.cacheKey(language, key)] = id
        }
    }

    /// Stages a new unit: it is inserted, with its variants and postings, by the next ``flush()``.
    mutating func stage(_ unit: TranslationUnit, _ indexed: [IndexedVariant], article: String?, scope: String?, now: Date) {
        pending.append(PendingUnit(unit: unit, indexed: indexed, article: article, scope: scope, now: now))
    }

    /// Replaces the unit at `pk` (its id may change) and its variants: the row is updated and the old
    /// variants deleted now, the new variants are written by the next ``flush()``. When other files claim the
    /// unit and its variants change, the stored row is handed over to them (``PostgresStore/handOver(_:pks:)``)
    /// and `unit` is staged as a new unit instead (`docs/memory.md`, "Units held by several files"); whether
    /// anything is claimed at all is asked once per writer, then once per rewrite only when it is.
    /// - Returns: whether the row was handed over and `unit` staged as new.
    @discardableResult
    mutating func rewrite(pk: Int64, _ unit: TranslationUnit, _ indexed: [IndexedVariant], article: String?, scope: String?, now: Date) throws -> Bool {
        let v = try PostgresUnitWriter.values(unit, now: now)
        if anyClaims == nil {
            anyClaims = try session.query("SELECT EXISTS (SELECT 1 FROM unit_scope)").first?.decode(Bool.self) ?? false
        }
        if anyClaims == true,
           let old = try session.query("SELECT content_hash FROM unit WHERE pk = $1 AND EXISTS (SELECT 1 FROM unit_scope WHERE unit = $1)",
                                       [.int(pk)]).first?.decode(Int64.self),
           old != v.contentHash, try !PostgresStore.handOver(session, pks: [pk]).isEmpty {
            stage(unit, indexed, article: article, scope: scope, now: now)
            return true
        }
        try session.execute("""
            UPDATE unit SET id = $1, article = $2, origin_article = $3, origin_block = $4, origin_position = $5, status = $6,
                confidence = $7, properties = $8, notes = $9, content_hash = $10, created = $11, changed = $12, scope = $13 WHERE pk = $14
            """, [.text(unit.id), .text(article), .text(unit.origin?.article), .int(unit.origin?.block), .int(unit.origin?.position),
                  .text(unit.status.rawValue), .double(unit.confidence), .text(v.properties), .text(v.notes), .int(v.contentHash),
                  .double(v.created), .double(v.changed), .text(scope), .int(pk)])
        try removeVariants(unit: pk)
        pendingVariants.append((pk, unit, indexed))
        return false
    }

    /// Deletes the unit at `pk` with its variants and postings.
    mutating func remove(pk: Int64) throws {
        try removeVariants(unit: pk)
        try session.execute("DELETE FROM unit WHERE pk = $1", [.int(pk)])
    }

    /// Deletes the units at `pks` with their variants and postings, one statement per table; the postings are
    /// counted off their terms by the server (one row per term, not per posting).
    mutating func remove(pks: [Int64]) throws {
        guard !pks.isEmpty else { return }
        for row in try session.query("""
            WITH gone AS (DELETE FROM posting WHERE variant IN (SELECT id FROM variant WHERE unit = ANY($1::bigint[])) RETURNING term)
            SELECT term, count(*) FROM gone GROUP BY term
            """, [.ints(pks)]) {
            let (term, count) = try row.decode((Int64, Int64).self)
            delta[term, default: 0] -= count
        }
        try session.execute("DELETE FROM variant WHERE unit = ANY($1::bigint[])", [.ints(pks)])
        try session.execute("DELETE FROM unit WHERE pk = ANY($1::bigint[])", [.ints(pks)])
    }

    /// Deletes a unit's postings (counting them off their terms) and variants.
    mutating func removeVariants(unit pk: Int64) throws {
        for row in try session.query("""
            DELETE FROM posting WHERE variant IN (SELECT id FROM variant WHERE unit = $1) RETURNING term
            """, [.int(pk)]) {
            delta[try row.decode(Int64.self), default: 0] -= 1
        }
        try session.execute("DELETE FROM variant WHERE unit = $1", [.int(pk)])
    }

    /// The encoded columns of a unit row.
    static func values(_ unit: TranslationUnit, now: Date) throws -> (properties: String, notes: String, contentHash: Int64, created: Double, changed: Double) {
        (try VariantCodec.encodeProperties(unit.properties), try VariantCodec.encodeNotes(unit.notes), try UnitWriter.contentHash(unit),
         (unit.created ?? now).timeIntervalSince1970, (unit.changed ?? unit.created ?? now).timeIntervalSince1970)
    }

    /// Writes what is staged: the new units in one statement (their keys in staging order), then every
    /// staged variant in one statement, then all their postings in one statement.
    mutating func flush() throws {
        var owners = pendingVariants
        pendingVariants = []
        if !pending.isEmpty {
            let units = pending
            pending = []
            var ids: [String] = [], articles: [String?] = [], originArticles: [String?] = [], blocks: [Int64?] = [],
                positions: [Int64?] = [], statuses: [String] = [], confidences: [Double?] = [], properties: [String] = [],
                notes: [String] = [], hashes: [Int64] = [], created: [Double] = [], changed: [Double] = [], scopes: [String?] = []
            for p in units {
                let u = p.unit, v = try PostgresUnitWriter.values(u, now: p.now)
                ids.append(u.id); articles.append(p.article); originArticles.append(u.origin?.article)
                blocks.append(u.origin?.block.map(Int64.init)); positions.append(u.origin?.position.map(Int64.init))
                statuses.append(u.status.rawValue); confidences.append(u.confidence); properties.append(v.properties)
                notes.append(v.notes); hashes.append(v.contentHash); created.append(v.created); changed.append(v.changed)
                scopes.append(p.scope)
            }
            var keys: [String: Int64] = [:]
            for row in try session.query("""
                INSERT INTO unit (id, article, origin_article, origin_block, origin_position, status, confidence, properties, notes,
                                  content_hash, created, changed, scope)
                SELECT id, article, origin_article, origin_block, origin_position, status, confidence, properties, notes,
                       content_hash, created, changed, scope
                FROM unnest($1::text[], ($2::text)::text[], ($3::text)::text[], ($4::text)::int8[], ($5::text)::int8[], $6::text[],
                            ($7::text)::float8[], $8::text[], $9::text[], $10::int8[], $11::float8[], $12::float8[], ($13::text)::text[])
                     WITH ORDINALITY AS t(id, article, origin_article, origin_block, origin_position, status, confidence, properties,
                                          notes, content_hash, created, changed, scope, n)
                ORDER BY n
                RETURNING pk, id
                """, [.texts(ids), .optionalTexts(articles), .optionalTexts(originArticles), .optionalInts(blocks),
                      .optionalInts(positions), .texts(statuses), .optionalDoubles(confidences), .texts(properties), .texts(notes),
                      .ints(hashes), .doubles(created), .doubles(changed), .optionalTexts(scopes)]) {
                let (pk, id) = try row.decode((Int64, String).self)
                keys[id] = pk
            }
            for p in units {
                guard let pk = keys[p.unit.id] else { throw TMError.database("no key for new unit \(p.unit.id)") }
                owners.append((pk, p.unit, p.indexed))
            }
        }
        try insertVariants(owners)
    }

    /// Inserts the variants of these units (one statement) and their postings (one statement).
    mutating func insertVariants(_ owners: [(pk: Int64, unit: TranslationUnit, indexed: [IndexedVariant])]) throws {
        guard !owners.isEmpty else { return }
        var unitKeys: [Int64] = [], locales: [String] = [], languages: [String] = [], contents: [String] = [], plains: [String] = [],
            folded: [String] = [], starts: [String] = [], previous: [String?] = [], next: [String?] = [], textHashes: [Int64] = [],
            tokenCounts: [Int64] = [], keyLists: [String] = [], statuses: [String] = []
        for (pk, unit, indexed) in owners {
            for (v, x) in zip(unit.variants, indexed) {
                // The term of a key's first occurrence is the key itself: its id stands for the key.
                var list = "{"
                for (n, key) in x.keys.enumerated() {
                    guard let id = termIDs[PostgresUnitWriter.cacheKey(x.language, key)] else {
                        throw TMError.database("index term \(key) was not created before its variant")
                    }
                    if n > 0 { list += "," }
                    list += String(id)
                }
                list += "}"
                unitKeys.append(pk); locales.append(v.locale.identifier); languages.append(x.language)
                contents.append(try VariantCodec.encodeContent(v.content)); plains.append(v.content.plainText)
                folded.append(x.folded); starts.append(try VariantCodec.encodeStarts(v.sentenceStarts))
                previous.append(v.previous); next.append(v.next); textHashes.append(x.textHash)
                tokenCounts.append(Int64(x.keys.count)); keyLists.append(list)
                statuses.append(VariantStatus.stored(v, of: unit).rawValue)
            }
        }
        var variantIDs: [Int64: [String: Int64]] = [:]
        for row in try session.query("""
            INSERT INTO variant (unit, locale, language, content, plain, folded, sentence_starts, previous, next, text_hash, token_count, key_ids,
                                 status)
            SELECT unit, locale, language, content, plain, folded, sentence_starts, previous, next, text_hash, token_count, key_ids::int8[],
                   status
            FROM unnest($1::int8[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], ($8::text)::text[],
                        ($9::text)::text[], $10::int8[], $11::int8[], $12::text[], $13::text[])
                 WITH ORDINALITY AS t(unit, locale, language, content, plain, folded, sentence_starts, previous, next, text_hash,
                                      token_count, key_ids, status, n)
            ORDER BY n
            RETURNING id, unit, locale
            """, [.ints(unitKeys), .texts(locales), .texts(languages), .texts(contents), .texts(plains), .texts(folded), .texts(starts),
                  .optionalTexts(previous), .optionalTexts(next), .ints(textHashes), .ints(tokenCounts), .texts(keyLists),
                  .texts(statuses)]) {
            let (id, unit, locale) = try row.decode((Int64, Int64, String).self)
            variantIDs[unit, default: [:]][locale] = id
        }
        var terms: [Int64] = [], lengths: [Int64] = [], postingOwners: [Int64] = []
        for (pk, unit, indexed) in owners {
            for (v, x) in zip(unit.variants, indexed) {
                guard let variantID = variantIDs[pk]?[v.locale.identifier] else { throw TMError.database("no key for a new variant") }
                for term in x.terms {
                    guard let id = termIDs[PostgresUnitWriter.cacheKey(x.language, term)] else {
                        throw TMError.database("index term \(term) was not created before its variant")
                    }
                    terms.append(id)
                    lengths.append(Int64(x.keys.count))
                    postingOwners.append(variantID)
                    delta[id, default: 0] += 1
                }
            }
        }
        guard !terms.isEmpty else { return }
        try session.execute("INSERT INTO posting (term, length, variant) SELECT * FROM unnest($1::int8[], $2::int8[], $3::int8[])",
                            [.ints(terms), .ints(lengths), .ints(postingOwners)])
    }

    /// Writes what is staged (``flush()``), then applies the frequency changes: locks the terms in id
    /// order, then updates them in one statement.
    mutating func finish() throws {
        try flush()
        let changed = delta.filter { $0.value != 0 }.sorted { $0.key < $1.key }
        delta = [:]
        guard !changed.isEmpty else { return }
        let ids = changed.map(\.key), amounts = changed.map(\.value)
        try session.execute("SELECT id FROM term WHERE id = ANY($1) ORDER BY id FOR NO KEY UPDATE", [.ints(ids)])
        try session.execute("""
            UPDATE term SET frequency = term.frequency + d.n FROM unnest($1::int8[], $2::int8[]) AS d(id, n) WHERE term.id = d.id
            """, [.ints(ids), .ints(amounts)])
    }
}
