import Foundation
import Testing
import TaalgrensCore
import TranslationMemory
import TranslationMemoryPostgres

/// PostgreSQL memories of an older schema migrate with their data. An older memory is made from a current
/// one by undoing what the migration under test added and forgetting that it ran (its statements only add).
@Suite("PostgreSQL store: migrations of older memories")
struct PostgresMigrationTests {
    @Test func variantStatusIsCopiedFromTheUnit() throws {
        guard let sut = try StoreUnderTest.make(.postgres, tag: "migrate6"), let store = sut.store as? PostgresStore else { return }
        let units = [
            TranslationUnit(id: "r", variants: [Variant(locale: "en", content: "The school opens at eight."),
                                                Variant(locale: "fr-BE", content: "L'école ouvre à huit heures."),
                                                Variant(locale: "nl-BE", content: "De school gaat open om acht uur.")], status: .reviewed),
            TranslationUnit(id: "n", variants: [Variant(locale: "en", content: "The pool closes at six."),
                                                Variant(locale: "fr-BE", content: "La piscine ferme à six heures.")], status: .needsReview),
        ]
        #expect(try store.importUnits(units, origin: "old.tmx") == ImportCounts(added: 2))
        // The memory as migration 5 left it: one status per unit.
        try store.executeForTesting(["ALTER TABLE variant DROP COLUMN status", "DELETE FROM taalgrens_migrations WHERE number >= 6"])
        store.close()

        let migrated = try #require(try sut.reopen() as? PostgresStore)
        defer { migrated.close() }
        #expect(migrated.migrationsAppliedAtOpen.first == "6-variant-status")
        #expect(try migrated.appliedMigrations() == Array(1...6))
        for unit in units {
            let stored = try #require(try migrated.unit(id: "old.tmx#" + unit.id))
            #expect(stored.variants == unit.variants && stored.status == unit.status)
        }
        #expect(try migrated.statistics().variantsPerStatus == ["en": [.reviewed: 1, .needsReview: 1], "fr-BE": [.reviewed: 1, .needsReview: 1],
                                                               "nl-BE": [.reviewed: 1]])
        #expect(try migrated.allUnits(filter: UnitFilter(statuses: [.reviewed], statusLocale: "fr-BE")).map(\.id) == ["old.tmx#r"])
    }
}
