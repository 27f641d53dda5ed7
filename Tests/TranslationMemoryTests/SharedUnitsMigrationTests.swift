import Foundation
import Testing
import TaalgrensCore
import TranslationMemory

/// Migration `v19-unit-scopes` on a memory written by the previous release (`Tests/Fixtures/memories/README.md`,
/// `v18-shared.tm`): `v18-shared-b.tmx`'s unit 7 was merged into `v18-shared-a.tmx`'s unit 2 without a record.
@Suite("Migration v19-unit-scopes: claims of files merged before it")
struct SharedUnitsMigrationTests {
    static let shared = "Your bank will never ask for your card reader codes by phone."

    private func english(_ store: SQLiteStore, article: String) throws -> [String] {
        var only = UnitFilter()
        only.article = article
        return try store.allUnits(filter: only).compactMap { $0.variant(for: "en")?.text }.sorted()
    }

    @Test("the migration keeps every unit; importing the merged file again records its claim, and removal then keeps it")
    func olderMemoryMigratesAndLearnsItsClaims() throws {
        let (folder, path) = try FixtureMemory.copy("v18-shared.tm")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try SQLiteStore.pendingMigrations(path: path) == ["v19-unit-scopes", "v20-ranges-and-spacing"])
        let store = try SQLiteStore(path: path)
        #expect(store.migrationsAppliedAtOpen == ["v19-unit-scopes", "v20-ranges-and-spacing"])
        #expect(try store.statistics().units == 5)
        // A merge made before the migration is not known: the file is found by its own unit only.
        #expect(try english(store, article: "v18-shared-b.tmx") == ["Scammers often pose as a delivery service."])
        #expect(try store.release(article: "v18-shared-a.tmx", dryRun: true) == ArticleRelease(deleted: 4, kept: 0))

        // Importing the file again, as the README says after an upgrade, records the claim (here its unit 7 alone,
        // as the TMX reader gives it: its local id, the file's name as origin).
        let seven = TranslationUnit(id: "7", variants: [
            Variant(locale: "en", content: RichText(plain: Self.shared)),
            Variant(locale: "nl-BE", content: RichText(plain: "Uw bank vraagt nooit uw kaartlezercodes via de telefoon.")),
            Variant(locale: "fr-BE", content: RichText(plain: "Votre banque ne vous demandera jamais les codes de votre lecteur de carte par téléphone.")),
        ], origin: Origin(article: "v18-shared-b.tmx"), status: .aligned)
        #expect(try store.importUnits([seven], origin: "tmx:v18-shared-b.tmx") == ImportCounts(merged: 1))
        #expect(try english(store, article: "v18-shared-b.tmx") == ["Scammers often pose as a delivery service.", Self.shared])
        #expect(try store.release(article: "v18-shared-a.tmx", dryRun: false) == ArticleRelease(deleted: 3, kept: 1))
        #expect(try store.statistics().units == 2)
        #expect(try store.unit(id: "tmx:v18-shared-b.tmx#7")?.variant(for: "nl-BE")?.text
                == "Uw bank vraagt nooit uw kaartlezercodes via de telefoon.")
    }
}
