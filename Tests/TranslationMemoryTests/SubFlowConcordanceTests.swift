import Foundation
import GRDB
import Testing
import TaalgrensCore
import Tokenization
import TranslationMemory

/// Sub-flow texts (a TMX `<sub>` inside an inline code: a footnote, an image's `alt`) are in the concordance
/// column and nowhere else (`docs/interchange.md`, "TMX `<sub>` and search"), and migration
/// `v14-sub-flow-concordance` brings them into memories written before.
@Suite("Concordance: sub-flow texts")
struct SubFlowConcordanceTests {
    /// A variant whose image code carries an `alt` text in `<sub>`, as `TMXReader` reads it.
    static func imageVariant(_ locale: LanguageTag, _ before: String, alt: String, _ after: String) -> Variant {
        let inner = "&lt;img src=\"map.png\" alt=\"<sub>" + MarkupEscaping.text(alt) + "</sub>\"/&gt;"
        let code = InlineCode(id: "7", kind: .standalone, type: .image,
                              attributes: ["markup": "<img src=\"map.png\" alt=\"" + alt + "\"/>", InlineCode.tmxInnerAttribute: inner])
        return Variant(locale: locale, content: RichText([.text(before), .code(code), .text(after)]))
    }

    static func unit(_ id: String, alt: String, nlAlt: String) -> TranslationUnit {
        TranslationUnit(id: id, variants: [imageVariant("en", "See ", alt: alt, " for the route."),
                                           imageVariant("nl-BE", "Zie ", alt: nlAlt, " voor de route.")])
    }

    @Test("the concordance column holds the sub-flow text after a separator; keys and hash do not")
    func indexedVariantKeepsSubFlowsApart() throws {
        let v = Self.imageVariant("en", "See ", alt: "Map of Ghent & Bruges", " for the route.")
        let indexed = IndexedVariant(v)
        #expect(indexed.folded == "see  for the route.\u{1F}map of ghent & bruges")
        let plain = IndexedVariant(Variant(locale: "en", content: RichText(plain: "See  for the route.")))
        #expect(indexed.keys == plain.keys && indexed.textHash == plain.textHash)
    }

    @Test("v14-sub-flow-concordance rewrites the concordance text of older rows, indexed or pending")
    func olderMemoryMigrates() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("taalgrens-subflow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("memory.tm").path
        do {
            let store = try SQLiteStore(path: path)
            _ = try store.importUnits([Self.unit("indexed", alt: "Cycling map of the Scheldt quays", nlAlt: "Fietskaart van de Scheldekaaien"),
                                       pairUnit("plain", RichText(plain: "The quays are closed on Sunday."), RichText(plain: "De kaaien zijn zondag dicht."))],
                                      origin: "maps.tmx")
            #expect(try store.updateConcordanceIndex() == 4)
            _ = try store.importUnits([Self.unit("pending", alt: "Walking map of the Scheldt quays", nlAlt: "Wandelkaart van de Scheldekaaien")], origin: "maps.tmx")
        }
        // The rows as a build before this change wrote them: the fold of the plain text alone.
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            for row in try Row.fetchAll(db, sql: "SELECT id, plain FROM variant") {
                try db.execute(sql: "UPDATE variant SET folded = ? WHERE id = ?", arguments: [TextKey.fold(row["plain"]), row["id"] as Int64])
            }
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v14-sub-flow-concordance'")
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM variant_folded WHERE variant_folded MATCH '\"scheldt quays\"'") == 0)
        }
        try queue.close()

        #expect(try SQLiteStore.pendingMigrations(path: path) == ["v14-sub-flow-concordance"])
        let store = try SQLiteStore(path: path)
        #expect(store.migrationsAppliedAtOpen == ["v14-sub-flow-concordance"])
        let hits = try store.concordance("scheldt quays", locale: "en", limit: 5)
        #expect(Set(hits.map(\.unit.id)) == ["maps.tmx#indexed", "maps.tmx#pending"])
        #expect(hits.allSatisfy { $0.ranges.isEmpty && $0.subFlowHits.first?.ranges == [19..<32] })
        #expect(try store.concordance("scheldekaaien", locale: "nl-BE", limit: 5).count == 2)
        #expect(try store.concordance("quays are", locale: "en", limit: 5).map(\.unit.id) == ["maps.tmx#plain"])
        let check = try DatabaseQueue(path: path)
        try check.write { db in
            try db.execute(sql: "INSERT INTO variant_folded (variant_folded) VALUES ('integrity-check')")
            let folded = try String.fetchAll(db, sql: "SELECT folded FROM variant ORDER BY id")
            #expect(folded.filter { $0.contains("\u{1F}") }.count == 4)
        }
        try check.close()
    }
}
