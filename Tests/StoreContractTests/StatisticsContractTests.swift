import Foundation
import Testing
import TaalgrensCore
import TranslationMemory

@Suite("Store contract: statistics count articles and interchange scopes apart")
struct StatisticsContractTests {
    /// `tm stats` said "N units from K articles" for units that came from TMX files too: each store now
    /// counts the units of articles and of interchange scopes (UnitScope) apart.
    @Test(arguments: StoreKind.allCases)
    func articlesAndScopes(_ kind: StoreKind) throws {
        guard let sut = try StoreUnderTest.make(kind, tag: "stats") else { return }
        let store = sut.store
        let empty = try store.statistics()
        let counts: [Int] = [empty.units, empty.articles, empty.articleUnits, empty.interchangeScopes, empty.interchangeUnits]
        #expect(counts == [0, 0, 0, 0, 0])

        #expect(try store.importArticle(id: "sid-2020", units: exampleUnits()) == ImportCounts(added: 4))
        func pair(_ id: String, _ en: String, _ nl: String) -> TranslationUnit {
            TranslationUnit(id: id, variants: [Variant(locale: "en", content: RichText(plain: en)), Variant(locale: "nl-BE", content: RichText(plain: nl))])
        }
        #expect(try store.importUnits([pair("1", "Free entrance.", "Gratis toegang."), pair("2", "Closed on Monday.", "Gesloten op maandag.")],
                                      origin: "tmx:culture.tmx") == ImportCounts(added: 2))
        #expect(try store.importUnits([pair("u1:s1", "The match starts at eight.", "De wedstrijd begint om acht uur.")],
                                      origin: UnitScope.xliff(document: "sport/en.md", target: "nl-BE")) == ImportCounts(added: 1))
        // A renamed copy adds no unit (its units merge as duplicates), but it holds them: it is an interchange file
        // of its own, which `tm remove` can name (eighteenth trial, finding 12; before, it was not counted).
        #expect(try store.importUnits([pair("1", "Free entrance.", "Gratis toegang.")], origin: "tmx:culture-copy.tmx") == ImportCounts(merged: 1))

        let stats = try store.statistics()
        #expect(stats.units == 7)
        #expect(stats.articles == 1)
        #expect(stats.articleUnits == 4)
        #expect(stats.interchangeScopes == 3)
        #expect(stats.interchangeUnits == 3)
    }
}
