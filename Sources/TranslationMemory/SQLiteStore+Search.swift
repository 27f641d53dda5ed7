import Foundation
import GRDB
import GRDBSQLite
import TaalgrensCore

extension SQLiteStore {
    /// See ``TMStore/search(_:)`` and `docs/matching.md`. Runs in one read transaction.
    public func search(_ query: MatchQuery) throws -> [Match] {
        try read("searching the memory") { db in try FuzzySearch(backend: SQLiteIndexBackend(db: db)).search(query) }
    }

    /// See ``TMStore/exactMatches(_:)``.
    public func exactMatches(_ query: MatchQuery) throws -> [Match] {
        try read("looking up exact matches") { db in try FuzzySearch(backend: SQLiteIndexBackend(db: db)).exactMatches(query) }
    }
}

/// ``FuzzyIndexBackend`` over the `term`, `posting`, `variant` and `unit` tables, inside one read
/// transaction (a consistent snapshot).
struct SQLiteIndexBackend: FuzzyIndexBackend {
    let db: Database
    let tags = LocaleTagCache()

    static let rowColumns = """
        SELECT v.id, v.unit, v.locale, v.key_ids, (SELECT group_concat(w.locale, ' ') FROM variant w WHERE w.unit = v.unit)
        FROM variant v
        """

    func termFrequencies(language: String, terms: [String]) throws -> [String: (id: Int64, frequency: Int)] {
        // One cached statement per term: a query has a few dozen terms, and an IN list of varying length
        // would be compiled again for every query.
        var out: [String: (id: Int64, frequency: Int)] = [:]
        let statement = try db.cachedStatement(sql: "SELECT id, frequency FROM term WHERE language = ? AND key = ?")
        for term in terms where out[term] == nil {
            if let row = try Row.fetchOne(statement, arguments: [language, term]) { out[term] = (row[0], row[1]) }
        }
        return out
    }

    func postings(termIDs: [Int64], lengths: ClosedRange<Int>) throws -> Set<Int64> {
        var out = Set<Int64>()
        let statement = try db.cachedStatement(sql: "SELECT variant FROM posting WHERE term = ? AND length BETWEEN ? AND ?")
        for id in termIDs {
            let cursor = try Int64.fetchCursor(statement, arguments: [id, lengths.lowerBound, lengths.upperBound])
            while let v = try cursor.next() { out.insert(v) }
        }
        return out
    }

    func rows(variantKeys: [Int64]) throws -> [CandidateRow] {
        // One cached statement per variant, in rowid order (neighbouring rows share pages).
        var out: [CandidateRow] = []
        out.reserveCapacity(variantKeys.count)
        let statement = try db.cachedStatement(sql: SQLiteIndexBackend.rowColumns + " WHERE v.id = ?")
        for key in variantKeys.sorted() {
            if let row = try Row.fetchOne(statement, arguments: [key]) { out.append(try candidate(row)) }
        }
        return out
    }

    /// Candidate keys through SQLite's C interface: one cached statement, no row objects, and no locale list
    /// (``completeLocales(_:)`` reads it for the few candidates that need it).
    func keyRows(variantKeys: [Int64]) throws -> [CandidateRow] {
        var out: [CandidateRow] = []
        out.reserveCapacity(variantKeys.count)
        let statement = try db.cachedStatement(sql: "SELECT unit, locale, key_ids FROM variant WHERE id = ?")
        let stmt = statement.sqliteStatement
        for key in variantKeys.sorted() {
            sqlite3_reset(stmt)
            sqlite3_bind_int64(stmt, 1, key)
            let rc = sqlite3_step(stmt)
            if rc == SQLITE_DONE { continue }
            guard rc == SQLITE_ROW else { throw TMError.database("reading candidate \(key): SQLite error \(rc)") }
            let unit = sqlite3_column_int64(stmt, 0)
            let localeText = sqlite3_column_text(stmt, 1).map { String(cString: $0) } ?? ""
            guard let locale = tags.tag(localeText) else { throw TMError.database("a stored variant has a malformed locale") }
            let count = Int(sqlite3_column_bytes(stmt, 2)) / 8
            var ids = [Int64](repeating: 0, count: count)
            if count > 0, let blob = sqlite3_column_blob(stmt, 2) {
                let raw = UnsafeRawPointer(blob)
                for i in 0..<count { ids[i] = Int64(littleEndian: raw.loadUnaligned(fromByteOffset: i * 8, as: Int64.self)) }
            }
            out.append(CandidateRow(variantKey: key, unitKey: unit, locale: locale, keyIDs: ids, unitLocales: [], localeSetID: -1))
        }
        sqlite3_reset(stmt)
        return out
    }

    func completeLocales(_ rows: [CandidateRow]) throws -> [CandidateRow] {
        // The same list, in the same order, as the subquery of `rowColumns`.
        let statement = try db.cachedStatement(sql: "SELECT (SELECT group_concat(w.locale, ' ') FROM variant w WHERE w.unit = ?)")
        return try rows.map { row in
            guard row.localeSetID < 0 else { return row }
            var row = row
            let text = try String.fetchOne(statement, arguments: [row.unitKey]) ?? ""
            let set = tags.tags(text)
            row.unitLocales = set.tags
            row.localeSetID = set.id
            return row
        }
    }

    func rows(language: String, textHash: Int64) throws -> [CandidateRow] {
        try fetch("WHERE v.language = ? AND v.text_hash = ?", [language, textHash])
    }

    func rows(language: String, length: Int) throws -> [CandidateRow] {
        try fetch("WHERE v.language = ? AND v.token_count = ?", [language, length])
    }

    func forEachRow(language: String, _ body: (CandidateRow) throws -> Void) throws {
        let cursor = try Row.fetchCursor(db, sql: SQLiteIndexBackend.rowColumns + " WHERE v.language = ? ORDER BY v.id", arguments: [language])
        while let row = try cursor.next() { try body(try candidate(row)) }
    }

    func units(keys: [Int64]) throws -> [Int64: TranslationUnit] {
        try SQLiteStore.loadUnits(db, pks: keys)
    }

    private func fetch(_ whereClause: String, _ arguments: StatementArguments) throws -> [CandidateRow] {
        try Row.fetchAll(db.cachedStatement(sql: SQLiteIndexBackend.rowColumns + " " + whereClause), arguments: arguments).map(candidate)
    }

    func details(variantKey: Int64) throws -> CandidateDetails? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT v.content, v.previous, v.next, u.id, u.status, u.changed FROM variant v JOIN unit u ON u.pk = v.unit WHERE v.id = ?
            """), arguments: [variantKey]) else { return nil }
        let statusText: String = row[4], changed: Double? = row[5]
        guard let status = UnitStatus(rawValue: statusText) else { throw TMError.database("a stored unit has an unknown status") }
        return CandidateDetails(content: try VariantCodec.decodeContent(row[0]), previous: row[1], next: row[2], unitID: row[3],
                                status: status, changed: changed.map { Date(timeIntervalSince1970: $0) })
    }

    private func candidate(_ row: Row) throws -> CandidateRow {
        // Columns by position, in the order of `rowColumns`.
        let localeText: String = row[2], localesText: String = row[4] ?? ""
        guard let locale = tags.tag(localeText) else { throw TMError.database("a stored variant has a malformed locale") }
        let set = tags.tags(localesText)
        return CandidateRow(variantKey: row[0], unitKey: row[1], locale: locale, keyIDs: IndexedVariant.decodeIDs(row[3]),
                            unitLocales: set.tags, localeSetID: set.id)
    }
}
