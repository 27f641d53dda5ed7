import Foundation
import GRDB
import GRDBSQLite
import TaalgrensCore
import Tokenization

extension SQLiteStore {
    /// Phrase search in the stored variants of `locale`'s language, case- and accent-insensitive.
    ///
    /// The phrase and the variants are compared in their ``TextKey/fold(_:)`` form, kept in the `folded`
    /// shadow column (which also holds the codes' sub-flow texts, ``IndexedVariant/concordanceText(_:plain:)``).
    /// Phrases of three characters or more go through the FTS5 trigram index over that column; shorter ones
    /// scan it. A hit is any occurrence of the folded phrase, also inside a word. Hits with a whole-word
    /// occurrence come first (``ConcordanceHit/isWholeWord``), then the others; within each group they are
    /// ordered like matches: reviewed before aligned (the hit variant's status), newer before older, then
    /// unit id. When variants were written since the index was last brought up to date, a
    /// search through it first runs ``updateConcordanceIndex()`` (its own write transaction): the first
    /// phrase search after a large import pays for indexing the imported variants. When another
    /// connection holds the write lock (an import in another process), the search does not wait for it:
    /// it reads the variants still above the index's high-water mark by scanning their folded text, in the
    /// same read transaction as the index (so a write that commits in between is seen too).
    /// - Parameters:
    ///   - phrase: the text to find; surrounding whitespace is ignored.
    ///   - locale: whose variants to search (by language: `nl` and `nl-BE` find the same).
    ///   - limit: the most hits returned.
    /// - Returns: hits with the phrase's UTF-16 ranges in each variant's plain text, for highlighting.
    public func concordance(_ phrase: String, locale: LanguageTag, limit: Int) throws -> [ConcordanceHit] {
        let needle = StoreRules.concordanceNeedle(phrase)
        guard !needle.isEmpty, limit > 0 else { return [] }
        if needle.count >= 3 {
            let pending = try read("checking the concordance index") { db in try SQLiteStore.concordancePending(db) }
            // A read-only store cannot add them: the search below scans the pending variants instead.
            if pending && !isReadOnly { try updateConcordanceIndex(waiting: false) }
        }
        return try read("searching the concordance") { db in
            // Candidates come in the stores' order (trust, date, unit id); the whole-word ones are chosen
            // first (`StoreRules.WholeWordFirst`), reading no further than the `limit`-th of them.
            let order = """
                ORDER BY \(StoreRules.trustRankSQL("v.status")) DESC,
                         v.changed DESC, v.id
                """
            let cursor: RowCursor
            if needle.count >= 3 {
                let match = "\"" + needle.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                // The FTS5 index holds exactly the variants at or below the mark; those above are scanned
                // (none after an update, so the scan is one probe of the rowid range).
                // `CROSS JOIN` fixes the loop order: the phrase query runs once and its hits are looked up
                // by rowid. With a plain `JOIN` SQLite 3.40 chose to walk the language's variants through
                // `variant_language_keys` and run the FTS5 query once per variant (42 s of CPU for
                // "Choose Format" in a 53,000-unit memory, 0.1 s this way; ninth trial, finding 10). The
                // unary `+` keeps the pending scan on the rowid range instead of the language index.
                let mark = try SQLiteStore.concordanceMark(db)
                cursor = try Row.fetchCursor(db, sql: """
                    SELECT upk, locale, folded FROM (
                        SELECT v.unit AS upk, v.locale, v.folded, v.status, u.changed, u.id FROM variant_folded f
                            CROSS JOIN variant v ON v.id = f.rowid CROSS JOIN unit u ON u.pk = v.unit
                            WHERE variant_folded MATCH ? AND v.language = ?
                        UNION ALL
                        SELECT v.unit, v.locale, v.folded, v.status, u.changed, u.id FROM variant v
                            CROSS JOIN unit u ON u.pk = v.unit
                            WHERE v.id > ? AND +v.language = ? AND instr(v.folded, ?) > 0
                    ) v
                    \(order)
                    """, arguments: [match, locale.language, mark, locale.language, needle])
            } else {
                cursor = try Row.fetchCursor(db, sql: """
                    SELECT v.unit AS upk, v.locale, v.folded FROM (
                        SELECT v.unit, v.locale, v.folded, v.status, u.changed, u.id FROM variant v JOIN unit u ON u.pk = v.unit
                        WHERE v.language = ? AND instr(v.folded, ?) > 0
                    ) v
                    \(order)
                    """, arguments: [locale.language, needle])
            }
            var choice = StoreRules.WholeWordFirst<(upk: Int64, locale: String)>(needle: needle, limit: limit)
            while !choice.isComplete, let row = try cursor.next() {
                let upk: Int64 = row["upk"], variantLocale: String = row["locale"], folded: String = row["folded"]
                choice.offer((upk, variantLocale), folded: folded)
            }
            let rows = choice.chosen
            let units = try SQLiteStore.loadUnits(db, pks: rows.map(\.upk))
            return rows.compactMap { row in StoreRules.concordanceHit(unit: units[row.upk], locale: row.locale, needle: needle) }
        }
    }

    /// Brings the concordance index (`variant_folded`, FTS5) up to date: adds every variant above its
    /// high-water mark (``concordanceMark(_:)``) with one `INSERT … SELECT` in id order, then moves the mark
    /// to the largest variant id. Imports write no concordance rows (migration `v10-concordance-deferred`);
    /// ``concordance(_:locale:limit:)`` calls this when rows are pending, and a caller that has just
    /// imported a large file can call it to pay the cost at once (the benchmark reports it as
    /// `concordance_build_s`). Its own write transaction, which leaves the memory's generation alone: the
    /// units did not change, so the in-memory fuzzy indexes stay valid. Two processes that run it at once
    /// queue on SQLite's write lock; the second finds nothing left to add.
    /// - Returns: the number of variants added (0 when the index was up to date).
    /// - Complexity: O(n) FTS5 inserts for n pending variants (about 15 µs each with the LibreOffice help
    ///   text: `docs/benchmarks.md`).
    /// - Throws: ``TMError/database(_:)``.
    @discardableResult
    public func updateConcordanceIndex() throws -> Int {
        try updateConcordanceIndex(waiting: true) ?? 0
    }

    /// ``updateConcordanceIndex()``; without `waiting`, it gives up at once (returning `nil`) when another
    /// connection holds the memory's write lock, instead of waiting as ``lockWait`` says.
    /// - Throws: ``TMError/database(_:)`` for any other error.
    func updateConcordanceIndex(waiting: Bool) throws -> Int? {
        do {
            return try writer.writeWithoutTransaction { db -> Int? in
                var added = 0
                do {
                    // The busy handler runs on this thread: without `waiting`, it gives up at once.
                    func transaction() throws {
                        try db.inTransaction(.immediate) {
                            let mark = try SQLiteStore.concordanceMark(db)
                            guard let last = try Int64.fetchOne(db, sql: "SELECT max(id) FROM variant"), last > mark else { return .commit }
                            try db.execute(sql: """
                                INSERT INTO variant_folded (rowid, folded) SELECT id, folded FROM variant WHERE id > ? ORDER BY id
                                """, arguments: [mark])
                            added = db.changesCount
                            try db.execute(sql: "UPDATE meta SET value = ? WHERE key = 'concordance_indexed'", arguments: [String(last)])
                            return .commit
                        }
                    }
                    if waiting { try transaction() } else { try SQLiteStore.withoutWaiting(transaction) }
                } catch let error as DatabaseError where !waiting && error.resultCode == .SQLITE_BUSY {
                    return nil
                }
                return added
            }
        } catch {
            throw SQLiteStore.wrap(error, "updating the concordance index")
        }
    }

    /// The concordance index's high-water mark: every variant with an id at or below it is in the index,
    /// every variant above it is not (migration `v10-concordance-deferred`).
    /// - Throws: `DatabaseError`.
    static func concordanceMark(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'concordance_indexed'")) ?? 0
    }

    /// Whether some variant waits for the concordance index (its id is above the high-water mark).
    /// - Throws: `DatabaseError`.
    static func concordancePending(_ db: Database) throws -> Bool {
        let last = try Int64.fetchOne(db.cachedStatement(sql: "SELECT max(id) FROM variant")) ?? 0
        return last > (try concordanceMark(db))
    }
}
