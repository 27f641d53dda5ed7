import Foundation
import GRDB
import Testing
import TaalgrensCore
import TranslationMemory

/// Memories written by schema v7 (one status per unit; before 29 November 2026, line breaks read as
/// nothing) open under the current schema with their data carried over (`v8-variant-status`) and their
/// line-break variants re-derived (`v8-line-break-text`).
@Suite("Store: memories of schema v7 migrate")
struct OldMemoryMigrationTests {
    /// Writes `units` the way schema v7 stored them (rows, key ids, concordance rows), after migrating a new
    /// file up to `v7-memory-index`. `plain` gives the plain text a variant was stored with.
    static func writeV7Memory(path: String, units: [TranslationUnit], scope: String,
                              plain: (Variant) -> String = { $0.content.plainText },
                              starts: (Variant) -> [Int] = { $0.sentenceStarts }) throws {
        let queue = try DatabaseQueue(path: path)
        try SQLiteStore.migrator().migrate(queue, upTo: "v7-memory-index")
        try queue.write { db in
            for unit in units {
                try db.execute(sql: "INSERT INTO unit (id, scope, status, content_hash, created, changed) VALUES (?, ?, ?, ?, 0, 0)",
                               arguments: [UnitScope.id(scope: scope, localID: unit.id), scope, unit.status.rawValue,
                                           try UnitWriter.contentHash(unit)])
                let pk = db.lastInsertedRowID
                for v in unit.variants {
                    let text = plain(v)
                    let indexed = IndexedVariant(Variant(locale: v.locale, content: RichText(plain: text)))
                    var keyIDs = Data()
                    for key in indexed.keys {
                        try db.execute(sql: "INSERT INTO term (language, key) VALUES (?, ?) ON CONFLICT DO NOTHING", arguments: [indexed.language, key])
                        let id = try #require(try Int64.fetchOne(db, sql: "SELECT id FROM term WHERE language = ? AND key = ?",
                                                                 arguments: [indexed.language, key]))
                        withUnsafeBytes(of: id.littleEndian) { keyIDs.append(contentsOf: $0) }
                    }
                    try db.execute(sql: """
                        INSERT INTO variant (unit, locale, language, content, plain, folded, sentence_starts, text_hash, token_count, key_ids)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [pk, v.locale.identifier, indexed.language, try VariantCodec.encode(v.content), text, indexed.folded,
                                         try VariantCodec.encode(starts(v)), indexed.textHash, indexed.keys.count, keyIDs])
                    try db.execute(sql: "INSERT INTO variant_folded (rowid, folded) VALUES (?, ?)", arguments: [db.lastInsertedRowID, indexed.folded])
                }
            }
        }
    }

    static func temporaryPath() throws -> (folder: URL, path: String) {
        let folder = try MemoryIndexFreshnessTests.temporaryFolder()
        return (folder, folder.appendingPathComponent("old.tm").path)
    }

    static func triple(_ id: String, _ en: String, _ nl: String, _ fr: String, _ status: UnitStatus) -> TranslationUnit {
        TranslationUnit(id: id, variants: [Variant(locale: "en", content: RichText(plain: en)), Variant(locale: "nl-BE", content: RichText(plain: nl)),
                                           Variant(locale: "fr-BE", content: RichText(plain: fr))], status: status)
    }

    @Test("v8: every variant takes its unit's status; a later sign-off marks one locale")
    func unitStatusIsCopiedIntoVariants() throws {
        let (folder, path) = try Self.temporaryPath()
        defer { try? FileManager.default.removeItem(at: folder) }
        let units = [
            Self.triple("r", "The school opens at eight.", "De school gaat open om acht uur.", "L'école ouvre à huit heures.", .reviewed),
            Self.triple("n", "The pool closes at six.", "Het zwembad sluit om zes uur.", "La piscine ferme à six heures.", .needsReview),
            Self.triple("a", "The park is open all day.", "Het park is de hele dag open.", "Le parc est ouvert toute la journée.", .aligned),
        ]
        try Self.writeV7Memory(path: path, units: units, scope: "old.tmx")

        let store = try SQLiteStore(path: path)
        #expect(store.migrationsAppliedAtOpen.first == "v8-variant-status")
        // Every variant row holds its unit's status.
        let rows = try DatabaseQueue(path: path).read { db in
            try Row.fetchAll(db, sql: "SELECT u.id, v.locale, v.status FROM variant v JOIN unit u ON u.pk = v.unit ORDER BY u.id, v.locale")
                .map { "\($0[0] as String) \($0[1] as String) \($0[2] as String)" }
        }
        #expect(rows == ["old.tmx#a en aligned", "old.tmx#a fr-BE aligned", "old.tmx#a nl-BE aligned",
                         "old.tmx#n en needsReview", "old.tmx#n fr-BE needsReview", "old.tmx#n nl-BE needsReview",
                         "old.tmx#r en reviewed", "old.tmx#r fr-BE reviewed", "old.tmx#r nl-BE reviewed"])
        // Read back, the units are what was written: no variant differs from its unit.
        for unit in units {
            let stored = try #require(try store.unit(id: "old.tmx#" + unit.id))
            #expect(stored.status == unit.status)
            #expect(stored.variants == unit.variants)
            #expect(stored.status(for: "fr-BE") == unit.status)
        }
        #expect(try store.statistics().variantsPerStatus["fr-BE"] == [.reviewed: 1, .needsReview: 1, .aligned: 1])
        #expect(try store.search(query("The pool closes at six.", to: "fr-BE")).map(\.kind) == [.fuzzy])
        #expect(try store.search(query("The park is open all day.", to: "fr-BE")).map(\.kind) == [.exact])

        // A translator signs off the fr-BE target of the aligned unit: only fr-BE changes.
        var french = try #require(try store.unit(id: "old.tmx#a"))
        french.variants[1].status = .reviewed
        try store.update(french)
        let signed = try #require(try store.unit(id: "old.tmx#a"))
        #expect(signed.status(for: "fr-BE") == .reviewed && signed.status(for: "nl-BE") == .aligned && signed.status == .aligned)
        #expect(try store.allUnits(filter: UnitFilter(statuses: [.reviewed], statusLocale: "nl-BE")).map(\.id) == ["old.tmx#r"])
        #expect(try store.allUnits(filter: UnitFilter(statuses: [.reviewed], statusLocale: "fr-BE")).map(\.id) == ["old.tmx#a", "old.tmx#r"])  // interchange units by id (`tm export` order)
    }

    /// Units whose variants hold line breaks, with sentence starts in the current reading, and one without.
    static func lineBreakUnits() -> [TranslationUnit] {
        func broken(_ parts: String...) -> RichText {
            var elements: [InlineElement] = []
            for (i, part) in parts.enumerated() {
                if i > 0 { elements.append(.code(InlineCode(id: "br\(i)", kind: .standalone, type: .lineBreak))) }
                elements.append(.text(part))
            }
            return RichText(elements)
        }
        return [
            TranslationUnit(id: "lb", variants: [Variant(locale: "en", content: broken("Line one", "line two.")),
                                                 Variant(locale: "nl-BE", content: broken("Regel een", "regel twee."))]),
            TranslationUnit(id: "two", variants: [
                Variant(locale: "en", content: broken("First sentence here.", "Second sentence follows."), sentenceStarts: [21]),
                Variant(locale: "nl-BE", content: broken("Eerste zin hier.", "Tweede zin volgt."), sentenceStarts: [17])]),
            TranslationUnit(id: "plain", variants: [Variant(locale: "en", content: "The helpline is open."),
                                                    Variant(locale: "nl-BE", content: "De hulplijn is open.")]),
        ]
    }

    /// Per variant (unit id, locale order): the columns derived from its plain text, with the key ids as keys.
    static func derivedColumns(_ path: String) throws -> [String] {
        try DatabaseQueue(path: path).read { db in
            let keys = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, key FROM term").map { ($0[0] as Int64, $0[1] as String) })
            return try Row.fetchAll(db, sql: """
                SELECT u.id, v.locale, v.plain, v.folded, v.text_hash, v.token_count, v.sentence_starts, v.key_ids
                FROM variant v JOIN unit u ON u.pk = v.unit ORDER BY u.id, v.locale
                """).map { row in
                let blob: Data = row[7]
                let ids = stride(from: 0, to: blob.count, by: 8).map { i in blob[i..<(i + 8)].enumerated().reduce(Int64(0)) { $0 | Int64($1.element) << (8 * $1.offset) } }
                let k = ids.map { keys[$0] ?? "?" }.joined(separator: " ")
                return "\(row[0] as String) \(row[1] as String) | \(row[2] as String) | \(row[3] as String) | \(row[4] as Int64) | \(row[5] as Int) | \(row[6] as String) | \(k)"
            }
        }
    }

    @Test("v8: variants stored with the old reading of a line break are found by exact lookup, fuzzy search and concordance")
    func lineBreakVariantsAreRederived() throws {
        let (folder, path) = try Self.temporaryPath()
        defer { try? FileManager.default.removeItem(at: folder) }
        let units = Self.lineBreakUnits()
        // The old reading: the text runs only ("Line oneline two."), sentence starts counted in it.
        try Self.writeV7Memory(path: path, units: units, scope: "old.tmx", plain: { LineBreakRederivation.oldReading($0.content) },
                               starts: { $0.sentenceStarts.map { $0 - 1 } })
        #expect(try Self.derivedColumns(path).first?.contains("| Line oneline two. |") == true)

        let store = try SQLiteStore(path: path)
        #expect(Array(store.migrationsAppliedAtOpen.prefix(2)) == ["v8-variant-status", "v8-line-break-text"])
        // The same columns as a memory that imported the units today.
        let freshPath = folder.appendingPathComponent("fresh.tm").path
        _ = try SQLiteStore(path: freshPath).importUnits(units, origin: "old.tmx")
        #expect(try Self.derivedColumns(path) == (try Self.derivedColumns(freshPath)))
        for unit in units { #expect(try store.unit(id: "old.tmx#" + unit.id)?.variants == unit.variants) }

        // Exact: the stored content, line break and all (a query without the break differs by a code).
        for unit in units {
            let en = try #require(unit.variant(for: "en"))
            #expect(try store.exactMatches(query(en.content)).map { "\($0.unit.id) \($0.score)" } == ["old.tmx#\(unit.id) 100.0"])
        }
        #expect(try store.search(query("Line one line two.")).map { "\($0.unit.id) \($0.score)" } == ["old.tmx#lb 99.0"])
        // Fuzzy: index and brute force agree (checked by `matches`), with the current keys.
        #expect(try MemoryIndexFreshnessTests.matches(store, "Line one line three.").first == "old.tmx#lb 74.0")
        let hits = try store.concordance("one line", locale: "en", limit: 10)
        #expect(hits.map(\.unit.id) == ["old.tmx#lb"] && hits.map(\.ranges) == [[5..<13]])
        // The concordance index holds the new folded text only.
        let indexed = try DatabaseQueue(path: path).read { db in
            try ["\"oneline\"", "\"one line\"", "\"here.second\"", "\"here. second\""].map {
                try Int.fetchOne(db, sql: "SELECT count(*) FROM variant_folded WHERE variant_folded MATCH ?", arguments: [$0]) ?? -1
            }
        }
        #expect(indexed == [0, 1, 0, 1])
    }
}
