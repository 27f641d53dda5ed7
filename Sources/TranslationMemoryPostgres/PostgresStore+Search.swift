import Foundation
import PostgresNIO
import TaalgrensCore
import TranslationMemory

extension PostgresStore {
    /// Fuzzy search: ``FuzzySearch`` over this database's inverted index, in one repeatable-read snapshot.
    ///
    /// The candidate retrieval runs in the database: the rarest terms' postings within the length window
    /// (the prefix and length filters of `docs/matching.md`, "Retrieval") are read with one indexed
    /// statement, and the candidates' rows with another. The count filter, the bounds and the scoring run
    /// in this process with the shared ``FuzzyScorer``. The result equals the SQLite store's on the same
    /// units: same matches, scores and order.
    public func search(_ query: MatchQuery) throws -> [Match] {
        try read("searching the memory") { try FuzzySearch(backend: PostgresIndexBackend(session: session)).search(query) }
    }

    /// Exact and context matches, by the hash of the query's NFC text.
    public func exactMatches(_ query: MatchQuery) throws -> [Match] {
        try read("looking up exact matches") { try FuzzySearch(backend: PostgresIndexBackend(session: session)).exactMatches(query) }
    }
}

/// ``FuzzyIndexBackend`` over the `term`, `posting`, `variant` and `unit` tables. Call it inside a
/// transaction of the session.
struct PostgresIndexBackend: FuzzyIndexBackend {
    let session: PostgresSession
    let tags = LocaleTagCache()

    static let rowColumns = """
        SELECT v.id, v.unit, v.locale, v.key_ids,
               (SELECT string_agg(w.locale, ' ' ORDER BY w.locale) FROM variant w WHERE w.unit = v.unit) AS locales
        FROM variant v
        """

    func termFrequencies(language: String, terms: [String]) throws -> [String: (id: Int64, frequency: Int)] {
        guard !terms.isEmpty else { return [:] }
        var out: [String: (id: Int64, frequency: Int)] = [:]
        for row in try session.query("SELECT id, key, frequency FROM term WHERE language = $1 AND key = ANY($2)",
                                     [.text(language), .texts(terms)]) {
            let (id, key, frequency) = try row.decode((Int64, String, Int64).self)
            out[key] = (id, Int(frequency))
        }
        return out
    }

    func postings(termIDs: [Int64], lengths: ClosedRange<Int>) throws -> Set<Int64> {
        guard !termIDs.isEmpty else { return [] }
        var out = Set<Int64>()
        for row in try session.query("""
            SELECT DISTINCT variant FROM posting WHERE term = ANY($1) AND length BETWEEN $2 AND $3
            """, [.ints(termIDs), .int(lengths.lowerBound), .int(lengths.upperBound)]) {
            out.insert(try row.decode(Int64.self))
        }
        return out
    }

    func rows(variantKeys: [Int64]) throws -> [CandidateRow] {
        guard !variantKeys.isEmpty else { return [] }
        return try fetch("WHERE v.id = ANY($1)", [.ints(variantKeys.sorted())])
    }

    func rows(language: String, textHash: Int64) throws -> [CandidateRow] {
        try fetch("WHERE v.language = $1 AND v.text_hash = $2", [.text(language), .int(textHash)])
    }

    func rows(language: String, length: Int) throws -> [CandidateRow] {
        try fetch("WHERE v.language = $1 AND v.token_count = $2", [.text(language), .int(length)])
    }

    /// Every variant of `language`, in pages of 2,000 by variant id (keyset pagination, so memory stays
    /// bounded on a large memory).
    func forEachRow(language: String, _ body: (CandidateRow) throws -> Void) throws {
        var last: Int64 = 0
        while true {
            let page = try fetch("WHERE v.language = $1 AND v.id > $2 ORDER BY v.id LIMIT 2000", [.text(language), .int(last)])
            guard let final = page.last else { return }
            for row in page { try body(row) }
            last = final.variantKey
        }
    }

    func details(variantKey: Int64) throws -> CandidateDetails? {
        guard let row = try session.query("""
            SELECT v.content, v.previous, v.next, u.id, u.status, u.changed FROM variant v JOIN unit u ON u.pk = v.unit WHERE v.id = $1
            """, [.int(variantKey)]).first else { return nil }
        let (content, previous, next, unitID, statusText, changed) = try row.decode((String, String?, String?, String, String, Double?).self)
        guard let status = UnitStatus(rawValue: statusText) else { throw TMError.database("a stored unit has an unknown status") }
        return CandidateDetails(content: try VariantCodec.decodeContent(content), previous: previous, next: next, unitID: unitID,
                                status: status, changed: changed.map { Date(timeIntervalSince1970: $0) })
    }

    func units(keys: [Int64]) throws -> [Int64: TranslationUnit] {
        try PostgresStore.loadUnits(session, pks: keys)
    }

    private func fetch(_ whereClause: String, _ values: [SQLValue]) throws -> [CandidateRow] {
        try session.query(PostgresIndexBackend.rowColumns + " " + whereClause, values).map(candidate)
    }

    private func candidate(_ row: PostgresRow) throws -> CandidateRow {
        let (variantKey, unitKey, localeText, keyIDs, locales) = try row.decode((Int64, Int64, String, [Int64], String?).self)
        guard let locale = tags.tag(localeText) else { throw TMError.database("a stored variant has a malformed locale") }
        let set = tags.tags(locales ?? "")
        return CandidateRow(variantKey: variantKey, unitKey: unitKey, locale: locale, keyIDs: keyIDs, unitLocales: set.tags, localeSetID: set.id)
    }
}
