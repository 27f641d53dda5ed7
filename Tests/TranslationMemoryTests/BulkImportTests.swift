import Foundation
import GRDB
import Testing
import TaalgrensCore
import TranslationMemory

/// `importUnits` writes its rows with SQLite's CHECK constraints off (`SQLiteStore.withoutCheckConstraints`):
/// the schema must come out exactly as a fresh memory's, the constraints must be in force again afterwards
/// (also after an import that failed half-way, which must leave the memory unchanged), and every value a
/// CHECK would refuse must still be refused, now by `validate` before anything is written.
@Suite("Store: bulk import without CHECK re-evaluation")
struct BulkImportTests {
    /// `count` three-language units with local ids "1"…, and a unit-level property and note each, so that
    /// every JSON column of `unit` and `variant` is written.
    static func units(_ count: Int, from first: Int = 1) -> [TranslationUnit] {
        (first..<(first + count)).map { k in
            TranslationUnit(
                id: "\(k)",
                variants: [
                    Variant(locale: "en", content: RichText(plain: "The report lists \(k) measures for safer schools."), sentenceStarts: [0]),
                    Variant(locale: "nl-BE", content: RichText(plain: "Het rapport somt \(k) maatregelen op voor veiligere scholen.")),
                    Variant(locale: "fr-BE", content: RichText(plain: "Le rapport énumère \(k) mesures pour des écoles plus sûres.")),
                ],
                status: k % 3 == 0 ? .reviewed : .aligned, confidence: k % 2 == 0 ? 0.5 : nil,
                properties: ["x-batch": "\(k / 10)"], notes: ["written for the bulk import test"])
        }
    }

    /// The schema as SQLite keeps it (every table, index, trigger and virtual table, with its SQL).
    static func schema(_ path: String) throws -> [String] {
        try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master ORDER BY type, name")
        }
    }

    /// Every row of `unit` and `variant` but the import times, in key order.
    static func rows(_ path: String) throws -> [String] {
        try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: """
                SELECT 'u ' || pk || ' ' || id || ' ' || coalesce(scope, '-') || ' ' || status || ' ' || coalesce(confidence, '-') || ' '
                       || properties || ' ' || notes || ' ' || content_hash FROM unit
                UNION ALL
                SELECT 'v ' || id || ' ' || unit || ' ' || locale || ' ' || content || ' ' || folded || ' ' || sentence_starts || ' '
                       || token_count || ' ' || hex(key_ids) || ' ' || status FROM variant
                ORDER BY 1
                """)
        }
    }

    @Test("after a bulk import the schema equals a fresh memory's and the writer checks constraints again")
    func schemaUnchanged() throws {
        let folder = try MemoryIndexFreshnessTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fresh = folder.appendingPathComponent("fresh.tm").path, imported = folder.appendingPathComponent("imported.tm").path
        _ = try SQLiteStore(path: fresh)
        let store = try SQLiteStore(path: imported)
        let counts = try store.importUnits(Self.units(500), origin: "tmx:bulk.tmx")
        #expect(counts == ImportCounts(added: 500))
        #expect(try store.writerChecksConstraints())
        #expect(try Self.schema(imported) == Self.schema(fresh))
        #expect(try Self.schema(imported).contains { $0.hasPrefix("table unit ") && $0.contains("CHECK (json_valid(properties))") })
        try DatabaseQueue(path: imported).write { db in
            let integrity = try String.fetchOne(db, sql: "PRAGMA integrity_check")
            #expect(integrity == "ok")
            // The rows are what the CHECKs accept, and the CHECKs still refuse what they refused.
            let validUnits = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM unit WHERE json_valid(properties) AND json_valid(notes) AND length(id) > 0
                    AND (confidence IS NULL OR confidence BETWEEN 0 AND 1)
                """)
            #expect(validUnits == 500)
            let validVariants = try Int.fetchOne(db, sql: "SELECT count(*) FROM variant WHERE json_valid(content) AND json_valid(sentence_starts)")
            #expect(validVariants == 1500)
            #expect(throws: DatabaseError.self) { try db.execute(sql: "UPDATE unit SET notes = 'not json' WHERE pk = 1") }
            #expect(throws: DatabaseError.self) { try db.execute(sql: "UPDATE variant SET content = '{' WHERE id = 1") }
        }
        // The store's own connection checks again too: a second import into the same store still works and
        // the memory's rows are those of a store that checked every row (same units, same order).
        #expect(try store.importUnits(Self.units(10, from: 501), origin: "tmx:bulk.tmx") == ImportCounts(added: 10))
        #expect(try store.writerChecksConstraints())
    }

    @Test("an import that fails half-way leaves the memory unchanged, and the writer checks constraints again")
    func failedImportLeavesNothing() throws {
        let folder = try MemoryIndexFreshnessTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("memory.tm").path
        let store = try SQLiteStore(path: path)
        _ = try store.importUnits(Self.units(20), origin: "tmx:first.tmx")
        // An article owns the id the 31st unit of "late.tmx" takes (`tmx:late.tmx#31`): that unit throws
        // after thirty units of the same transaction were written.
        _ = try store.importArticle(id: "owner", units: [TranslationUnit(
            id: "tmx:late.tmx#31", variants: [Variant(locale: "en", content: RichText(plain: "An article's own sentence.")),
                                               Variant(locale: "nl-BE", content: RichText(plain: "Een eigen zin van het artikel."))])])
        let schemaBefore = try Self.schema(path), rowsBefore = try Self.rows(path)
        let statisticsBefore = try store.statistics()
        #expect(throws: TMError.self) { try store.importUnits(Self.units(60), origin: "tmx:late.tmx") }
        #expect(try store.writerChecksConstraints())
        #expect(try Self.schema(path) == schemaBefore)
        #expect(try Self.rows(path) == rowsBefore)
        #expect(try store.statistics().units == statisticsBefore.units)
        #expect(try store.unit(id: "tmx:late.tmx#1") == nil)
        #expect(try store.unit(id: "tmx:first.tmx#1") != nil)
    }

    @Test("values the CHECK constraints refuse are refused before anything is written")
    func checkedValuesStillRefused() throws {
        let store = try SQLiteStore.inMemory()
        var good = Self.units(3)
        var outOfRange = good[1]
        outOfRange.confidence = 1.5
        var negativeBlock = good[1]
        negativeBlock.origin = Origin(article: "bulk.tmx", block: -1, position: 0)
        var negativePosition = good[1]
        negativePosition.origin = Origin(article: "bulk.tmx", block: 0, position: -2)
        for (bad, words) in [(outOfRange, "confidence of 1.5"), (negativeBlock, "negative origin block"), (negativePosition, "negative origin position")] {
            good[1] = bad
            do {
                _ = try store.importUnits(good, origin: "tmx:bulk.tmx")
                Issue.record("a unit with a \(words) was imported")
            } catch let error as TMError {
                #expect("\(error)".contains(words), "\(error)")
            }
            #expect(try store.statistics().units == 0)
        }
        // NaN is stored as NULL by SQLite, which the CHECK let through: still accepted.
        good[1].origin = nil
        good[1].confidence = .nan
        #expect(try store.importUnits(good, origin: "tmx:bulk.tmx") == ImportCounts(added: 3))
        let stored = try #require(try store.unit(id: "tmx:bulk.tmx#2"))
        #expect(stored.confidence == nil)
    }
}
