import Foundation
import Testing
import TaalgrensCore
import TranslationMemory

@Suite("Concordance")
struct ConcordanceTests {
    func store() throws -> SQLiteStore {
        let s = try SQLiteStore.inMemory()
        _ = try s.importArticle(id: "a", units: exampleSentences.enumerated().map { i, e in
            articleUnit("a", block: i, position: 0, en: e.en, nl: e.nl, fr: e.fr)
        })
        return s
    }

    @Test func caseAndAccentsDoNotMatter() throws {
        let s = try store()
        let hits = try s.concordance("EVENEMENTS", locale: "fr-BE", limit: 10)
        #expect(hits.count == 1)
        let hit = try #require(hits.first)
        let text = hit.variant.text
        let u = Array(text.utf16)
        #expect(hit.ranges.map { String(decoding: u[$0], as: UTF16.self) } == ["événements"])
        #expect(hit.unit.variant(for: "en")?.text == exampleSentences[2].en)
        // Folded both ways: an accented phrase finds unaccented text too.
        #expect(try s.concordance("célébré", locale: "fr", limit: 10).count == 1)
        #expect(try s.concordance("celebre", locale: "fr", limit: 10).count == 1)
    }

    @Test func phraseHitsCarryEveryOffset() throws {
        let s = try store()
        let hits = try s.concordance("safer internet", locale: "en", limit: 10)
        #expect(hits.count == 2)
        for hit in hits {
            let u = Array(hit.variant.text.utf16)
            #expect(hit.ranges.allSatisfy { String(decoding: u[$0], as: UTF16.self) == "Safer Internet" })
        }
        // Short phrases (under three characters) scan the folded column.
        let short = try s.concordance("d'", locale: "fr-BE", limit: 10)
        #expect(short.count == 3)
        #expect(try s.concordance("d’", locale: "fr-BE", limit: 10).count == 3)
        #expect(try s.concordance("internet", locale: "en", limit: 1).count == 1)
        #expect(try s.concordance("nowhere to be found", locale: "en", limit: 10).isEmpty)
        // Dutch variants only for nl.
        #expect(try s.concordance("Safer Internet Centre", locale: "nl", limit: 10).map { $0.variant.locale } == ["nl-BE"])
    }
}
