import Foundation
import GRDB
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
        var out: [String: (id: Int64, frequency: Int)] = [:]
        for chunk in terms.chunked(500) {
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            for row in try Row.fetchAll(db, sql: "SELECT id, key, frequency FROM term WHERE language = ? AND key IN (\(marks))",
                                        arguments: [language] + StatementArguments(chunk)) {
                out[row["key"]] = (row["id"], row["frequency"])
            }
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
        var out: [CandidateRow] = []
        for chunk in variantKeys.sorted().chunked(500) {
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            out += try fetch("WHERE v.id IN (\(marks))", StatementArguments(chunk))
        }
        return out
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
        try Row.fetchAll(db, sql: SQLiteIndexBackend.rowColumns + " " + whereClause, arguments: arguments).map(candidate)
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
