import Foundation
import GRDB
import Testing
import TaalgrensCore
import TranslationMemory

/// The fuzzy index on disk stays exact through imports, rewrites and deletions: every posting belongs to
/// a live variant, every live variant has exactly its terms' postings, each term's frequency is its
/// number of postings, and the concordance index holds exactly the live variants (imports write postings
/// and concordance rows in bulk and raise frequencies once per batch; deletions go through triggers).
@Suite("Store: the fuzzy index stays exact")
struct IndexMaintenanceTests {
    /// Invariants read straight from the file.
    static func checkIndex(_ path: String) throws {
        let db = try DatabaseQueue(path: path)
        try db.read { db in
            let orphans = try Int.fetchOne(db, sql: "SELECT count(*) FROM posting WHERE variant NOT IN (SELECT id FROM variant)")
            #expect(orphans == 0)
            // Each variant's postings are exactly its listed terms, at its length.
            let missing = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM variant v, json_each(v.term_ids) t
                WHERE NOT EXISTS (SELECT 1 FROM posting p WHERE p.term = t.value AND p.length = v.token_count AND p.variant = v.id)
                """)
            #expect(missing == 0)
            let listed = try Int.fetchOne(db, sql: "SELECT count(*) FROM variant v, json_each(v.term_ids)")
            #expect(listed == (try Int.fetchOne(db, sql: "SELECT count(*) FROM posting")))
            let wrongFrequencies = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM term t WHERE t.frequency != (SELECT count(*) FROM posting p WHERE p.term = t.id)
                """)
            #expect(wrongFrequencies == 0)
        }
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
        try Self.checkIndex(path)

        // A file imported twice, its first unit changed the second time: the rewrite must not leave the
        // first text's postings or concordance rows behind.
        _ = try store.importUnits([
            pairUnit("f1", "The same words the same words.", "Dezelfde woorden."),
            pairUnit("f2", "A third sentence with the same words.", "Een derde zin."),
        ], origin: "file.tmx")
        try Self.checkIndex(path)
        _ = try store.importUnits([
            pairUnit("f1", "Other words entirely, twice twice.", "Andere woorden."),
            pairUnit("f2", "A third sentence with the same words.", "Een derde zin."),
        ], origin: "file.tmx")
        try Self.checkIndex(path)

        // A revision removes, changes and adds units.
        var revised = Array(sentences.dropFirst())
        revised[0].en = "A changed English sentence with new words."
        revised.append((en: "An added sentence.", nl: "Een toegevoegde zin.", fr: "Une phrase ajoutée."))
        _ = try store.importArticle(id: "a", units: articleUnits("a", revised))
        try Self.checkIndex(path)

        var unit = try #require(try store.allUnits().first { $0.variant(for: "en")?.text == "A third sentence with the same words." })
        unit.variants[0] = Variant(locale: "en", content: "An updated sentence, not the same words.")
        try store.update(unit)
        #expect(try store.delete(unitID: "b:0:0"))
        try Self.checkIndex(path)

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
