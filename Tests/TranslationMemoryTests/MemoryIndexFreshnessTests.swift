import Foundation
import GRDB
import Synchronization
import TaalgrensCore
import Testing
import TranslationMemory

/// The in-memory fuzzy index is built at a store's first search and must never answer from a memory that
/// has changed since: not after this store's own imports, updates and deletions, not after another store
/// on the same file wrote (another process works the same way: the generation lives in the file), and an
/// old memory whose index was persisted (schema v6) keeps its matches once migrated.
@Suite("Store: the in-memory index follows the memory")
struct MemoryIndexFreshnessTests {
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-fresh-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// (unit id, score) of the index's matches, after checking that brute force returns the same list.
    static func matches(_ store: SQLiteStore, _ text: String, minScore: Double = 60, limit: Int = 10) throws -> [String] {
        let indexed = try store.search(query(RichText(plain: text), minScore: minScore, limit: limit))
        var brute = query(RichText(plain: text), minScore: minScore, limit: limit)
        brute.strategy = .bruteForce
        let listed = indexed.map { "\($0.unit.id) \($0.score)" }
        #expect(listed == (try store.search(brute)).map { "\($0.unit.id) \($0.score)" }, "index and brute force differ for \(text)")
        return listed
    }

    @Test("a search sees units another store instance imported, updated and deleted in the same file")
    func otherStoreWrites() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("memory.tm").path
        let reader = try SQLiteStore(path: path)
        let writer = try SQLiteStore(path: path)
        _ = try writer.importUnits(exampleSentences.enumerated().map { pairUnit("s\($0.offset)", RichText(plain: $0.element.en), RichText(plain: $0.element.nl)) },
                                   origin: "first.tmx")

        let text = "The helpline answered 4,000 calls during the campaign month."
        let before = try Self.matches(reader, text)  // builds the reader's index
        #expect(before == ["first.tmx#s3 86.9"])

        // Another store adds a closer unit: the reader's cached index is stale and must not be used.
        _ = try writer.importUnits([pairUnit("close", "The helpline answered 3,000 calls during the campaign month.", "De hulplijn.")],
                                   origin: "second.tmx")
        #expect(try Self.matches(reader, text) == ["second.tmx#close 98.0", "first.tmx#s3 86.9"])

        // An update elsewhere changes what the unit matches.
        var changed = try #require(try writer.unit(id: "second.tmx#close"))
        changed.variants[0] = Variant(locale: "en", content: "Nothing in common with the query at all.")
        try writer.update(changed)
        #expect(try Self.matches(reader, text) == ["first.tmx#s3 86.9"])
        #expect(try Self.matches(reader, "Nothing in common with the query at all.") == ["second.tmx#close 100.0"])

        // A deletion elsewhere removes the unit from the reader's results.
        #expect(try writer.delete(unitID: "first.tmx#s3"))
        #expect(try Self.matches(reader, text).isEmpty)
        // A deletion that finds nothing changes nothing (and the index stays valid).
        #expect(try !writer.delete(unitID: "no such unit"))
        #expect(try Self.matches(reader, "Nothing in common with the query at all.") == ["second.tmx#close 100.0"])
    }

    @Test("a store's own imports, updates and deletions show in its next search")
    func ownWrites() throws {
        let store = try SQLiteStore.inMemory()
        let units = exampleSentences.enumerated().map {
            articleUnit("a", block: $0.offset, position: 0, en: $0.element.en, nl: $0.element.nl, fr: $0.element.fr)
        }
        _ = try store.importArticle(id: "a", units: units)
        let first = exampleSentences[0].en
        #expect(try Self.matches(store, first).first == "a:0:0 100.0")

        // A revision that rewrites the first sentence.
        var revised = units
        revised[0].variants[0] = Variant(locale: "en", content: RichText(plain: "Safer Internet Day 2021 was celebrated in more than 200 countries and regions."))
        _ = try store.importArticle(id: "a", units: revised)
        #expect(try Self.matches(store, first).first != "a:0:0 100.0")
        #expect(try Self.matches(store, "Safer Internet Day 2021 was celebrated in more than 200 countries and regions.").first == "a:0:0 100.0")

        #expect(try store.delete(unitID: "a:0:0"))
        #expect(try Self.matches(store, "Safer Internet Day 2021 was celebrated in more than 200 countries and regions.").isEmpty)
    }

    @Test("concurrent searches of one store share its index and agree with brute force")
    func concurrentSearches() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteStore(path: folder.appendingPathComponent("memory.tm").path)
        _ = try store.importUnits(exampleSentences.enumerated().map { pairUnit("s\($0.offset)", RichText(plain: $0.element.en), RichText(plain: $0.element.nl)) },
                                  origin: "file.tmx")
        let texts = exampleSentences.map(\.en)
        let expected = try texts.map { text -> [String] in
            var brute = query(RichText(plain: text), minScore: 50, limit: 10)
            brute.strategy = .bruteForce
            return try store.search(brute).map { "\($0.unit.id) \($0.score)" }
        }
        let results = Mutex<[[String]?]>(Array(repeating: nil, count: texts.count * 4))
        DispatchQueue.concurrentPerform(iterations: texts.count * 4) { i in
            let found = try? store.search(query(RichText(plain: texts[i % texts.count]), minScore: 50, limit: 10)).map { "\($0.unit.id) \($0.score)" }
            results.withLock { $0[i] = found }
        }
        for (i, found) in results.withLock({ $0 }).enumerated() { #expect(found == expected[i % texts.count]) }
    }

    /// Writes `units` the way schema v6 stored them: occurrence-numbered terms with frequencies, postings,
    /// each variant's term ids, and concordance rows, after migrating a new file up to `v6-bulk-index`.
    static func writeV6Memory(path: String, units: [TranslationUnit], scope: String) throws {
        let queue = try DatabaseQueue(path: path)
        try SQLiteStore.migrator().migrate(queue, upTo: "v6-bulk-index")
        try queue.write { db in
            for unit in units {
                try db.execute(sql: "INSERT INTO unit (id, scope, status, content_hash, created, changed) VALUES (?, ?, ?, ?, 0, 0)",
                               arguments: [UnitScope.id(scope: scope, localID: unit.id), scope, unit.status.rawValue,
                                           try UnitWriter.contentHash(unit)])
                let pk = db.lastInsertedRowID
                for v in unit.variants {
                    let indexed = IndexedVariant(v)
                    var termIDs: [Int64] = []
                    for term in indexed.terms {
                        try db.execute(sql: "INSERT INTO term (language, key) VALUES (?, ?) ON CONFLICT DO NOTHING", arguments: [indexed.language, term])
                        termIDs.append(try #require(try Int64.fetchOne(db, sql: "SELECT id FROM term WHERE language = ? AND key = ?",
                                                                         arguments: [indexed.language, term])))
                    }
                    // A key's id is the id of its first occurrence's term, the key itself.
                    let keyIDs = indexed.keys.map { key in termIDs[indexed.terms.firstIndex(of: key)!] }
                    var blob = Data()
                    for id in keyIDs { withUnsafeBytes(of: id.littleEndian) { blob.append(contentsOf: $0) } }
                    try db.execute(sql: """
                        INSERT INTO variant (unit, locale, language, content, plain, folded, text_hash, token_count, key_ids, term_ids)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [pk, v.locale.identifier, indexed.language, try VariantCodec.encode(v.content), v.content.plainText,
                                         indexed.folded, indexed.textHash, indexed.keys.count, blob,
                                         "[" + termIDs.map(String.init).joined(separator: ",") + "]"])
                    let variant = db.lastInsertedRowID
                    for id in termIDs {
                        try db.execute(sql: "INSERT INTO posting (term, length, variant) VALUES (?, ?, ?)", arguments: [id, indexed.keys.count, variant])
                        try db.execute(sql: "UPDATE term SET frequency = frequency + 1 WHERE id = ?", arguments: [id])
                    }
                    try db.execute(sql: "INSERT INTO variant_folded (rowid, folded) VALUES (?, ?)", arguments: [variant, indexed.folded])
                }
            }
        }
    }

    @Test("a v6 memory (persisted postings) migrates to v7 and keeps its matches")
    func v6MemoryMigrates() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Repeated words, so that occurrence-numbered terms exist in the old index.
        var units = exampleSentences.enumerated().map { pairUnit("s\($0.offset)", RichText(plain: $0.element.en), RichText(plain: $0.element.nl)) }
        units.append(pairUnit("rep", "The the children and the parents of the the school.", "De kinderen."))
        let oldPath = folder.appendingPathComponent("old.tm").path
        try Self.writeV6Memory(path: oldPath, units: units, scope: "old.tmx")

        let migrated = try SQLiteStore(path: oldPath)
        #expect(migrated.migrationsAppliedAtOpen == ["v7-memory-index", "v8-variant-status", "v8-line-break-text", "v9-concordance-merge",
                                                  "v10-concordance-deferred", "v11-exact-in-memory", "v12-status-checks", "v13-placeable-keys",
                                                  "v14-sub-flow-concordance", "v17-digit-strings",
                                                  "v15-concordance-columnsize", "v16-quote-concordance", "v16-french-hour-keys", "v18-space-keys", "v19-unit-scopes", "v20-ranges-and-spacing"])
        let fresh = try SQLiteStore.inMemory()
        _ = try fresh.importUnits(units, origin: "old.tmx")
        try IndexMaintenanceTests.checkIndex(oldPath)

        let queries = exampleSentences.map(\.en) + [
            "The children and the parents of the school.",
            "The helpline answered 3,000 calls during the campaign.",
            "Young people and teachers took part in events across Europe.",
        ]
        var hits = 0
        for text in queries {
            let old = try Self.matches(migrated, text, minScore: 50)
            #expect(old == (try Self.matches(fresh, text, minScore: 50)), "the migrated memory answers \(text) differently")
            if !old.isEmpty { hits += 1 }
        }
        #expect(hits == queries.count)
        // New imports into the migrated memory are found next to the old units.
        _ = try migrated.importUnits([pairUnit("new", "The children and the parents of the school.", "De ouders.")], origin: "new.tmx")
        #expect(try Self.matches(migrated, "The children and the parents of the school.").first == "new.tmx#new 100.0")
    }
}
