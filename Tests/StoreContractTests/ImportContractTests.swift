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
        #expect(try store.importUnits([a, duplicate], origin: "tmx:one.tmx") == ImportCounts(added: 1, merged: 1))
        #expect(try store.importUnits([a], origin: "tmx:one.tmx") == ImportCounts(unchanged: 1))
        // A revised export of the same file updates its unit.
        #expect(try store.importUnits([changed], origin: "tmx:one.tmx") == ImportCounts(updated: 1))
        let stored = try #require(try store.unit(id: "tmx:one.tmx#tu-1"))
        #expect(stored.properties == ["x-domain": "culture", "x-client": "city"])
        #expect(stored.notes == ["first", "second"])
        #expect(stored.origin == Origin(article: "tmx:one.tmx"))
        #expect(stored.variant(for: "nl-BE")?.text == "Toegang is gratis.")
        #expect(try store.unit(id: "tu-1") == nil, "ids are scoped by the file")
        #expect(try store.unit(id: "tmx:one.tmx#tu-2") == nil)
        #expect(throws: TMError.self) { try store.importUnits([TranslationUnit(id: "empty", variants: [])], origin: "tmx:bad.tmx") }
    }

    /// Trial item 3: two TMX files that both number their units 1, 2, 3 overwrote each other (the second
    /// import reported "3 updated" and the first file's translations were gone).
    @Test(arguments: StoreKind.allCases)
    func twoFilesWithTheSameTUIDsKeepBoth(_ kind: StoreKind) throws {
        guard let sut = try StoreUnderTest.make(kind, tag: "scopes") else { return }
        let store = sut.store
        func file(_ sentences: [(String, String)]) -> [TranslationUnit] {
            sentences.enumerated().map { i, s in
                TranslationUnit(id: String(i + 1), variants: [Variant(locale: "en", content: RichText(plain: s.0)),
                                                             Variant(locale: "nl-BE", content: RichText(plain: s.1))])
            }
        }
        let culture = file([("The museum is closed on Monday.", "Het museum is op maandag gesloten."),
                            ("Entrance is free for children.", "De toegang is gratis voor kinderen."),
                            ("Guided tours start at ten.", "Rondleidingen beginnen om tien uur.")])
        let sport = file([("The match starts at eight.", "De wedstrijd begint om acht uur."),
                          ("Tickets are sold out.", "De tickets zijn uitverkocht."),
                          ("The stadium opens at seven.", "Het stadion gaat open om zeven uur.")])
        #expect(try store.importUnits(culture, origin: "tmx:culture.tmx") == ImportCounts(added: 3))
        #expect(try store.importUnits(sport, origin: "tmx:sport.tmx") == ImportCounts(added: 3))
        #expect(try store.statistics().units == 6)
        #expect(try store.unit(id: "tmx:culture.tmx#1")?.variant(for: "nl-BE")?.text == "Het museum is op maandag gesloten.")
        #expect(try store.unit(id: "tmx:sport.tmx#1")?.variant(for: "nl-BE")?.text == "De wedstrijd begint om acht uur.")
        // Re-importing either file changes nothing.
        #expect(try store.importUnits(culture, origin: "tmx:culture.tmx") == ImportCounts(unchanged: 3))
        #expect(try store.importUnits(sport, origin: "tmx:sport.tmx") == ImportCounts(unchanged: 3))
        // A renamed copy of a file is another scope whose units are all duplicates: merged, not stored twice.
        #expect(try store.importUnits(culture, origin: "tmx:culture-copy.tmx") == ImportCounts(merged: 3))
        #expect(try store.statistics().units == 6)
        let exact = MatchQuery(text: "The museum is closed on Monday.", source: "en", target: "nl-BE")
        #expect(try store.exactMatches(exact).map(\.unit.id) == ["tmx:culture.tmx#1"])
    }

    /// Trial item 3: a `tuid` shaped like an article unit's id ("article:block:position") replaced that
    /// article's unit. Scoped, it is a unit of its own file and the article is untouched.
    @Test(arguments: StoreKind.allCases)
    func aTUIDCannotReachAnArticleUnit(_ kind: StoreKind) throws {
        guard let sut = try StoreUnderTest.make(kind, tag: "reach") else { return }
        let store = sut.store
        _ = try store.importArticle(id: "sid-2020", units: exampleUnits())
        let before = try #require(try store.unit(id: "sid-2020:0:1"))
        let intruder = TranslationUnit(id: "sid-2020:0:1", variants: [Variant(locale: "en", content: "Something else entirely."),
                                                                     Variant(locale: "nl-BE", content: "Iets heel anders.")])
        #expect(try store.importUnits([intruder], origin: "tmx:other.tmx") == ImportCounts(added: 1))
        #expect(try store.unit(id: "sid-2020:0:1") == before)
        #expect(try store.unit(id: "tmx:other.tmx#sid-2020:0:1")?.variant(for: "en")?.text == "Something else entirely.")
        #expect(try store.importArticle(id: "sid-2020", units: exampleUnits()) == ImportCounts(unchanged: 4))
        #expect(try store.statistics().units == 5)
    }

    /// An id repeated within one file is refused (it would silently overwrite the earlier unit), and nothing is written.
    @Test(arguments: StoreKind.allCases)
    func aRepeatedIDInOneImportIsAConflict(_ kind: StoreKind) throws {
        guard let sut = try StoreUnderTest.make(kind, tag: "repeat") else { return }
        let one = TranslationUnit(id: "7", variants: [Variant(locale: "en", content: "One."), Variant(locale: "nl-BE", content: "Eén.")])
        let two = TranslationUnit(id: "7", variants: [Variant(locale: "en", content: "Two."), Variant(locale: "nl-BE", content: "Twee.")])
        #expect(throws: TMError.conflict("unit id 7 occurs twice in tmx:r.tmx")) { try sut.store.importUnits([one, two], origin: "tmx:r.tmx") }
        #expect(try sut.store.statistics().units == 0)
    }

    /// Trial item 12: a translator's XLIFF of a bundle updates the article's units instead of adding units beside them.
    @Test(arguments: StoreKind.allCases)
    func translationsUpdateTheArticlesUnits(_ kind: StoreKind) throws {
        guard let sut = try StoreUnderTest.make(kind, tag: "xliff") else { return }
        let store = sut.store
        _ = try store.importArticle(id: "sid-2020", units: exampleUnits())
        func returned(_ id: String, _ index: Int?, _ en: String, _ target: String, _ locale: LanguageTag = "nl-BE",
                      _ status: UnitStatus = .translated) -> TranslationUnit {
            TranslationUnit(id: id, variants: [Variant(locale: "en", content: RichText(plain: en)), Variant(locale: locale, content: RichText(plain: target))],
                            origin: index.map { Origin(article: "sid-2020", block: $0 / 2, position: $0 % 2) }, status: status)
        }
        let edited = "In 2020 werd Safer Internet Day in meer dan 170 landen gevierd."
        let units = [
            returned("b0:b0.s0", 0, exampleArticle[0].0, edited),                                  // edited: updated
            returned("b0:b0.s1", 1, exampleArticle[1].0, exampleArticle[1].1),                     // as stored: unchanged
            returned("b1:b1.s0", 2, exampleArticle[2].0, exampleArticle[2].1, "nl-BE", .reviewed), // signed off: updated (reviewed)
            returned("b1:b1.s1", 3, exampleArticle[3].0, "Een ontwerp.", "nl-BE", .needsReview),   // a draft: never on the article's unit
            returned("b9:b9.s0", nil, "A sentence the article does not have.", "Een zin die het artikel niet heeft."),
        ]
        let scope = UnitScope.xliff(document: "sid-2020", target: "nl-BE")
        #expect(try store.importTranslations(units, article: "sid-2020", source: "en", target: "nl-BE", origin: scope)
                == ImportCounts(added: 2, updated: 2, unchanged: 1))
        let first = try #require(try store.unit(id: "sid-2020:0:0"))
        #expect(first.variant(for: "nl-BE")?.text == edited)
        #expect(first.status(for: "nl-BE") == .translated)
        #expect(first.status == .aligned && first.status(for: "fr-BE") == .aligned, "only the file's target locale takes its status")
        #expect(first.variant(for: "fr-BE")?.text == exampleArticle[0].2, "the other locales stay")
        #expect(first.origin == Origin(article: "sid-2020", block: 0, position: 0))
        #expect(try store.unit(id: "sid-2020:1:0")?.status(for: "nl-BE") == .reviewed)
        #expect(try store.unit(id: "sid-2020:1:0")?.status(for: "fr-BE") == .aligned)
        #expect(try store.unit(id: "sid-2020:1:1")?.variant(for: "nl-BE")?.text == exampleArticle[3].1)
        #expect(try store.unit(id: scope + "#b1:b1.s1")?.status == .needsReview)
        // One exact hit for the edited sentence: the article's unit, with the translator's target.
        let query = MatchQuery(text: RichText(plain: exampleArticle[0].0), source: "en", target: "nl-BE")
        #expect(try store.exactMatches(query).map { "\($0.unit.id) \($0.translation.plainText)" } == ["sid-2020:0:0 \(edited)"])
        // The same file again changes nothing.
        #expect(try store.importTranslations(units, article: "sid-2020", source: "en", target: "nl-BE", origin: scope)
                == ImportCounts(unchanged: 5))
        // The fr-BE file of the same bundle sets fr-BE and leaves the nl-BE edits alone.
        let french = [returned("b0:b0.s0", 0, exampleArticle[0].0, "En 2020, le Safer Internet Day a été célébré dans plus de 170 pays.", "fr-BE")]
        #expect(try store.importTranslations(french, article: "sid-2020", source: "en", target: "fr-BE",
                                             origin: UnitScope.xliff(document: "sid-2020", target: "fr-BE")) == ImportCounts(updated: 1))
        let both = try #require(try store.unit(id: "sid-2020:0:0"))
        #expect(both.variant(for: "nl-BE")?.text == edited)
        #expect(both.variant(for: "fr-BE")?.text == "En 2020, le Safer Internet Day a été célébré dans plus de 170 pays.")
        #expect(try store.statistics().units == 6)
        // Without an article (another tool's XLIFF) nothing reaches the article's units.
        #expect(try store.importTranslations([returned("1", 0, exampleArticle[0].0, "Iets anders.")], article: nil, source: "en",
                                             target: "nl-BE", origin: "xliff:nl-BE:other.docx") == ImportCounts(added: 1))
        #expect(try store.unit(id: "sid-2020:0:0")?.variant(for: "nl-BE")?.text == edited)
        #expect(throws: TMError.self) {
            try store.importTranslations([returned("x", 0, "a", "b", "fr-BE")], article: "sid-2020", source: "en", target: "nl-BE", origin: scope)
        }
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

        // Several units in one transaction (`tm remove`): ids not stored are passed over and not counted.
        let rest = try store.allUnits().map(\.id)
        #expect(rest.count == 3)
        // What the unit that stays answers before: the same after its neighbours are deleted set-based
        // (PostgreSQL deletes a batch's postings, variants and units by one statement each and counts the
        // postings off their terms per term; eighteenth trial, finding 6).
        let kept = try #require(try store.unit(id: rest[1]))
        let keptSource = try #require(kept.variants.first { $0.locale == "en" })
        let keptTarget = try #require(kept.variants.first { $0.locale != "en" })
        let keptQuery = MatchQuery(text: keptSource.content, source: "en", target: keptTarget.locale, minScore: 50)
        let before = try store.search(keptQuery).map { "\($0.unit.id) \($0.score)" }
        #expect(!before.isEmpty)
        #expect(try store.delete(unitIDs: [rest[0], "nope", rest[2]]) == 2)
        #expect(try store.allUnits().map(\.id) == [rest[1]])
        #expect(try store.search(keptQuery).map { "\($0.unit.id) \($0.score)" } == before.filter { $0.hasPrefix(rest[1] + " ") })
        #expect(try store.delete(unitIDs: []) == 0)
        #expect(try store.statistics().units == 1)
    }

    @Test(arguments: StoreKind.allCases)
    func statisticsConcordanceAndExport(_ kind: StoreKind) throws {
        guard let sut = try StoreUnderTest.make(kind, tag: "stats") else { return }
        let store = sut.store
        _ = try store.importArticle(id: "sid-2020", units: exampleUnits())
        _ = try store.importUnits([
            TranslationUnit(id: "tu-1", variants: [Variant(locale: "en", content: "The CAFÉ is open."), Variant(locale: "nl-BE", content: "Het café is open.")],
                            status: .reviewed, changed: Date(timeIntervalSince1970: 1_700_000_000)),
        ], origin: "tmx:cafe.tmx")
        let stats = try store.statistics()
        #expect(stats.units == 5)
        #expect(stats.articles == 1)
        #expect(stats.variantsPerLocale == ["en": 5, "nl-BE": 5, "fr-BE": 4])
        #expect(stats.unitsPerPair == [MemoryStatistics.LocalePair("en", "nl-BE"): 5, MemoryStatistics.LocalePair("en", "fr-BE"): 4,
                                       MemoryStatistics.LocalePair("fr-BE", "nl-BE"): 4])
        #expect(stats.unitsPerStatus == [.aligned: 4, .reviewed: 1])

        // Case- and accent-insensitive, also inside a word; reviewed first; ranges are UTF-16 offsets.
        let hits = try store.concordance("cafe", locale: "en-GB", limit: 10)
        #expect(hits.map(\.unit.id) == ["tmx:cafe.tmx#tu-1"])
        #expect(hits.first?.ranges == [4..<8])
        #expect(try store.concordance("INTERNET", locale: "en", limit: 10).map(\.unit.id) == ["sid-2020:0:0", "sid-2020:1:1"])
        #expect(try store.concordance("internet", locale: "en", limit: 1).count == 1)
        #expect(try store.concordance("événements", locale: "fr", limit: 10).map(\.unit.id) == ["sid-2020:1:0"])
        #expect(try store.concordance("  ", locale: "en", limit: 10).isEmpty)
        #expect(try store.concordance("50%_", locale: "en", limit: 10).isEmpty)

        // Export enumeration with filters, in storage order.
        #expect(try store.allUnits().map(\.id) == ["sid-2020:0:0", "sid-2020:0:1", "sid-2020:1:0", "sid-2020:1:1", "tmx:cafe.tmx#tu-1"])
        #expect(try store.allUnits(filter: UnitFilter(article: "tmx:cafe.tmx")).map(\.id) == ["tmx:cafe.tmx#tu-1"])
        #expect(try store.allUnits(filter: UnitFilter(locales: ["fr"])).count == 4)
        #expect(try store.allUnits(filter: UnitFilter(statuses: [.reviewed])).map(\.id) == ["tmx:cafe.tmx#tu-1"])
        #expect(try store.allUnits(filter: UnitFilter(since: Date(timeIntervalSince1970: 1_699_999_999))).map(\.id).contains("tmx:cafe.tmx#tu-1"))
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
