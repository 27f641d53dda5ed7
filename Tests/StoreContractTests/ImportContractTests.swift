import Foundation
import Testing
import TaalgrensCore
import TranslationMemory

/// A three-language article unit at (block, position).
func articleUnit(_ article: String, _ block: Int, _ position: Int, _ en: String, _ nl: String, _ fr: String,
                 status: UnitStatus = .aligned) -> TranslationUnit {
    TranslationUnit(id: "\(article):\(block):\(position)",
                    variants: [Variant(locale: "en", content: RichText(plain: en)), Variant(locale: "nl-BE", content: RichText(plain: nl)),
                               Variant(locale: "fr-BE", content: RichText(plain: fr))],
                    origin: Origin(article: article, block: block, position: position), status: status)
}

/// The example article, written for these tests.
let exampleArticle: [(String, String, String)] = [
    ("Safer Internet Day 2020 was celebrated in more than 170 countries.",
     "Safer Internet Day 2020 werd in meer dan 170 landen gevierd.",
     "Le Safer Internet Day 2020 a été célébré dans plus de 170 pays."),
    ("The helpline answered 3,000 calls during the campaign week.",
     "De hulplijn beantwoordde 3.000 oproepen tijdens de campagneweek.",
     "La ligne d'assistance a répondu à 3 000 appels pendant la semaine de campagne."),
    ("Young people, parents and teachers took part in hundreds of events.",
     "Jongeren, ouders en leerkrachten namen deel aan honderden activiteiten.",
     "Des jeunes, des parents et des enseignants ont participé à des centaines d'événements."),
    ("More information is available on the website of the Safer Internet Centre.",
     "Meer informatie vindt u op de website van het Safer Internet Centre.",
     "Plus d'informations sont disponibles sur le site du Safer Internet Centre."),
]

func exampleUnits(_ article: String = "sid-2020", _ sentences: [(String, String, String)] = exampleArticle) -> [TranslationUnit] {
    sentences.enumerated().map { i, s in articleUnit(article, i / 2, i % 2, s.0, s.1, s.2) }
}

@Suite("Store contract: import, update, delete, statistics, concordance, export")
struct ImportContractTests {
    @Test(arguments: StoreKind.allCases)
    func articleImportIsIdempotentAndCountsRevisions(_ kind: StoreKind) throws {
        guard let sut = try StoreUnderTest.make(kind, tag: "import") else { return }
        let store = sut.store
        #expect(try store.importArticle(id: "sid-2020", units: exampleUnits()) == ImportCounts(added: 4))
        let first = try store.allUnits().map(UnitContent.init)
        #expect(try store.importArticle(id: "sid-2020", units: exampleUnits()) == ImportCounts(unchanged: 4))
        #expect(try store.allUnits().map(UnitContent.init) == first)

        // A revision: the second sentence is edited in place and the last one removed.
        var revised = exampleArticle
        revised[1].0 = "The helpline answered 4,000 calls during the campaign week."
        revised.removeLast()
        #expect(try store.importArticle(id: "sid-2020", units: exampleUnits("sid-2020", revised))
                == ImportCounts(updated: 1, unchanged: 2, removed: 1))
        // Another: a sentence is inserted first, so all the others move to a new position (and id).
        revised.insert(("A new opening sentence.", "Een nieuwe openingszin.", "Une nouvelle phrase d'ouverture."), at: 0)
        #expect(try store.importArticle(id: "sid-2020", units: exampleUnits("sid-2020", revised)) == ImportCounts(added: 1, moved: 3))
        #expect(try store.importArticle(id: "sid-2020", units: exampleUnits("sid-2020", revised)) == ImportCounts(unchanged: 4))
        #expect(try store.statistics().units == 4)
        #expect(try store.unit(id: "sid-2020:0:0")?.variant(for: "en")?.text == "A new opening sentence.")
        #expect(try store.unit(id: "sid-2020:1:0")?.variant(for: "en")?.text == "The helpline answered 4,000 calls during the campaign week.")

        // A unit id of another article is a conflict, and the failed import changes nothing.
        let before = try store.allUnits().map(UnitContent.init)
        #expect(throws: TMError.self) { try store.importArticle(id: "other", units: [articleUnit("other", 0, 0, "x", "y", "z")].map {
            var u = $0; u.id = "sid-2020:0:0"; return u
        }) }
        #expect(try store.allUnits().map(UnitContent.init) == before)
        #expect(try store.statistics().articles == 1)
    }

    @Test(arguments: StoreKind.allCases)
    func interchangeImportMergesDuplicates(_ kind: StoreKind) throws {
        guard let sut = try StoreUnderTest.make(kind, tag: "tmx") else { return }
        let store = sut.store
        let a = TranslationUnit(id: "tu-1", variants: [Variant(locale: "en", content: "Free entrance."), Variant(locale: "nl-BE", content: "Gratis toegang.")],
                                properties: ["x-domain": "culture"], notes: ["first"])
        var duplicate = a
        duplicate.id = "tu-2"
        duplicate.properties = ["x-client": "city"]
        duplicate.notes = ["second"]
        var changed = a
        changed.variants[1].content = "Toegang is gratis."
        #expect(try store.importUnits([a, duplicate], origin: "one.tmx") == ImportCounts(added: 1, merged: 1))
        #expect(try store.importUnits([a], origin: "one.tmx") == ImportCounts(unchanged: 1))
        #expect(try store.importUnits([changed], origin: "two.tmx") == ImportCounts(updated: 1))
        let stored = try #require(try store.unit(id: "tu-1"))
        #expect(stored.properties == ["x-domain": "culture", "x-client": "city"])
        #expect(stored.notes == ["first", "second"])
        #expect(stored.origin == Origin(article: "two.tmx"), "the last file that changed the unit is its origin")
        #expect(stored.variant(for: "nl-BE")?.text == "Toegang is gratis.")
        #expect(try store.unit(id: "tu-2") == nil)
        #expect(throws: TMError.self) { try store.importUnits([TranslationUnit(id: "empty", variants: [])], origin: "bad.tmx") }
    }

    @Test(arguments: StoreKind.allCases)
    func updateDeleteAndLookupAgree(_ kind: StoreKind) throws {
        guard let sut = try StoreUnderTest.make(kind, tag: "delete") else { return }
        let store = sut.store
        _ = try store.importArticle(id: "sid-2020", units: exampleUnits())
        let query = MatchQuery(text: "The helpline answered 3,000 calls during the campaign week.", source: "en", target: "fr-BE")
        #expect(try store.exactMatches(query).map(\.unit.id) == ["sid-2020:0:1"])

        var unit = try #require(try store.unit(id: "sid-2020:0:1"))
        unit.variants = [Variant(locale: "en", content: "The helpline answered 5,000 calls during the campaign week."),
                         Variant(locale: "fr-BE", content: "La ligne d'assistance a répondu à 5 000 appels pendant la semaine de campagne.")]
        unit.status = .reviewed
        try store.update(unit)
        #expect(try store.exactMatches(query).isEmpty)
        let fuzzy = try store.search(query)
        #expect(fuzzy.map(\.unit.id) == ["sid-2020:0:1"])
        #expect(fuzzy.first?.score == 98)
        // The query's 3,000 written the fr-BE way (CLDR: a narrow no-break space groups thousands).
        #expect(fuzzy.first?.adaptedTarget?.plainText == "La ligne d'assistance a répondu à 3\u{202F}000 appels pendant la semaine de campagne.")
        #expect(throws: TMError.notFound("nope")) { try store.update(TranslationUnit(id: "nope", variants: unit.variants)) }

        #expect(try store.delete(unitID: "sid-2020:0:1"))
        #expect(try !store.delete(unitID: "sid-2020:0:1"))
        #expect(try store.unit(id: "sid-2020:0:1") == nil)
        #expect(try store.search(query).isEmpty)
        #expect(try store.concordance("helpline", locale: "en", limit: 10).isEmpty)
        #expect(try store.statistics().units == 3)
    }

    @Test(arguments: StoreKind.allCases)
    func statisticsConcordanceAndExport(_ kind: StoreKind) throws {
        guard let sut = try StoreUnderTest.make(kind, tag: "stats") else { return }
        let store = sut.store
        _ = try store.importArticle(id: "sid-2020", units: exampleUnits())
        _ = try store.importUnits([
            TranslationUnit(id: "tu-1", variants: [Variant(locale: "en", content: "The CAFÉ is open."), Variant(locale: "nl-BE", content: "Het café is open.")],
                            status: .reviewed, changed: Date(timeIntervalSince1970: 1_700_000_000)),
        ], origin: "cafe.tmx")
        let stats = try store.statistics()
        #expect(stats.units == 5)
        #expect(stats.articles == 1)
        #expect(stats.variantsPerLocale == ["en": 5, "nl-BE": 5, "fr-BE": 4])
        #expect(stats.unitsPerPair == [MemoryStatistics.LocalePair("en", "nl-BE"): 5, MemoryStatistics.LocalePair("en", "fr-BE"): 4,
                                       MemoryStatistics.LocalePair("fr-BE", "nl-BE"): 4])
        #expect(stats.unitsPerStatus == [.aligned: 4, .reviewed: 1])

        // Case- and accent-insensitive, also inside a word; reviewed first; ranges are UTF-16 offsets.
        let hits = try store.concordance("cafe", locale: "en-GB", limit: 10)
        #expect(hits.map(\.unit.id) == ["tu-1"])
        #expect(hits.first?.ranges == [4..<8])
        #expect(try store.concordance("INTERNET", locale: "en", limit: 10).map(\.unit.id) == ["sid-2020:0:0", "sid-2020:1:1"])
        #expect(try store.concordance("internet", locale: "en", limit: 1).count == 1)
        #expect(try store.concordance("événements", locale: "fr", limit: 10).map(\.unit.id) == ["sid-2020:1:0"])
        #expect(try store.concordance("  ", locale: "en", limit: 10).isEmpty)
        #expect(try store.concordance("50%_", locale: "en", limit: 10).isEmpty)

        // Export enumeration with filters, in storage order.
        #expect(try store.allUnits().map(\.id) == ["sid-2020:0:0", "sid-2020:0:1", "sid-2020:1:0", "sid-2020:1:1", "tu-1"])
        #expect(try store.allUnits(filter: UnitFilter(article: "cafe.tmx")).map(\.id) == ["tu-1"])
        #expect(try store.allUnits(filter: UnitFilter(locales: ["fr"])).count == 4)
        #expect(try store.allUnits(filter: UnitFilter(statuses: [.reviewed])).map(\.id) == ["tu-1"])
        #expect(try store.allUnits(filter: UnitFilter(since: Date(timeIntervalSince1970: 1_699_999_999))).map(\.id).contains("tu-1"))
        var seen = 0
        struct Stop: Error {}
        #expect(throws: Stop.self) { try store.forEachUnit(filter: UnitFilter()) { _ in seen += 1; if seen == 2 { throw Stop() } } }
        #expect(seen == 2)
    }

    /// The memory's uuid is created once and read back by every later connection.
    @Test(arguments: StoreKind.shared)
    func memoryIDIsStable(_ kind: StoreKind) throws {
        guard let sut = try StoreUnderTest.make(kind, tag: "uuid") else { return }
        let id = try sut.store.memoryID()
        #expect(try sut.reopen().memoryID() == id)
        #expect(try StoreUnderTest.make(.sqliteMemory)!.store.memoryID() != id)
    }
}
