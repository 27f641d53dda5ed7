import Foundation
import GRDB
import Testing
import TaalgrensCore
import TranslationMemory

/// Term ids are interned per store (`UnitWriter`, "interned term ids"): a writer that knows every stored
/// key numbers new keys itself, one that does not asks SQLite per key. Two stores on one file (two
/// processes) alternate imports that take each path; every variant's key ids must still name its own keys,
/// and the fuzzy index must find the same matches as a brute-force scan.
@Suite("Store: interned term ids")
struct TermInterningTests {
    /// Every variant's `key_ids` name, in order, the terms of its keys (`IndexedVariant.keys`), in its language.
    static func checkKeyIDs(_ path: String, _ units: [TranslationUnit]) throws {
        let db = try DatabaseQueue(path: path)
        try db.read { db in
            var term: [Int64: (String, String)] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, language, key FROM term") { term[row["id"]] = (row["language"], row["key"]) }
            #expect(Set(term.values.map { "\($0.0)\u{1}\($0.1)" }).count == term.count, "one id per (language, key)")
            for u in units {
                for v in u.variants {
                    let blob = try Data.fetchOne(db, sql: """
                        SELECT v.key_ids FROM variant v JOIN unit u ON u.pk = v.unit WHERE u.id = ? AND v.locale = ?
                        """, arguments: [u.id, v.locale.identifier]) ?? Data()
                    let ids = (0..<blob.count / 8).map { i in
                        blob.withUnsafeBytes { Int64(littleEndian: $0.loadUnaligned(fromByteOffset: i * 8, as: Int64.self)) }
                    }
                    let indexed = IndexedVariant(v)
                    #expect(ids.map { term[$0]?.1 } == indexed.keys.map(Optional.some), "\(u.id) \(v.locale)")
                    #expect(ids.allSatisfy { term[$0]?.0 == indexed.language }, "\(u.id) \(v.locale)")
                }
            }
        }
    }

    static func unit(_ id: String, _ en: String, _ nl: String) -> TranslationUnit {
        pairUnit(id, RichText(plain: en), RichText(plain: nl))
    }

    @Test("two stores on one file, each numbering new keys or looking them up, agree on every key's id")
    func alternatingStores() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-terms-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("memory.tm").path
        let a = try SQLiteStore(path: path), b = try SQLiteStore(path: path)
        var all: [TranslationUnit] = []
        func load(_ store: SQLiteStore, _ units: [TranslationUnit], _ origin: String) throws {
            let counts = try store.importUnits(units, origin: origin)
            #expect(counts.added == units.count)
            all += try units.map { try #require(try store.unit(id: UnitScope.id(scope: origin, localID: $0.id))) }
        }
        // a numbers every key of an empty file itself.
        try load(a, [Self.unit("1", "The harbour opens today.", "De haven gaat vandaag open.")], "a1.tmx")
        // b, a store that has learnt nothing, reads a's few rows and numbers its new keys after them.
        try load(b, [Self.unit("1", "Zebras cross the harbour bridge.", "Zebra's steken de havenbrug over.")], "b1.tmx")
        // a reads b's rows above its mark (a handful for one unit) and reuses "zebras" and "cross".
        try load(a, [Self.unit("2", "Zebras cross rivers.", "Zebra's steken rivieren over.")], "a2.tmx")
        // b writes far more new keys than one unit of a's may read: a looks its keys up one by one.
        let many = (1...40).map { "word\($0)" }.joined(separator: " ")
        try load(b, [Self.unit("2", many + ".", "Woorden " + many + ".")], "b2.tmx")
        try load(a, [Self.unit("3", "word7 word8 and a giraffe.", "word7 word8 en een giraf.")], "a3.tmx")
        // A batch large enough again: a reads the rows above its mark, some of which it has learnt.
        try load(a, (4...12).map { Self.unit("\($0)", "Giraffe \($0) sees word\($0) and a lion.", "Giraf \($0) ziet word\($0) en een leeuw.") }, "a4.tmx")
        try load(b, [Self.unit("3", "The lion sees word9 near the harbour.", "De leeuw ziet word9 bij de haven.")], "b3.tmx")
        try Self.checkKeyIDs(path, all)

        // The fuzzy index of a fresh store finds what a brute-force scan finds, for texts of every import.
        let c = try SQLiteStore(path: path)
        for text in ["Zebras cross the harbour.", "word7 word8 and a lion.", "Giraffe 5 sees word5 and a lion.", "The harbour opens today."] {
            var query = MatchQuery(text: RichText(plain: text), source: "en", target: "nl-BE", minScore: 50, limit: 20)
            let indexed = try c.search(query)
            query.strategy = .bruteForce
            let brute = try c.search(query)
            #expect(!indexed.isEmpty, "\(text)")
            #expect(indexed.map { "\($0.unit.id) \($0.score)" } == brute.map { "\($0.unit.id) \($0.score)" }, "\(text)")
        }
    }
}
