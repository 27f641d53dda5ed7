import Foundation
import GRDB
import GRDBSQLite
import TaalgrensCore

extension SQLiteStore {
    /// See ``TMStore/search(_:)`` and `docs/matching.md`. Runs in one read transaction; the first search of a
    /// language, and the first after the memory changed, builds its in-memory index inside that transaction.
    public func search(_ query: MatchQuery) throws -> [Match] {
        try read("searching the memory") { db in try FuzzySearch(backend: SQLiteIndexBackend(db: db, indexes: memoryIndexes)).search(query) }
    }

    /// See ``TMStore/exactMatches(_:)``. Served by the language's in-memory index (``FuzzyMemoryIndex``),
    /// which the first search of a store builds (about 1.5 s at 1,000,000 units: `docs/benchmarks.md`).
    public func exactMatches(_ query: MatchQuery) throws -> [Match] {
        try read("looking up exact matches") { db in try FuzzySearch(backend: SQLiteIndexBackend(db: db, indexes: memoryIndexes)).exactMatches(query) }
    }

    /// The memory's generation: a number that every write transaction that changes something raises
    /// (``write(_:_:)``), so an in-memory index built from one generation is current exactly while the
    /// memory is at that generation, whoever wrote.
    static func generation(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'generation'")) ?? 0
    }

    /// Raises the memory's generation (inside the caller's write transaction).
    static func raiseGeneration(_ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO meta (key, value) VALUES ('generation', '1')
            ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)
            """).execute()
    }
}

/// The SQLite store's side of ``FuzzySearch``, inside one read transaction (a consistent snapshot): key ids
/// from the `term` table, candidates from the language's ``FuzzyMemoryIndex`` of the snapshot's generation,
/// and rows, details and units from the `variant` and `unit` tables. Brute force reads every row from
/// SQLite and never touches the in-memory index, so comparing the two checks the index.
struct SQLiteIndexBackend: FuzzyRowSource, MemoryIndexedSource {
    let db: Database
    let indexes: FuzzyMemoryIndexCache
    let tags = LocaleTagCache()

    static let rowColumns = """
        SELECT v.id, v.unit, v.locale, v.key_ids, (SELECT group_concat(w.locale, ' ') FROM variant w WHERE w.unit = v.unit)
        FROM variant v
        """

    func keyIDs(language: String, keys: [String]) throws -> [String: Int64] {
        // One cached statement per key: a query has a few dozen keys, and an IN list of varying length
        // would be compiled again for every query.
        var out: [String: Int64] = [:]
        for key in keys where out[key] == nil {
            let statement = try RawStatement(db, sql: "SELECT id FROM term WHERE language = ? AND key = ?")
            statement.bind(1, language)
            statement.bind(2, key)
            if try statement.step() { out[key] = statement.int64(0) }
            statement.reset()
        }
        return out
    }

    /// See ``FuzzyRowSource/prepared(variantKey:content:locale:)``: kept by the in-memory index of the
    /// variant's language, so for the memory's current generation only.
    func prepared(variantKey: Int64, content: RichText, locale: LanguageTag) -> PreparedSegment {
        guard let index = try? memoryIndex(language: locale.language) else { return PreparedSegment(content, locale: locale) }
        return index.preparedSegments.value(variantKey) { PreparedSegment(content, locale: locale) }
    }

    /// The in-memory index of `language` for this transaction's generation (built now if needed).
    func memoryIndex(language: String) throws -> FuzzyMemoryIndex {
        try indexes.index(language: language, generation: try SQLiteStore.generation(db), db: db)
    }

    func boundedCandidates(language: String, queryKeyIDs: [Int64], minScore: Double) throws -> [(ub: Double, row: CandidateRow)] {
        let index = try memoryIndex(language: language)
        return try index.boundedCandidates(queryKeyIDs: queryKeyIDs, minScore: minScore).map { (ub: $0.ub, row: try row(index, Int($0.variant))) }
    }

    /// Variant `i` of `index` as a complete row; the locale lists are numbered by this backend's
    /// ``LocaleTagCache``, like the rows it reads from SQLite, so one search sees one numbering.
    func row(_ index: FuzzyMemoryIndex, _ i: Int) throws -> CandidateRow {
        guard let locale = tags.tag(index.localeTexts[Int(index.localeOfVariant[i])]) else {
            throw TMError.database("a stored variant has a malformed locale")
        }
        let set = tags.tags(index.localeSetTexts[Int(index.localeSetOfVariant[i])])
        return CandidateRow(variantKey: index.variantKeys[i], unitKey: index.unitKeys[i], locale: locale, keyIDs: index.keyIDs(i),
                            unitLocales: set.tags, localeSetID: set.id)
    }

    /// The exact-lookup candidates from the language's in-memory index (migration `v11-exact-in-memory`
    /// dropped the `variant_hash` index).
    func rows(language: String, textHash: Int64) throws -> [CandidateRow] {
        let index = try memoryIndex(language: language)
        return try index.variants(textHash: textHash).map { try row(index, $0) }
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
        let statement = try RawStatement(db, sql: """
            SELECT v.content, v.previous, v.next, u.id, u.status, u.changed, u.article IS NOT NULL FROM variant v JOIN unit u ON u.pk = v.unit WHERE v.id = ?
            """)
        defer { statement.reset() }
        statement.bind(1, variantKey)
        return try details(statement)
    }

    /// ``FuzzyRowSource/details(variantKey:target:)``: the status stored in the target variant's row, and
    /// that variant's content (``CandidateDetails/targetContent``).
    func details(variantKey: Int64, target: LanguageTag) throws -> CandidateDetails? {
        let statement = try RawStatement(db, sql: """
            SELECT v.content, v.previous, v.next, u.id, t.status, u.changed, u.article IS NOT NULL, t.content
            FROM variant v JOIN unit u ON u.pk = v.unit JOIN variant t ON t.unit = v.unit AND t.locale = ? WHERE v.id = ?
            """)
        defer { statement.reset() }
        statement.bind(1, target.identifier)
        statement.bind(2, variantKey)
        return try details(statement)
    }

    /// The details from a stepped-to row of content, previous, next, unit id, status, changed, whether an
    /// article owns the unit and, when the statement has an eighth column, the target variant's content.
    private func details(_ statement: RawStatement) throws -> CandidateDetails? {
        guard try statement.step() else { return nil }
        guard let status = statement.text(4).flatMap(UnitStatus.init(rawValue:)) else { throw TMError.database("a stored unit has an unknown status") }
        let changed = statement.double(5)
        let target = try statement.columnCount > 7 ? statement.text(7).map(VariantCodec.decodeContent) : nil
        return CandidateDetails(content: try VariantCodec.decodeContent(statement.text(0) ?? ""), previous: statement.text(1),
                                next: statement.text(2), unitID: statement.text(3) ?? "", status: status,
                                changed: changed.map { Date(timeIntervalSince1970: $0) }, targetContent: target,
                                ownedByArticle: statement.int64(6) == 1)
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
