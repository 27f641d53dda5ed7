import Foundation
import GRDB
import TaalgrensCore

extension SQLiteStore {
    public func search(_ query: MatchQuery) throws -> [Match] {
        try read("searching the memory") { db in try FuzzySearch(backend: SQLiteIndexBackend(db: db)).search(query) }
    }

    public func exactMatches(_ query: MatchQuery) throws -> [Match] {
        try read("looking up exact matches") { db in try FuzzySearch(backend: SQLiteIndexBackend(db: db)).exactMatches(query) }
    }
}

/// ``FuzzyIndexBackend`` over the `term`, `posting`, `variant` and `unit` tables, inside one read
/// transaction (a consistent snapshot).
struct SQLiteIndexBackend: FuzzyIndexBackend {
    let db: Database

    static let rowColumns = """
        SELECT v.id AS vid, v.unit AS upk, u.id AS uid, v.locale, v.keys, v.content, v.previous, v.next, u.status, u.changed,
               (SELECT group_concat(w.locale, ' ') FROM variant w WHERE w.unit = v.unit) AS locales
        FROM variant v JOIN unit u ON u.pk = v.unit
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

    private func candidate(_ row: Row) throws -> CandidateRow {
        guard let locale = LanguageTag(row["locale"] as String), let status = UnitStatus(rawValue: row["status"]) else {
            throw TMError.database("a stored variant has a malformed locale or status")
        }
        let changed: Double? = row["changed"]
        let locales: String = row["locales"] ?? ""
        return CandidateRow(variantKey: row["vid"], unitKey: row["upk"], unitID: row["uid"], locale: locale,
                            keys: IndexedVariant.splitKeys(row["keys"]), encodedContent: row["content"],
                            previous: row["previous"], next: row["next"], status: status,
                            changed: changed.map { Date(timeIntervalSince1970: $0) },
                            unitLocales: locales.split(separator: " ").compactMap { LanguageTag(String($0)) })
    }
}
