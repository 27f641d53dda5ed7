import Foundation
import GRDB
import Testing
import TaalgrensCore
import TranslationMemory

/// What the fuzzy index is built from stays exact through imports, rewrites and deletions: every variant's
/// key ids name terms of its own language, as many as its key count, and the concordance index holds exactly
/// the variants at or below its high-water mark, and every live variant once brought up to date (imports
/// leave their rows to `updateConcordanceIndex()`; deletions of indexed variants go through triggers). The index
/// itself lives in memory (migration `v7-memory-index` dropped the posting table) and the searches below
/// compare it with brute force after every kind of change.
@Suite("Store: the fuzzy index stays exact")
struct IndexMaintenanceTests {
    /// Invariants read straight from the file. With a `store`, its concordance index is then brought up
    /// to date (imports leave it behind its high-water mark: migration `v10-concordance-deferred`) before
    /// FTS5's integrity check compares it with the variant table.
    static func checkIndex(_ path: String, bringingUpToDate store: SQLiteStore? = nil) throws {
        let db = try DatabaseQueue(path: path)
        try db.inDatabase { db in
            #expect(try !db.tableExists("posting"))
            var termLanguage: [Int64: String] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, language, key FROM term") {
                termLanguage[row[0]] = row[1]
                #expect(!(row[2] as String).contains("\u{1F}"), "only keys are terms now, never occurrence-numbered ones")
            }
            for row in try Row.fetchAll(db, sql: "SELECT language, token_count, key_ids FROM variant") {
                let language: String = row[0], count: Int = row[1], blob: Data = row[2]
                #expect(blob.count == 8 * count)
                let ids = stride(from: 0, to: blob.count, by: 8).map { k in
                    blob[blob.startIndex + k ..< blob.startIndex + k + 8].reversed().reduce(Int64(0)) { $0 << 8 | Int64($1) }
                }
                #expect(ids.allSatisfy { termLanguage[$0] == language }, "a key id names no term of the variant's language")
            }
            // Migration v9: the concordance index merges its segments sixteen at a time.
            #expect(try Int.fetchOne(db, sql: "SELECT v FROM variant_folded_config WHERE k = 'automerge'") == 16)
            // Migration v15: no per-row token counts (FTS5 `columnsize=0`), so no docsize table.
            #expect(try !db.tableExists("variant_folded_docsize"))
            // Migration v10: the FTS5 index holds exactly the variants at or below its high-water mark.
            let mark = try Int64.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'concordance_indexed'") ?? -1
            #expect(try DeferredConcordanceTests.indexedVariants(db) == DeferredConcordanceTests.indexableVariants(db, through: mark))
        }
        try store?.updateConcordanceIndex()
        // The concordance index (FTS5, external content, filled in bulk by imports) matches its content:
        // FTS5's integrity check throws when it does not.
        try db.write { db in try db.execute(sql: "INSERT INTO variant_folded (variant_folded) VALUES ('integrity-check')") }
    }

    @Test("imports in several batches, a file imported again with a changed unit, revisions, updates and deletions")
    func indexStaysExact() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-index-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("memory.tm").path
        let store = try SQLiteStore(path: path)

        let sentences = exampleSentences
        func articleUnits(_ id: String, _ list: [(en: String, nl: String, fr: String)]) -> [TranslationUnit] {
            list.enumerated().map { articleUnit(id, block: $0.offset, position: 0, en: $0.element.en, nl: $0.element.nl, fr: $0.element.fr) }
        }
        _ = try store.importArticle(id: "a", units: articleUnits("a", sentences))
        _ = try store.importArticle(id: "b", units: articleUnits("b", sentences.reversed()))
        try Self.checkIndex(path, bringingUpToDate: store)

        // A file imported twice, its first unit changed the second time: the rewrite must not leave the
        // first text's postings or concordance rows behind.
        _ = try store.importUnits([
            pairUnit("f1", "The same words the same words.", "Dezelfde woorden."),
            pairUnit("f2", "A third sentence with the same words.", "Een derde zin."),
        ], origin: "file.tmx")
        try Self.checkIndex(path, bringingUpToDate: store)
        _ = try store.importUnits([
            pairUnit("f1", "Other words entirely, twice twice.", "Andere woorden."),
            pairUnit("f2", "A third sentence with the same words.", "Een derde zin."),
        ], origin: "file.tmx")
        try Self.checkIndex(path, bringingUpToDate: store)

        // A revision removes, changes and adds units.
        var revised = Array(sentences.dropFirst())
        revised[0].en = "A changed English sentence with new words."
        revised.append((en: "An added sentence.", nl: "Een toegevoegde zin.", fr: "Une phrase ajoutée."))
        _ = try store.importArticle(id: "a", units: articleUnits("a", revised))
        try Self.checkIndex(path, bringingUpToDate: store)

        var unit = try #require(try store.allUnits().first { $0.variant(for: "en")?.text == "A third sentence with the same words." })
        unit.variants[0] = Variant(locale: "en", content: "An updated sentence, not the same words.")
        try store.update(unit)
        #expect(try store.delete(unitID: "b:0:0"))
        try Self.checkIndex(path, bringingUpToDate: store)

        #expect(try store.concordance("updated sentence", locale: "en", limit: 10).count == 1)
        #expect(try store.concordance("other words entirely", locale: "en", limit: 10).count == 1)
        #expect(try store.concordance("the same words the same", locale: "en", limit: 10).isEmpty)
        // The index and a brute-force scan still agree.
        for text in ["The same words", "A changed English sentence with new words.", "An updated sentence"] + sentences.map(\.en) {
            let indexed = try store.search(query(RichText(plain: text), minScore: 50, limit: 10))
            var brute = query(RichText(plain: text), minScore: 50, limit: 10)
            brute.strategy = .bruteForce
            #expect(indexed.map { "\($0.unit.id) \($0.score)" } == (try store.search(brute)).map { "\($0.unit.id) \($0.score)" })
        }
    }
}
