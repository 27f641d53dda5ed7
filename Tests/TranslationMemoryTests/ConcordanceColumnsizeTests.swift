import Foundation
import GRDB
import Testing
import TaalgrensCore
import TranslationMemory

/// Migration `v15-concordance-columnsize`: the concordance index (FTS5) keeps no per-row token counts
/// (`columnsize=0`), which only `bm25()` reads; an older memory's index is created again, empty, and the
/// next phrase search adds every stored variant (`docs/memory.md`, "Concordance").
@Suite("Store: the concordance index without per-row token counts (v15)")
struct ConcordanceColumnsizeTests {
    /// The `CREATE VIRTUAL TABLE` of the concordance index before `v15-concordance-columnsize` (`v3-concordance`).
    static let olderIndexSQL = "CREATE VIRTUAL TABLE variant_folded USING fts5(folded, content='variant', content_rowid='id', tokenize='trigram')"

    static func indexSQL(_ db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT sql FROM sqlite_schema WHERE name = 'variant_folded'")
    }

    @Test("a new memory's concordance index has no docsize table and finds what a scan finds")
    func newMemory() throws {
        let (store, path, folder) = try DeferredConcordanceTests.fileStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try store.importUnits(exampleSentences.enumerated().map { i, e in
            pairUnit("u\(i)", RichText(plain: e.en), RichText(plain: e.nl))
        }, origin: "file.tmx")
        try DeferredConcordanceTests.checkHits(store, ["safer internet", "EVENEMENTS", "helpline answered", "beter internet", "nowhere"], locale: "en")
        try DeferredConcordanceTests.checkHits(store, ["beter internet", "Samen voor"], locale: "nl-BE")
        let db = try DatabaseQueue(path: path)
        try db.inDatabase { (db: Database) throws in
            #expect(try Self.indexSQL(db)?.contains("columnsize=0") == true)
            #expect(try !db.tableExists("variant_folded_docsize"))
            #expect(try Int.fetchOne(db, sql: "SELECT v FROM variant_folded_config WHERE k = 'automerge'") == 16)
        }
        try db.close()
        try DeferredConcordanceTests.checkMark(path, pending: 0)
        try DeferredConcordanceTests.integrityCheck(path)
    }

    @Test("v15-concordance-columnsize re-creates an older index empty, keeps its merge setting, and the next phrase search finds every unit")
    func olderMemoryMigrates() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-columnsize-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("memory.tm").path
        let indexed = exampleSentences.prefix(3).enumerated().map { i, e in pairUnit("a\(i)", RichText(plain: e.en), RichText(plain: e.nl)) }
        let pending = exampleSentences.dropFirst(3).enumerated().map { i, e in pairUnit("b\(i)", RichText(plain: e.en), RichText(plain: e.nl)) }
        #expect(!pending.isEmpty)
        let phrases = ["safer internet", "EVENEMENTS", "helpline answered", "beter internet", "internet", "nowhere at all"]
        let before: [[String]]
        do {
            let first = try SQLiteStore(path: path)
            _ = try first.importUnits(indexed, origin: "first.tmx")
            #expect(try first.updateConcordanceIndex() == 2 * indexed.count)
            _ = try first.importUnits(pending, origin: "second.tmx")
            // What the memory answered before the migration (a phrase search brings the index up to date,
            // so the rows go back to the first import's below).
            before = try phrases.map { try first.concordance($0, locale: "en", limit: 1000).map(\.unit.id).sorted() }
        }

        // The index as a build before v15 wrote it: per-row token counts, the first import's variants in it.
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            let mark = Int64(2 * indexed.count)
            try db.execute(sql: "UPDATE meta SET value = ? WHERE key = 'concordance_indexed'", arguments: [String(mark)])
            try db.execute(sql: """
                DROP TABLE variant_folded;
                \(Self.olderIndexSQL);
                INSERT INTO variant_folded (variant_folded, rank) VALUES ('automerge', 16);
                INSERT INTO variant_folded (rowid, folded) SELECT id, folded FROM variant WHERE id <= \(mark) ORDER BY id;
                DELETE FROM grdb_migrations WHERE identifier = 'v15-concordance-columnsize';
                """)
            #expect(try db.tableExists("variant_folded_docsize"))
        }
        try queue.close()
        #expect(try SQLiteStore.pendingMigrations(path: path) == ["v15-concordance-columnsize"])

        let store = try SQLiteStore(path: path)
        #expect(store.migrationsAppliedAtOpen == ["v15-concordance-columnsize"])
        let check = try DatabaseQueue(path: path)
        try check.inDatabase { (db: Database) throws in
            #expect(try Self.indexSQL(db)?.contains("columnsize=0") == true)
            #expect(try !db.tableExists("variant_folded_docsize"))
            #expect(try Int.fetchOne(db, sql: "SELECT v FROM variant_folded_config WHERE k = 'automerge'") == 16)
            #expect(try DeferredConcordanceTests.indexedVariants(db).isEmpty)
        }
        try DeferredConcordanceTests.checkMark(path, pending: 2 * (indexed.count + pending.count))

        // The same hits as before the migration, and as a scan of every unit.
        let after = try phrases.map { try store.concordance($0, locale: "en", limit: 1000).map(\.unit.id).sorted() }
        #expect(after == before)
        #expect(after.contains { !$0.isEmpty } && after.last == [])
        try DeferredConcordanceTests.checkHits(store, phrases, locale: "en")
        try DeferredConcordanceTests.checkMark(path, pending: 0)
        try DeferredConcordanceTests.integrityCheck(path)

        // The triggers still keep the re-created index exact when an indexed variant goes.
        #expect(try store.delete(unitID: UnitScope.id(scope: "first.tmx", localID: "a0")))
        try DeferredConcordanceTests.checkHits(store, phrases, locale: "en")
        try DeferredConcordanceTests.checkMark(path, pending: 0)
        try DeferredConcordanceTests.integrityCheck(path)
        try check.close()
    }
}
