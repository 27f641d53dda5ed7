import Foundation
import Testing
import TaalgrensCore
import TranslationMemory

@Suite("Store: import, update, statistics")
struct StoreImportTests {
    func article(_ id: String = "safer-internet-day-2020", _ sentences: [(en: String, nl: String, fr: String)] = exampleSentences) -> [TranslationUnit] {
        sentences.enumerated().map { i, s in
            articleUnit(id, block: i, position: 0, en: s.en, nl: s.nl, fr: s.fr,
                        previous: i > 0 ? sentences[i - 1].en : nil, next: i + 1 < sentences.count ? sentences[i + 1].en : nil)
        }
    }

    @Test func importingTheSameArticleTwiceAddsNothing() throws {
        let store = try SQLiteStore.inMemory()
        let first = try store.importArticle(id: "safer-internet-day-2020", units: article())
        #expect(first == ImportCounts(added: 5))
        let second = try store.importArticle(id: "safer-internet-day-2020", units: article())
        #expect(second == ImportCounts(unchanged: 5))
        #expect(try store.statistics().units == 5)
    }

    @Test func aRevisedArticleUpdatesExactlyTheChangedUnits() throws {
        let store = try SQLiteStore.inMemory()
        _ = try store.importArticle(id: "safer-internet-day-2020", units: article())
        var revised = exampleSentences
        revised[1].nl = "Het thema van dit jaar was Samen voor een beter internet."   // a translation changed
        revised[3].en = "The helpline answered 3,500 calls during the campaign week."  // the source changed
        revised[3].nl = "De hulplijn beantwoordde 3.500 oproepen tijdens de campagneweek."
        let counts = try store.importArticle(id: "safer-internet-day-2020", units: article("safer-internet-day-2020", revised))
        #expect(counts == ImportCounts(updated: 2, unchanged: 3))
        let unit = try #require(try store.unit(id: "safer-internet-day-2020:1:0"))
        #expect(unit.variant(for: "nl-BE")?.text == revised[1].nl)
        #expect(unit.changed != nil)
    }

    @Test func insertedAndDeletedSentencesAreAddedAndRemovedNotUpdated() throws {
        let store = try SQLiteStore.inMemory()
        _ = try store.importArticle(id: "a", units: article("a"))
        // A new first sentence shifts every position; the last sentence is dropped.
        var revised = Array(exampleSentences.dropLast())
        revised.insert(("Children are online earlier than ever.", "Kinderen zijn vroeger dan ooit online.", "Les enfants sont en ligne plus tôt que jamais."), at: 0)
        let counts = try store.importArticle(id: "a", units: article("a", revised))
        // The four kept sentences moved (new position and context) but their translations did not change.
        #expect(counts == ImportCounts(added: 1, updated: 0, unchanged: 0, moved: 4, removed: 1))
        #expect(try store.statistics().units == 5)
        let moved = try #require(try store.unit(id: "a:1:0"))
        #expect(moved.variant(for: "en")?.text == exampleSentences[0].en)
        #expect(try store.unit(id: "a:0:0")?.variant(for: "en")?.text == "Children are online earlier than ever.")
        // Importing the revision again changes nothing.
        #expect(try store.importArticle(id: "a", units: article("a", revised)) == ImportCounts(unchanged: 5))
    }

    @Test func aUnitIdOfAnotherArticleIsAConflict() throws {
        let store = try SQLiteStore.inMemory()
        _ = try store.importArticle(id: "a", units: article("a"))
        var units = article("b")
        units[0].id = "a:0:0"
        #expect(throws: TMError.self) { try store.importArticle(id: "b", units: units) }
        // Nothing of the failed import was kept (one transaction).
        #expect(try store.statistics().units == 5)
        #expect(try store.statistics().articles == 1)
    }

    @Test func interchangeUnitsMergeDuplicates() throws {
        let store = try SQLiteStore.inMemory()
        let a = pairUnit("tu1", "Report it to the hotline.", "Meld het bij het meldpunt.")
        var duplicate = pairUnit("tu2", "Report it to the hotline.", "Meld het bij het meldpunt.")
        duplicate.notes = ["from file 2"]
        let b = pairUnit("tu3", "Call the helpline.", "Bel de hulplijn.")
        let counts = try store.importUnits([a, duplicate, b], origin: "memory.tmx")
        #expect(counts == ImportCounts(added: 2, merged: 1))
        #expect(try store.unit(id: "memory.tmx#tu1")?.notes == ["from file 2"])
        #expect(try store.unit(id: "memory.tmx#tu1")?.origin?.article == "memory.tmx")
        // Re-importing the same file: known ids are unchanged, the duplicate merges again.
        #expect(try store.importUnits([a, duplicate, b], origin: "memory.tmx") == ImportCounts(unchanged: 2, merged: 1))
        var changed = b
        changed.variants[1].content = "Bel gerust de hulplijn."
        #expect(try store.importUnits([changed], origin: "memory.tmx") == ImportCounts(updated: 1))
    }

    @Test func updateDeleteAndUnitErrors() throws {
        let store = try SQLiteStore.inMemory()
        _ = try store.importUnits([pairUnit("x", "One sentence here.", "Eén zin hier.")], origin: "f")
        var u = try #require(try store.unit(id: "f#x"))
        u.status = .reviewed
        try store.update(u)
        #expect(try store.unit(id: "f#x")?.status == .reviewed)
        #expect(throws: TMError.notFound("nope")) { try store.update(pairUnit("nope", "a", "b")) }
        #expect(throws: TMError.self) { try store.importUnits([TranslationUnit(id: "empty", variants: [])], origin: "f") }
        #expect(try store.delete(unitID: "f#x"))
        #expect(try store.delete(unitID: "f#x") == false)
        #expect(try store.search(query("One sentence here.")).isEmpty)
        #expect(try store.concordance("sentence", locale: "en", limit: 10).isEmpty)
    }

    @Test func statisticsAndEnumeration() throws {
        let store = try SQLiteStore.inMemory()
        _ = try store.importArticle(id: "a", units: article("a"))
        _ = try store.importUnits([pairUnit("tu", "Call the helpline.", "Bel de hulplijn.", status: .reviewed)], origin: "m.tmx")
        let stats = try store.statistics()
        #expect(stats.units == 6 && stats.articles == 1)
        #expect(stats.variantsPerLocale["en"] == 6 && stats.variantsPerLocale["fr-BE"] == 5)
        #expect(stats.unitsPerPair[.init("en", "nl-BE")] == 6 && stats.unitsPerPair[.init("fr-BE", "nl-BE")] == 5)
        #expect(stats.unitsPerStatus[.aligned] == 5 && stats.unitsPerStatus[.reviewed] == 1)
        #expect(try store.allUnits().count == 6)
        #expect(try store.allUnits(filter: UnitFilter(locales: ["fr"])).count == 5)
        #expect(try store.allUnits(filter: UnitFilter(article: "a")).count == 5)
        #expect(try store.allUnits(filter: UnitFilter(statuses: [.reviewed])).map(\.id) == ["m.tmx#tu"])
        #expect(try store.allUnits(filter: UnitFilter(since: Date().addingTimeInterval(3600))).isEmpty)
    }

    @Test func aFileMemoryKeepsItsIdAndContentAcrossOpens() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tm-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("taalgrens.tm").path
        let id: UUID
        do {
            let store = try SQLiteStore(path: path)
            id = try store.memoryID()
            _ = try store.importArticle(id: "a", units: article("a"))
        }
        let again = try SQLiteStore(path: path)
        #expect(try again.memoryID() == id)
        #expect(try again.search(query(RichText(plain: exampleSentences[0].en))).first?.score == 100)
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        // A file that is not a memory is refused with a clear error.
        let other = folder.appendingPathComponent("other.db").path
        try Data("not a database at all, just text".utf8).write(to: URL(fileURLWithPath: other))
        #expect(throws: TMError.self) { try SQLiteStore(path: other) }
    }
}
