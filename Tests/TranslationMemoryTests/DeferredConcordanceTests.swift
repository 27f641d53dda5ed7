import Foundation
import GRDB
import Testing
import TaalgrensCore
import Tokenization
import TranslationMemory

/// The concordance index is brought up to date apart from imports (migration `v10-concordance-deferred`):
/// a phrase search right after any kind of write finds exactly what a scan of the stored texts finds, the
/// FTS5 index holds exactly the variants at or below its high-water mark, and once brought up to date it
/// passes FTS5's own integrity check against the variant table.
@Suite("Store: the deferred concordance index")
struct DeferredConcordanceTests {
    /// A file memory in a fresh folder (removed by the caller's `defer`).
    static func fileStore() throws -> (SQLiteStore, String, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-concordance-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("memory.tm").path
        return (try SQLiteStore(path: path), path, folder)
    }

    /// The FTS5 index holds exactly the variants whose id is at or below the mark (``indexedVariants(_:)``
    /// against ``indexableVariants(_:through:)``); with `pending`, how many variants wait above it.
    static func checkMark(_ path: String, pending: Int) throws {
        let db = try DatabaseQueue(path: path)
        try db.inDatabase { db in
            let mark = try Int64.fetchOne(db, sql: "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'concordance_indexed'")
            #expect(mark != nil)
            #expect(try indexedVariants(db) == indexableVariants(db, through: mark ?? 0),
                    "the FTS5 index must hold exactly the variants at or below the mark")
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM variant WHERE id > ?", arguments: [mark ?? 0]) == pending)
        }
    }

    /// The ids of the variants the FTS5 index holds a trigram of, read from the index itself (an `fts5vocab`
    /// table of its token instances, created in the connection's `temp` schema): since migration
    /// `v15-concordance-columnsize` the index keeps no table with a row per document. A variant whose folded
    /// text has fewer than three characters has no trigram and is not listed, indexed or not.
    /// - Parameter db: a connection that may create a `temp` table (not a read-only one).
    static func indexedVariants(_ db: Database) throws -> [Int64] {
        try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.variant_folded_instances USING fts5vocab(main, variant_folded, instance)")
        return try Int64.fetchAll(db, sql: "SELECT DISTINCT doc FROM temp.variant_folded_instances ORDER BY doc")
    }

    /// The ids of the variants at or below `mark` whose folded text has a trigram (three characters or more):
    /// what ``indexedVariants(_:)`` lists when the index holds exactly the variants at or below the mark.
    static func indexableVariants(_ db: Database, through mark: Int64) throws -> [Int64] {
        try Int64.fetchAll(db, sql: "SELECT id FROM variant WHERE id <= ? AND length(folded) >= 3 ORDER BY id", arguments: [mark])
    }

    /// FTS5's integrity check of the index against the variant table (it throws when they differ).
    static func integrityCheck(_ path: String) throws {
        let db = try DatabaseQueue(path: path)
        try db.write { db in try db.execute(sql: "INSERT INTO variant_folded (variant_folded) VALUES ('integrity-check')") }
    }

    /// Every phrase's hits (unit ids, sorted) against a scan of every stored unit's folded text.
    static func checkHits(_ store: SQLiteStore, _ phrases: [String], locale: LanguageTag) throws {
        let units = try store.allUnits()
        for phrase in phrases {
            let needle = TextKey.fold(phrase)
            let expected = units.filter { u in
                u.variants.contains { $0.locale.language == locale.language && TextKey.fold($0.content.plainText).contains(needle) }
            }.map(\.id).sorted()
            let hits = try store.concordance(phrase, locale: locale, limit: 1000).map(\.unit.id).sorted()
            #expect(hits == expected, "\(phrase)")
        }
    }

    @Test("an import writes no concordance row; the next phrase search adds them all and finds them")
    func importDefersRows() throws {
        let (store, path, folder) = try Self.fileStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let counts = try store.importUnits(exampleSentences.enumerated().map { i, e in
            pairUnit("u\(i)", RichText(plain: e.en), RichText(plain: e.nl))
        }, origin: "file.tmx")
        #expect(counts.added == exampleSentences.count)
        try Self.checkMark(path, pending: 2 * exampleSentences.count)
        try Self.checkHits(store, ["safer internet", "EVENEMENTS", "helpline answered", "nowhere at all"], locale: "en")
        try Self.checkMark(path, pending: 0)
        try Self.integrityCheck(path)
        // Nothing left to add.
        #expect(try store.updateConcordanceIndex() == 0)
        _ = try store.importUnits([pairUnit("x", RichText(plain: "A brand new helpline sentence."), RichText(plain: "Een nieuwe zin."))],
                                  origin: "more.tmx")
        #expect(try store.updateConcordanceIndex() == 2)
        try Self.checkMark(path, pending: 0)
        try Self.integrityCheck(path)
    }

    @Test("deletions, updates, rewrites and merges of indexed and pending variants keep the index exact")
    func writesOfEveryKind() throws {
        let (store, path, folder) = try Self.fileStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let phrases = ["safer internet", "same words", "helpline", "sentence", "woorden", "événements", "updated"]
        _ = try store.importArticle(id: "a", units: exampleSentences.enumerated().map { i, e in
            articleUnit("a", block: i, position: 0, en: e.en, nl: e.nl, fr: e.fr)
        })
        try Self.checkHits(store, phrases, locale: "en")  // indexes article a
        // Pending variants, then a rewrite of them (a file imported again with a changed unit) and a
        // duplicate merged into an existing unit.
        _ = try store.importUnits([pairUnit("f1", RichText(plain: "The same words the same words."), RichText(plain: "Dezelfde woorden.")),
                                   pairUnit("f2", RichText(plain: "A sentence with a helpline."), RichText(plain: "Een zin."))],
                                  origin: "file.tmx")
        let again = try store.importUnits([pairUnit("f1", RichText(plain: "Other words entirely."), RichText(plain: "Andere woorden.")),
                                           pairUnit("f2", RichText(plain: "A sentence with a helpline."), RichText(plain: "Een zin."))],
                                          origin: "file.tmx")
        #expect(again.updated == 1 && again.unchanged == 1)
        let merged = try store.importUnits([pairUnit("g1", RichText(plain: "A sentence with a helpline."), RichText(plain: "Een zin."))],
                                           origin: "copy.tmx")
        #expect(merged.merged == 1)
        try Self.checkMark(path, pending: 4)
        // A pending variant deleted and one updated: the triggers leave the FTS5 index alone. copy.tmx holds f2's
        // pair (merged above), so the update leaves that row to copy.tmx and stores f2's new text as a new unit
        // (`docs/memory.md`, "Units held by several files"): two more pending variants, where it was rewritten.
        var f2 = try #require(try store.unit(id: UnitScope.id(scope: "file.tmx", localID: "f2")))
        f2.variants[0] = Variant(locale: "en", content: "An updated sentence.")
        try store.update(f2)
        #expect(try store.unit(id: UnitScope.id(scope: "copy.tmx", localID: "g1"))?.variants.first?.text == "A sentence with a helpline.")
        #expect(try store.delete(unitID: UnitScope.id(scope: "file.tmx", localID: "f1")))
        try Self.checkMark(path, pending: 4)
        try Self.checkHits(store, phrases, locale: "en")
        try Self.integrityCheck(path)
        // Indexed variants rewritten (an article revision) and deleted.
        var revised = Array(exampleSentences.dropFirst())
        revised[0].en = "A changed English sentence with the same words."
        _ = try store.importArticle(id: "a", units: revised.enumerated().map { i, e in
            articleUnit("a", block: i, position: 0, en: e.en, nl: e.nl, fr: e.fr)
        })
        #expect(try store.delete(unitID: "a:1:0"))
        try Self.checkHits(store, phrases, locale: "en")
        try Self.checkHits(store, phrases, locale: "nl-BE")
        try Self.checkMark(path, pending: 0)
        try Self.integrityCheck(path)
    }

    @Test("while another connection holds the write lock, a phrase search scans the pending variants instead of waiting")
    func busyWriterDoesNotBlockASearch() throws {
        let (store, path, folder) = try Self.fileStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try store.importUnits(exampleSentences.enumerated().map { i, e in
            pairUnit("u\(i)", RichText(plain: e.en), RichText(plain: e.nl))
        }, origin: "file.tmx")
        let other = try DatabaseQueue(path: path)
        try other.inDatabase { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            // Waiting for the lock would fail after the store's busy timeout ("database is locked").
            try Self.checkHits(store, ["safer internet", "helpline answered", "EVENEMENTS"], locale: "en")
            try db.execute(sql: "ROLLBACK")
        }
        try Self.checkMark(path, pending: 2 * exampleSentences.count)
        try Self.checkHits(store, ["safer internet"], locale: "en")
        try Self.checkMark(path, pending: 0)
    }

    @Test("a variant id handed out again below the mark enters the index at once")
    func reusedIDs() throws {
        let (store, path, folder) = try Self.fileStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try store.importUnits([pairUnit("a", RichText(plain: "The first helpline sentence."), RichText(plain: "De eerste zin.")),
                                   pairUnit("b", RichText(plain: "The last sentence of the file."), RichText(plain: "De laatste zin."))],
                                  origin: "file.tmx")
        #expect(try store.updateConcordanceIndex() == 4)
        // The unit with the largest variant ids goes; SQLite gives the next variants those ids again.
        #expect(try store.delete(unitID: UnitScope.id(scope: "file.tmx", localID: "b")))
        _ = try store.importUnits([pairUnit("c", RichText(plain: "A replacement with other words."), RichText(plain: "Een vervanging."))],
                                  origin: "other.tmx")
        try Self.checkMark(path, pending: 0)
        try Self.integrityCheck(path)
        #expect(try store.concordance("replacement with", locale: "en", limit: 10).map(\.unit.id) == [UnitScope.id(scope: "other.tmx", localID: "c")])
        #expect(try store.concordance("last sentence", locale: "en", limit: 10).isEmpty)
    }
}
