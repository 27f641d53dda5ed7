import Foundation
import Testing
import TaalgrensCore
import TranslationMemory

/// A two-language unit of an interchange file as its reader gives it: a file-local id, the file's name as origin.
private func fileUnit(_ file: String, _ localID: String, _ en: String, _ nl: String) -> TranslationUnit {
    TranslationUnit(id: localID,
                    variants: [Variant(locale: "en", content: RichText(plain: en)), Variant(locale: "nl-BE", content: RichText(plain: nl))],
                    origin: Origin(article: file), status: .translated)
}

private let cardCodes = ("Your bank will never ask for your card reader codes by phone.",
                         "Uw bank vraagt nooit uw kaartlezercodes via de telefoon.")

/// An EUR-Lex-like file of three units and a colleague's extract of two, one of them the first file's second unit.
private let fileA = [fileUnit("a.tmx", "1", "Never share the code you receive by text message.", "Deel nooit de code die u per sms ontvangt."),
                     fileUnit("a.tmx", "2", cardCodes.0, cardCodes.1),
                     fileUnit("a.tmx", "3", "Forward suspicious messages to the reporting address.", "Stuur verdachte berichten door naar het meldadres.")]
private let fileB = [fileUnit("b.tmx", "7", cardCodes.0, cardCodes.1),
                     fileUnit("b.tmx", "8", "Scammers often pose as a delivery service.", "Oplichters doen zich vaak voor als een koerierdienst.")]

/// Units held by several imported files (eighteenth trial, finding 12: a file whose units were merged into another
/// file's was lost when that file was removed, and `tm stats` counted a file `tm remove` could not name).
@Suite("Store contract: a unit merged from several files belongs to each of them")
struct SharedUnitsContractTests {
    private func texts(_ store: any TMStore, article: String) throws -> [String] {
        var only = UnitFilter()
        only.article = article
        return try store.allUnits(filter: only).compactMap { $0.variant(for: "en")?.text }.sorted()
    }

    @Test(arguments: StoreKind.allCases)
    func removingTheOwnerKeepsWhatAnotherFileHolds(_ kind: StoreKind) throws {
        guard let sut = try StoreUnderTest.make(kind, tag: "shared") else { return }
        let store = sut.store
        #expect(try store.importUnits(fileA, origin: "tmx:a.tmx") == ImportCounts(added: 3))
        #expect(try store.importUnits(fileB, origin: "tmx:b.tmx") == ImportCounts(added: 1, merged: 1))
        #expect(try store.statistics().units == 4)
        #expect(try store.statistics().interchangeScopes == 2)
        // The colleague's file is found under its own name, with the unit it shares.
        #expect(try texts(store, article: "b.tmx") == ["Scammers often pose as a delivery service.", cardCodes.0])

        // A dry run counts and changes nothing.
        #expect(try store.release(article: "a.tmx", dryRun: true) == ArticleRelease(deleted: 2, kept: 1))
        #expect(try store.statistics().units == 4)

        // Removing the first file keeps the shared unit, now owned by the file that still holds it.
        #expect(try store.release(article: "a.tmx", dryRun: false) == ArticleRelease(deleted: 2, kept: 1))
        #expect(try store.statistics().units == 2)
        #expect(try store.statistics().interchangeScopes == 1)
        #expect(try texts(store, article: "a.tmx").isEmpty)
        #expect(try texts(store, article: "b.tmx") == ["Scammers often pose as a delivery service.", cardCodes.0])
        let kept = try #require(try store.unit(id: "tmx:b.tmx#7"))
        #expect(kept.origin?.article == "b.tmx")
        #expect(try store.unit(id: "tmx:a.tmx#2") == nil)
        let exact = try store.exactMatches(MatchQuery(text: RichText(plain: cardCodes.0), source: "en", target: "nl-BE"))
        #expect(exact.map(\.unit.id) == ["tmx:b.tmx#7"])

        // Importing the first file again merges nothing into the second's units by id: it adds its own two and
        // merges the shared one, which the second file owns now.
        #expect(try store.importUnits(fileA, origin: "tmx:a.tmx") == ImportCounts(added: 2, merged: 1))
        #expect(try store.release(article: "b.tmx", dryRun: false) == ArticleRelease(deleted: 1, kept: 1))
        #expect(try texts(store, article: "a.tmx").count == 3)
        #expect(try store.release(article: "a.tmx", dryRun: false) == ArticleRelease(deleted: 3, kept: 0))
        #expect(try store.statistics().units == 0)
    }

    @Test(arguments: StoreKind.allCases)
    func removingTheClaimantKeepsTheOwnersUnit(_ kind: StoreKind) throws {
        guard let sut = try StoreUnderTest.make(kind, tag: "claimant") else { return }
        let store = sut.store
        _ = try store.importUnits(fileA, origin: "tmx:a.tmx")
        _ = try store.importUnits(fileB, origin: "tmx:b.tmx")
        #expect(try store.release(article: "b.tmx", dryRun: false) == ArticleRelease(deleted: 1, kept: 1))
        #expect(try store.statistics().units == 3)
        #expect(try store.statistics().interchangeScopes == 1)
        #expect(try texts(store, article: "b.tmx").isEmpty)
        // The claim is gone: removing the first file now deletes all of its units.
        #expect(try store.release(article: "a.tmx", dryRun: true) == ArticleRelease(deleted: 3, kept: 0))
    }

    @Test(arguments: StoreKind.allCases)
    func aRevisedFileDropsTheClaimOnASentenceItNoLongerShares(_ kind: StoreKind) throws {
        guard let sut = try StoreUnderTest.make(kind, tag: "reclaim") else { return }
        let store = sut.store
        _ = try store.importUnits(fileA, origin: "tmx:a.tmx")
        _ = try store.importUnits(fileB, origin: "tmx:b.tmx")
        // The same file again: the claim is made again, not doubled.
        #expect(try store.importUnits(fileB, origin: "tmx:b.tmx") == ImportCounts(unchanged: 1, merged: 1))
        #expect(try store.release(article: "a.tmx", dryRun: true) == ArticleRelease(deleted: 2, kept: 1))
        // A revision whose unit 7 is now its own sentence: the claim goes, the new text is the file's own unit.
        var revised = fileB
        revised[0] = fileUnit("b.tmx", "7", "Your bank never asks for card reader codes by phone or e-mail.",
                              "Uw bank vraagt nooit kaartlezercodes via de telefoon of e-mail.")
        #expect(try store.importUnits(revised, origin: "tmx:b.tmx") == ImportCounts(added: 1, unchanged: 1))
        #expect(try store.release(article: "a.tmx", dryRun: true) == ArticleRelease(deleted: 3, kept: 0))
        #expect(try texts(store, article: "b.tmx") == ["Scammers often pose as a delivery service.",
                                                      "Your bank never asks for card reader codes by phone or e-mail."])
    }

    @Test(arguments: StoreKind.allCases)
    func anArticlesUnitStaysForTheFileThatHoldsItToo(_ kind: StoreKind) throws {
        guard let sut = try StoreUnderTest.make(kind, tag: "article") else { return }
        let store = sut.store
        _ = try store.importArticle(id: "sid-2020", units: exampleUnits())
        let sentence = exampleArticle[1]
        let file = [TranslationUnit(id: "42", variants: [Variant(locale: "en", content: RichText(plain: sentence.0)),
                                                          Variant(locale: "nl-BE", content: RichText(plain: sentence.1)),
                                                          Variant(locale: "fr-BE", content: RichText(plain: sentence.2))],
                                    origin: Origin(article: "team.tmx"), status: .aligned)]
        #expect(try store.importUnits(file, origin: "tmx:team.tmx") == ImportCounts(merged: 1))
        #expect(try store.statistics().interchangeScopes == 1)
        #expect(try store.release(article: "sid-2020", dryRun: false) == ArticleRelease(deleted: 3, kept: 1))
        let kept = try #require(try store.unit(id: "tmx:team.tmx#42"))
        #expect(kept.origin == Origin(article: "team.tmx"))
        #expect(kept.variant(for: "fr-BE")?.text == sentence.2)
        #expect(try store.statistics().articleUnits == 0)
        #expect(try texts(store, article: "team.tmx") == [sentence.0])
        #expect(try store.statistics().articles == 0)
    }

    /// Nineteenth trial, finding 3: `tm remove` of one of two articles left `tm stats` at "2 articles".
    @Test(arguments: StoreKind.allCases)
    func aRemovedArticleIsNoLongerCounted(_ kind: StoreKind) throws {
        guard let sut = try StoreUnderTest.make(kind, tag: "articles") else { return }
        let store = sut.store
        _ = try store.importArticle(id: "sid-2020", units: exampleUnits())
        _ = try store.importArticle(id: "sid-2021", units: exampleUnits("sid-2021", [("A second article.", "Een tweede artikel.", "Un deuxième article.")]))
        #expect(try store.statistics().articles == 2)
        #expect(try store.release(article: "sid-2021", dryRun: true) == ArticleRelease(deleted: 1, kept: 0))
        #expect(try store.statistics().articles == 2)
        #expect(try store.release(article: "sid-2021", dryRun: false) == ArticleRelease(deleted: 1, kept: 0))
        #expect(try store.statistics().articles == 1)
        #expect(try store.statistics().units == 4)
    }

    /// The article's unit of `exampleArticle[index]` as a team's TMX holds it (local id 9).
    private func teamFile(_ index: Int) -> [TranslationUnit] {
        let sentence = exampleArticle[index]
        return [TranslationUnit(id: "9", variants: [Variant(locale: "en", content: RichText(plain: sentence.0)),
                                                     Variant(locale: "nl-BE", content: RichText(plain: sentence.1)),
                                                     Variant(locale: "fr-BE", content: RichText(plain: sentence.2))],
                                origin: Origin(article: "team.tmx"), status: .aligned)]
    }

    @Test(arguments: StoreKind.allCases)
    func aRevisionThatDropsASharedSentenceLeavesItToTheFile(_ kind: StoreKind) throws {
        guard let sut = try StoreUnderTest.make(kind, tag: "drop") else { return }
        let store = sut.store
        _ = try store.importArticle(id: "sid-2020", units: exampleUnits())
        #expect(try store.importUnits(teamFile(3), origin: "tmx:team.tmx") == ImportCounts(merged: 1))
        #expect(try store.importArticle(id: "sid-2020", units: exampleUnits("sid-2020", Array(exampleArticle.prefix(3))))
                == ImportCounts(unchanged: 3, removed: 1))
        #expect(try store.statistics().units == 4)
        #expect(try store.unit(id: "tmx:team.tmx#9")?.variant(for: "en")?.text == exampleArticle[3].0)
        #expect(try texts(store, article: "sid-2020").count == 3)
    }

    @Test(arguments: StoreKind.allCases)
    func aRevisionThatEditsASharedSentenceLeavesTheOldOneToTheFile(_ kind: StoreKind) throws {
        guard let sut = try StoreUnderTest.make(kind, tag: "edit") else { return }
        let store = sut.store
        _ = try store.importArticle(id: "sid-2020", units: exampleUnits())
        #expect(try store.importUnits(teamFile(1), origin: "tmx:team.tmx") == ImportCounts(merged: 1))
        var revised = exampleArticle
        revised[1].0 = "The helpline answered 4,000 calls during the campaign week."
        #expect(try store.importArticle(id: "sid-2020", units: exampleUnits("sid-2020", revised)) == ImportCounts(updated: 1, unchanged: 3))
        #expect(try store.statistics().units == 5)
        #expect(try store.unit(id: "sid-2020:0:1")?.variant(for: "en")?.text == revised[1].0)
        #expect(try store.unit(id: "tmx:team.tmx#9")?.variant(for: "en")?.text == exampleArticle[1].0)
        // Without a claim an edit stays an update in place: the second sentence again, nothing added.
        revised[1].0 = "The helpline answered 5,000 calls during the campaign week."
        #expect(try store.importArticle(id: "sid-2020", units: exampleUnits("sid-2020", revised)) == ImportCounts(updated: 1, unchanged: 3))
        #expect(try store.statistics().units == 5)
        // Deleting the file's unit by id deletes it; deleting the article's unit keeps nothing claimed.
        #expect(try store.delete(unitID: "tmx:team.tmx#9"))
        #expect(try store.statistics().units == 4)
    }

    @Test(arguments: StoreKind.allCases)
    func deletingAClaimedUnitHandsItOver(_ kind: StoreKind) throws {
        guard let sut = try StoreUnderTest.make(kind, tag: "delete") else { return }
        let store = sut.store
        _ = try store.importUnits(fileA, origin: "tmx:a.tmx")
        _ = try store.importUnits(fileB, origin: "tmx:b.tmx")
        #expect(try store.delete(unitIDs: ["tmx:a.tmx#1", "tmx:a.tmx#2"]) == 2)
        #expect(try store.statistics().units == 3)
        #expect(try store.unit(id: "tmx:b.tmx#7")?.variant(for: "en")?.text == cardCodes.0)
    }

    /// Nineteenth trial, finding 18: a TMX another Taalgrens memory exported names each unit's own article as its
    /// origin, so `--article colleague.tmx` found nothing, and the only way to remove it took the article's units too.
    @Test(arguments: StoreKind.allCases)
    func aFileIsNamedByItsScopeToo(_ kind: StoreKind) throws {
        guard let sut = try StoreUnderTest.make(kind, tag: "byscope") else { return }
        let store = sut.store
        _ = try store.importArticle(id: "sid-2020", units: exampleUnits())
        let exported = [fileUnit("sid-2021", "sid-2021:0:0", "A second article.", "Een tweede artikel."),
                        fileUnit("sid-2020", "sid-2020:0:1", exampleArticle[1].0, exampleArticle[1].1)]
        #expect(try store.importUnits(exported, origin: "tmx:colleague.tmx") == ImportCounts(added: 2))
        #expect(try texts(store, article: "colleague.tmx") == ["A second article.", exampleArticle[1].0])
        #expect(try store.release(article: "colleague.tmx", dryRun: false) == ArticleRelease(deleted: 2, kept: 0))
        #expect(try store.statistics().units == 4)
        #expect(try texts(store, article: "sid-2020").count == 4)
    }
}
