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
        try store.executeForTesting(["ALTER TABLE variant DROP COLUMN status", "DROP TABLE unit_scope", "DELETE FROM taalgrens_migrations WHERE number >= 6"])
        store.close()

        let migrated = try #require(try sut.reopen() as? PostgresStore)
        defer { migrated.close() }
        #expect(migrated.migrationsAppliedAtOpen.first == "6-variant-status")
        #expect(try migrated.appliedMigrations() == Array(1...15))
        for unit in units {
            let stored = try #require(try migrated.unit(id: "old.tmx#" + unit.id))
            #expect(stored.variants == unit.variants && stored.status == unit.status)
        }
        #expect(try migrated.statistics().variantsPerStatus == ["en": [.reviewed: 1, .needsReview: 1], "fr-BE": [.reviewed: 1, .needsReview: 1],
                                                               "nl-BE": [.reviewed: 1]])
        #expect(try migrated.allUnits(filter: UnitFilter(statuses: [.reviewed], statusLocale: "fr-BE")).map(\.id) == ["old.tmx#r"])
    }

    /// A variant written before 29 November 2026 holds its line-break content with the derived columns of
    /// the old reading. Made here by importing the old reading's text, then putting the content with its
    /// line break in place (and the unit's content hash with it), as the old writer left the row.
    @Test func lineBreakVariantsAreRederived() throws {
        guard let sut = try StoreUnderTest.make(.postgres, tag: "migrate7"), let store = sut.store as? PostgresStore else { return }
        let br = InlineElement.code(InlineCode(id: "br1", kind: .standalone, type: .lineBreak))
        let units = [
            TranslationUnit(id: "lb", variants: [Variant(locale: "en", content: RichText([.text("Line one"), br, .text("line two.")])),
                                                 Variant(locale: "nl-BE", content: RichText([.text("Regel een"), br, .text("regel twee.")]))]),
            TranslationUnit(id: "two", variants: [
                Variant(locale: "en", content: RichText([.text("First sentence here."), br, .text("Second sentence follows.")]), sentenceStarts: [21]),
                Variant(locale: "nl-BE", content: "Eerste zin hier. Tweede zin volgt.", sentenceStarts: [17])]),
            TranslationUnit(id: "plain", variants: [Variant(locale: "en", content: "The helpline is open."),
                                                    Variant(locale: "nl-BE", content: "De hulplijn is open.")]),
        ]
        let old = units.map { unit in
            var u = unit
            u.variants = unit.variants.map { v in
                guard !v.content.isPlain else { return v }
                return Variant(locale: v.locale, content: RichText(plain: LineBreakRederivation.oldReading(v.content)),
                               sentenceStarts: v.sentenceStarts.map { $0 - 1 })
            }
            return u
        }
        #expect(try store.importUnits(old, origin: "old.tmx") == ImportCounts(added: 3))
        func literal(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
        var statements: [String] = []
        for unit in units {
            for v in unit.variants where !v.content.isPlain {
                statements.append("UPDATE variant SET content = \(literal(try VariantCodec.encodeContent(v.content))) WHERE locale = \(literal(v.locale.identifier)) "
                                  + "AND unit = (SELECT pk FROM unit WHERE id = \(literal("old.tmx#" + unit.id)))")
            }
            statements.append("UPDATE unit SET content_hash = \(try UnitWriter.contentHash(unit)) WHERE id = \(literal("old.tmx#" + unit.id))")
        }
        try store.executeForTesting(statements + ["DROP TABLE unit_scope", "DELETE FROM taalgrens_migrations WHERE number >= 7"])
        #expect(try store.concordance("one line", locale: "en", limit: 5).isEmpty, "the old row's folded text is \"line oneline two.\"")
        #expect(try store.exactMatches(MatchQuery(text: units[0].variants[0].content, source: "en", target: "nl-BE")).isEmpty, "the old row misses")
        store.close()

        let migrated = try #require(try sut.reopen() as? PostgresStore)
        defer { migrated.close() }
        #expect(migrated.migrationsAppliedAtOpen == ["7-line-break-text", "8-placeable-keys", "9-sub-flow-concordance", "10-quote-concordance", "11-french-hour-keys", "12-digit-strings", "13-space-keys", "14-unit-scopes", "15-ranges-and-spacing"])
        for unit in units { #expect(try migrated.unit(id: "old.tmx#" + unit.id)?.variants == unit.variants) }
        func ids(_ matches: [Match]) -> [String] { matches.map { "\($0.unit.id) \($0.score)" } }
        // Exact: the stored content, line break and all (a query without the break differs by a code).
        for unit in units {
            let en = try #require(unit.variant(for: "en"))
            #expect(ids(try migrated.exactMatches(MatchQuery(text: en.content, source: "en", target: "nl-BE"))) == ["old.tmx#\(unit.id) 100.0"])
        }
        for text in ["Line one line three.", "First sentence here. Second sentence differs.", "The helpline is open today."] {
            let indexed = MatchQuery(text: RichText(plain: text), source: "en", target: "nl-BE", minScore: 50)
            var brute = indexed
            brute.strategy = .bruteForce
            let found = ids(try migrated.search(indexed)), scanned = ids(try migrated.search(brute))
            #expect(!found.isEmpty && found == scanned, "\(text)")
        }
        let hits = try migrated.concordance("one line", locale: "en", limit: 5)
        #expect(hits.map(\.unit.id) == ["old.tmx#lb"] && hits.map(\.ranges) == [[5..<13]])
        #expect(try migrated.concordance("here. second", locale: "en", limit: 5).map(\.unit.id) == ["old.tmx#two"])
        // The same memory as one that imported the units today.
        guard let fresh = try StoreUnderTest.make(.postgres, tag: "fresh7") else { return }
        _ = try fresh.store.importUnits(units, origin: "old.tmx")
        for text in ["Line one line two.", "Regel een regel twee.", "Second sentence follows."] {
            let q = MatchQuery(text: RichText(plain: text), source: text.hasPrefix("Regel") ? "nl-BE" : "en",
                               target: text.hasPrefix("Regel") ? "en" : "nl-BE", minScore: 30)
            #expect(ids(try migrated.search(q)) == ids(try fresh.store.search(q)), "\(text)")
        }
    }

    /// Since 30 November 2026 times, emoji and tags have new keys. An older memory's rows are made here by
    /// emptying the keys and postings of every variant (what migration 8 must rebuild) and forgetting that it
    /// ran; the SQLite counterpart opens a memory written by the build before (`PlaceableKeysTests`).
    @Test func placeableKeysAreRederived() throws {
        guard let sut = try StoreUnderTest.make(.postgres, tag: "migrate8"), let store = sut.store as? PostgresStore else { return }
        let units = [
            TranslationUnit(id: "time", variants: [Variant(locale: "en", content: "The match starts at 4.45 p.m. in Brussels."),
                                                   Variant(locale: "fr-BE", content: "Le match commence à 16 h 45 à Bruxelles.")]),
            TranslationUnit(id: "emoji", variants: [Variant(locale: "en", content: "Sextortion: seven tips for teenagers 🔒"),
                                                    Variant(locale: "fr-BE", content: "Sextorsion : sept conseils pour les ados 🔒")]),
            TranslationUnit(id: "tag", variants: [Variant(locale: "en", content: "Follow the day with #SID2024 on social media."),
                                                  Variant(locale: "fr-BE", content: "Suivez la journée avec #SID2024 sur les réseaux sociaux.")]),
        ]
        #expect(try store.importUnits(units, origin: "old.tmx") == ImportCounts(added: 3))
        try store.executeForTesting([
            "UPDATE term SET frequency = frequency - (SELECT count(*) FROM posting p WHERE p.term = term.id)",
            "DELETE FROM posting", "UPDATE variant SET token_count = 0, key_ids = '{}'",
            "DROP TABLE unit_scope",
            "DELETE FROM taalgrens_migrations WHERE number >= 8",
        ])
        store.close()

        let migrated = try #require(try sut.reopen() as? PostgresStore)
        defer { migrated.close() }
        #expect(migrated.migrationsAppliedAtOpen == ["8-placeable-keys", "9-sub-flow-concordance", "10-quote-concordance", "11-french-hour-keys", "12-digit-strings", "13-space-keys", "14-unit-scopes", "15-ranges-and-spacing"])
        guard let fresh = try StoreUnderTest.make(.postgres, tag: "fresh8") else { return }
        _ = try fresh.store.importUnits(units, origin: "old.tmx")
        func ids(_ matches: [Match]) -> [String] { matches.map { "\($0.unit.id) \($0.score) \($0.adaptedTarget?.plainText ?? "")" } }
        let expected = ["The match starts at 5.20 p.m. in Brussels.": "old.tmx#time 98.0 Le match commence à 17 h 20 à Bruxelles.",
                        "Sextortion: seven tips for teenagers": "old.tmx#emoji 99.0 ",
                        "Follow the day with #SID2025 on social media.": "old.tmx#tag 98.0 Suivez la journée avec #SID2025 sur les réseaux sociaux."]
        for (text, top) in expected {
            let indexed = MatchQuery(text: RichText(plain: text), source: "en", target: "fr-BE", minScore: 50)
            var brute = indexed
            brute.strategy = .bruteForce
            let found = ids(try migrated.search(indexed)), scanned = ids(try migrated.search(brute))
            let imported = ids(try fresh.store.search(indexed))
            #expect(found.first == top && found == scanned && found == imported, "\(text)")
        }
    }

    /// Since 30 November 2026 the concordance column holds sub-flow texts. An older memory's rows are made
    /// here by writing back the fold of the plain text alone (what the build before stored) and forgetting
    /// that migration 9 ran.
    @Test func subFlowConcordanceIsRederived() throws {
        guard let sut = try StoreUnderTest.make(.postgres, tag: "migrate9"), let store = sut.store as? PostgresStore else { return }
        let units = [ConcordanceContractTests.footnoteUnit(),
                     TranslationUnit(id: "plain", variants: [Variant(locale: "en", content: "Namur counts its schools."),
                                                             Variant(locale: "fr-BE", content: "Namur compte ses écoles.")])]
        #expect(try store.importUnits(units, origin: "old.tmx") == ImportCounts(added: 2))
        func literal(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
        var statements: [String] = []
        for unit in units {
            for v in unit.variants {
                statements.append("UPDATE variant SET folded = \(literal(IndexedVariant(Variant(locale: v.locale, content: RichText(plain: v.content.plainText))).folded)) WHERE locale = \(literal(v.locale.identifier)) "
                                  + "AND unit = (SELECT pk FROM unit WHERE id = \(literal("old.tmx#" + unit.id)))")
            }
        }
        try store.executeForTesting(statements + ["DELETE FROM taalgrens_migrations WHERE number = 9"])
        #expect(try store.concordance("statistics office", locale: "en", limit: 5).isEmpty, "the old row holds the sentence alone")
        store.close()

        let migrated = try #require(try sut.reopen() as? PostgresStore)
        defer { migrated.close() }
        #expect(migrated.migrationsAppliedAtOpen == ["9-sub-flow-concordance"])
        let hit = try #require(try migrated.concordance("statistics office", locale: "en", limit: 5).first)
        #expect(hit.unit.id == "old.tmx#fn" && hit.ranges.isEmpty && hit.subFlowHits.map(\.ranges) == [[25..<42]])
        #expect(try migrated.concordance("office wallon", locale: "fr-BE", limit: 5).map(\.unit.id) == ["old.tmx#fn"])
        #expect(try migrated.concordance("namur", locale: "en", limit: 5).map(\.unit.id).sorted() == ["old.tmx#fn", "old.tmx#plain"])
    }

    /// Since session 19 the first end of a range of times with one marker is a time, and the concordance fold
    /// drops the spaces after « and before » ? ! : ; (seventeenth trial, findings 9 and 1). An older memory's
    /// rows are made here by writing back what the build before stored: the keys of the Dutch range with "9"
    /// a number (its variant's keys emptied, as migration 8's test does) and the old folds, then forgetting
    /// that migration 15 ran; the SQLite counterpart opens a memory of the previous release (`TimeRangeTests`).
    @Test func rangesAndSpacingAreRederived() throws {
        guard let sut = try StoreUnderTest.make(.postgres, tag: "migrate15"), let store = sut.store as? PostgresStore else { return }
        let units = [
            TranslationUnit(id: "hours", variants: [Variant(locale: "en", content: "The helpdesk is open from 9 a.m. to 5 p.m."),
                                                    Variant(locale: "nl-BE", content: "De helpdesk is open van 9 tot 17 uur.")]),
            TranslationUnit(id: "question", variants: [Variant(locale: "en", content: "What should you do? Be wary."),
                                                       Variant(locale: "fr-BE", content: "Que faire\u{202F}? Méfiez-vous.")]),
            TranslationUnit(id: "quote", variants: [Variant(locale: "en", content: "“We take this seriously,” she said."),
                                                    Variant(locale: "fr-BE", content: "«\u{202F}Nous prenons cela au sérieux\u{202F}», a-t-elle dit.")]),
        ]
        #expect(try store.importUnits(units, origin: "old.tmx") == ImportCounts(added: 3))
        try store.executeForTesting([
            "UPDATE term SET frequency = frequency - (SELECT count(*) FROM posting p JOIN variant v ON v.id = p.variant WHERE p.term = term.id AND v.locale = 'nl-BE')",
            "DELETE FROM posting WHERE variant IN (SELECT id FROM variant WHERE locale = 'nl-BE')",
            "UPDATE variant SET token_count = 0, key_ids = '{}' WHERE locale = 'nl-BE'",
            "UPDATE variant SET folded = 'que faire ? mefiez-vous.' WHERE folded = 'que faire? mefiez-vous.'",
            "DELETE FROM taalgrens_migrations WHERE number = 15",
        ])
        #expect(try store.concordance("Que faire?", locale: "fr-BE", limit: 5).isEmpty, "the old row keeps the space before ?")
        store.close()

        let migrated = try #require(try sut.reopen() as? PostgresStore)
        defer { migrated.close() }
        #expect(migrated.migrationsAppliedAtOpen == ["15-ranges-and-spacing"])
        #expect(try migrated.concordance("Que faire?", locale: "fr-BE", limit: 5).map(\.unit.id) == ["old.tmx#question"])
        #expect(try migrated.concordance("« Nous prenons", locale: "fr-BE", limit: 5).map(\.ranges) == [[0..<14]])
        let query = MatchQuery(text: "The helpdesk is open from 8 a.m. to 6 p.m.", source: "en", target: "nl-BE", minScore: 50)
        var brute = query
        brute.strategy = .bruteForce
        let best = try #require(try migrated.search(query).first)
        #expect(best.unit.id == "old.tmx#hours" && best.score == 96 && best.adaptedTarget?.plainText == "De helpdesk is open van 8 tot 18 uur.")
        #expect(try migrated.search(brute).map(\.score) == [96])
        let back = try #require(try migrated.search(MatchQuery(text: "De helpdesk is open van 8 tot 18 uur.", source: "nl-BE", target: "en", minScore: 50)).first)
        #expect(back.score == 96 && back.adaptedTarget?.plainText == "The helpdesk is open from 8 a.m. to 6 p.m.")
    }
}
