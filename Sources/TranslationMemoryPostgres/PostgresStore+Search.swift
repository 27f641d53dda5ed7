import Foundation
import PostgresNIO
import TaalgrensCore
import TranslationMemory

extension PostgresStore {
    /// Fuzzy search: ``FuzzySearch`` over this database's inverted index, in one repeatable-read snapshot.
    ///
    /// The candidate retrieval runs in the database: one indexed statement reads the rarest terms'
    /// postings within the length window (the prefix and length filters of `docs/matching.md`,
    /// "Retrieval") and returns the candidates' keys with them. The count filter and the bounds run in this
    /// process; one statement then reads the unit locales and the details (content, status, change date)
    /// of every candidate whose bound reaches the threshold, and the shared ``FuzzyScorer`` scores them.
    /// About six round trips per search, whatever the number of candidates. The result equals the SQLite
    /// store's on the same units: same matches, scores and order.
    public func search(_ query: MatchQuery) throws -> [Match] {
        try read("searching the memory") { try FuzzySearch(backend: PostgresIndexBackend(session: session)).search(query) }
    }

    /// Exact and context matches, by the hash of the query's NFC text.
    public func exactMatches(_ query: MatchQuery) throws -> [Match] {
        try read("looking up exact matches") { try FuzzySearch(backend: PostgresIndexBackend(session: session)).exactMatches(query) }
    }
}

/// ``FuzzyIndexBackend`` over the `term`, `posting`, `variant` and `unit` tables. Call it inside a
/// transaction of the session; make one per search (it caches what the search read).
///
/// Round trips are what a search on a server costs beyond its work, so the backend reads in bulk:
/// ``postings(termIDs:lengths:)`` returns the candidates' keys in the same statement (kept for
/// ``keyRows(variantKeys:)``), and ``completeLocales(_:)`` reads the locales and the details of all the
/// candidates that can reach the threshold at once (kept for ``details(variantKey:target:)``).
struct PostgresIndexBackend: FuzzyIndexBackend {
    let session: PostgresSession
    let tags = LocaleTagCache()
    let cache = ReadCache()

    /// What one search has read already: candidate rows by variant key, details by variant key.
    final class ReadCache {
        var rows: [Int64: CandidateRow] = [:]
        var details: [Int64: CandidateDetails] = [:]
        /// For the variants whose details were read ahead: the status of each variant of their unit, by
        /// locale identifier (for ``details(variantKey:target:)``).
        var statuses: [Int64: [String: UnitStatus]] = [:]
        /// For the same variants: the content of each variant of their unit, by locale identifier (the
        /// target's becomes ``CandidateDetails/targetContent``).
        var contents: [Int64: [String: RichText]] = [:]
    }

    /// At most this many candidates' details are read ahead by ``completeLocales(_:)``; the search needs
    /// details only until its `limit` best are found, and reads any other one by one.
    static let detailsReadAhead = 1_000

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

    /// The candidates, read with their keys (`variant.key_ids`) in the same statement: the posting index
    /// `(term, length, variant)` yields the variant keys, a join on the variant's primary key their rows.
    func postings(termIDs: [Int64], lengths: ClosedRange<Int>) throws -> Set<Int64> {
        guard !termIDs.isEmpty else { return [] }
        var out = Set<Int64>()
        for row in try session.query("""
            SELECT v.id, v.unit, v.locale, v.key_ids FROM variant v
            WHERE v.id IN (SELECT variant FROM posting WHERE term = ANY($1) AND length BETWEEN $2 AND $3)
            """, [.ints(termIDs), .int(lengths.lowerBound), .int(lengths.upperBound)]) {
            let r = try keyRow(row)
            out.insert(r.variantKey)
            cache.rows[r.variantKey] = r
        }
        return out
    }

    func rows(variantKeys: [Int64]) throws -> [CandidateRow] {
        guard !variantKeys.isEmpty else { return [] }
        return try fetch("WHERE v.id = ANY($1)", [.ints(variantKeys.sorted())])
    }

    /// Rows without their unit's locales (``completeLocales(_:)`` adds them): from what
    /// ``postings(termIDs:lengths:)`` read, else from the database.
    func keyRows(variantKeys: [Int64]) throws -> [CandidateRow] {
        var out: [CandidateRow] = []
        out.reserveCapacity(variantKeys.count)
        var missing: [Int64] = []
        for key in variantKeys {
            if let row = cache.rows[key] { out.append(row) } else { missing.append(key) }
        }
        guard !missing.isEmpty else { return out }
        for row in try session.query("SELECT v.id, v.unit, v.locale, v.key_ids FROM variant v WHERE v.id = ANY($1)", [.ints(missing)]) {
            out.append(try keyRow(row))
        }
        return out
    }

    /// Adds the unit locales to `rows` and reads ahead the details of the first ``detailsReadAhead`` of
    /// them, in one statement.
    func completeLocales(_ rows: [CandidateRow]) throws -> [CandidateRow] {
        let incomplete = rows.filter { $0.localeSetID < 0 }
        guard !incomplete.isEmpty else { return rows }
        let ahead = Array(incomplete.prefix(PostgresIndexBackend.detailsReadAhead)).map(\.variantKey)
        var locales: [Int64: (tags: [LanguageTag], id: Int)] = [:]
        // One row per candidate: its unit's locales (the same list, in the same order, as `rowColumns`) and,
        // for the first candidates, its details.
        // The statuses and contents of the unit's variants, in the same locale order, for the candidates read ahead.
        for row in try session.query("""
            SELECT c.variant, c.unit, a.locales, v.content, v.previous, v.next, u.id, u.status, u.changed,
                   CASE WHEN v.id IS NOT NULL THEN a.statuses END, CASE WHEN v.id IS NOT NULL THEN a.contents END,
                   u.article IS NOT NULL
            FROM unnest($1::int8[], $2::int8[]) AS c(variant, unit)
            LEFT JOIN LATERAL (SELECT string_agg(w.locale, ' ' ORDER BY w.locale) AS locales,
                                      string_agg(w.status, ' ' ORDER BY w.locale) AS statuses,
                                      array_agg(w.content ORDER BY w.locale) AS contents
                               FROM variant w WHERE w.unit = c.unit) a ON true
            LEFT JOIN variant v ON v.id = c.variant AND c.variant = ANY($3)
            LEFT JOIN unit u ON u.pk = v.unit
            """, [.ints(incomplete.map(\.variantKey)), .ints(incomplete.map(\.unitKey)), .ints(ahead)]) {
            let (variant, unit, localeText, content, previous, next, unitID, statusText, changed, statusList, contentList, ownedByArticle) =
                try row.decode((Int64, Int64, String?, String?, String?, String?, String?, String?, Double?, String?, [String]?, Bool?).self)
            locales[unit] = tags.tags(localeText ?? "")
            if let content, let unitID, let statusText {
                guard let status = UnitStatus(rawValue: statusText) else { throw TMError.database("a stored unit has an unknown status") }
                cache.details[variant] = CandidateDetails(content: try VariantCodec.decodeContent(content), previous: previous, next: next,
                                                          unitID: unitID, status: status, changed: changed.map { Date(timeIntervalSince1970: $0) },
                                                          ownedByArticle: ownedByArticle ?? false)
                let localeNames = (localeText ?? "").split(separator: " "), statusNames = (statusList ?? "").split(separator: " ")
                var byLocale: [String: UnitStatus] = [:]
                for (l, s) in zip(localeNames, statusNames) {
                    guard let st = UnitStatus(rawValue: String(s)) else { throw TMError.database("a stored variant has an unknown status") }
                    byLocale[String(l)] = st
                }
                cache.statuses[variant] = byLocale
                var contentByLocale: [String: RichText] = [:]
                for (l, c) in zip(localeNames, contentList ?? []) { contentByLocale[String(l)] = try VariantCodec.decodeContent(c) }
                cache.contents[variant] = contentByLocale
            }
        }
        return rows.map { row in
            guard row.localeSetID < 0 else { return row }
            var row = row
            let set = locales[row.unitKey] ?? tags.tags("")
            row.unitLocales = set.tags
            row.localeSetID = set.id
            return row
        }
    }

    func rows(language: String, textHash: Int64) throws -> [CandidateRow] {
        try fetch("WHERE v.language = $1 AND v.text_hash = $2", [.text(language), .int(textHash)])
    }

    func rows(language: String, length: Int) throws -> [CandidateRow] {
        try fetch("WHERE v.language = $1 AND v.token_count = $2", [.text(language), .int(length)])
    }

    /// Every variant of `language`, in pages of ``pageWidth`` consecutive variant keys (ranges of the
    /// primary key, so memory stays bounded on a large memory and every page is one index range scan,
    /// whatever the planner's statistics say: an `ORDER BY id LIMIT n` page can be planned as a scan and
    /// sort of the whole table, and then evaluates the locale subquery for every remaining row).
    func forEachRow(language: String, _ body: (CandidateRow) throws -> Void) throws {
        guard let last = try session.query("SELECT max(id) FROM variant").first?.decode(Int64?.self) else { return }
        var start: Int64 = 0
        while start <= last {
            let page = try fetch("WHERE v.id >= $1 AND v.id < $2 AND v.language = $3 ORDER BY v.id",
                                 [.int(start), .int(start + PostgresIndexBackend.pageWidth), .text(language)])
            for row in page { try body(row) }
            start += PostgresIndexBackend.pageWidth
        }
    }

    /// Variant keys per page of ``forEachRow(language:_:)``.
    static let pageWidth: Int64 = 6_000

    /// The details of one candidate: read ahead by ``completeLocales(_:)``, else read now.
    func details(variantKey: Int64) throws -> CandidateDetails? {
        if let known = cache.details[variantKey] { return known }
        guard let row = try session.query("""
            SELECT v.content, v.previous, v.next, u.id, u.status, u.changed, u.article IS NOT NULL FROM variant v JOIN unit u ON u.pk = v.unit WHERE v.id = $1
            """, [.int(variantKey)]).first else { return nil }
        let (content, previous, next, unitID, statusText, changed, ownedByArticle) = try row.decode((String, String?, String?, String, String, Double?, Bool).self)
        guard let status = UnitStatus(rawValue: statusText) else { throw TMError.database("a stored unit has an unknown status") }
        return CandidateDetails(content: try VariantCodec.decodeContent(content), previous: previous, next: next, unitID: unitID,
                                status: status, changed: changed.map { Date(timeIntervalSince1970: $0) }, ownedByArticle: ownedByArticle)
    }

    /// ``FuzzyRowSource/details(variantKey:target:)``: the details with the status and content stored in the
    /// unit's `target` variant, from what ``completeLocales(_:)`` read ahead, else read now.
    func details(variantKey: Int64, target: LanguageTag) throws -> CandidateDetails? {
        if var known = cache.details[variantKey], let status = cache.statuses[variantKey]?[target.identifier] {
            known.status = status
            known.targetContent = cache.contents[variantKey]?[target.identifier]
            return known
        }
        guard let row = try session.query("""
            SELECT v.content, v.previous, v.next, u.id, t.status, u.changed, t.content, u.article IS NOT NULL
            FROM variant v JOIN unit u ON u.pk = v.unit JOIN variant t ON t.unit = v.unit AND t.locale = $2 WHERE v.id = $1
            """, [.int(variantKey), .text(target.identifier)]).first else { return nil }
        let (content, previous, next, unitID, statusText, changed, targetContent, ownedByArticle) =
            try row.decode((String, String?, String?, String, String, Double?, String, Bool).self)
        guard let status = UnitStatus(rawValue: statusText) else { throw TMError.database("a stored variant has an unknown status") }
        return CandidateDetails(content: try VariantCodec.decodeContent(content), previous: previous, next: next, unitID: unitID,
                                status: status, changed: changed.map { Date(timeIntervalSince1970: $0) },
                                targetContent: try VariantCodec.decodeContent(targetContent), ownedByArticle: ownedByArticle)
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

    /// A row of `id, unit, locale, key_ids`, without the unit's locales.
    private func keyRow(_ row: PostgresRow) throws -> CandidateRow {
        let (variantKey, unitKey, localeText, keyIDs) = try row.decode((Int64, Int64, String, [Int64]).self)
        guard let locale = tags.tag(localeText) else { throw TMError.database("a stored variant has a malformed locale") }
        return CandidateRow(variantKey: variantKey, unitKey: unitKey, locale: locale, keyIDs: keyIDs, unitLocales: [], localeSetID: -1)
    }
}
