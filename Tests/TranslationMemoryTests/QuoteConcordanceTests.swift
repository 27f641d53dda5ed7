import Foundation
import GRDB
import Testing
import TaalgrensCore
import Tokenization
import TranslationMemory

/// Quotation marks in the concordance (fourteenth trial, finding 16): a phrase typed with the keyboard's
/// straight quotes finds the typographic ones of every kind the three locales write (“ ” „ « » ‹ › ‘ ’ ‚,
/// with the no-break spaces French sets inside « »), and migration `v16-quote-concordance` folds the
/// concordance text of a memory written before; the match keys stay as they were.
@Suite("Concordance: quotation marks")
struct QuoteConcordanceTests {
    @Test("the concordance fold writes every double mark as \" and every single one as ', dropping the spaces inside guillemets")
    func concordanceFold() {
        let cases: [(String, String)] = [
            ("van “je bank”", "van \"je bank\""),
            ("aan „je bank” aan", "aan \"je bank\" aan"),
            ("de «\u{A0}votre banque\u{A0}».", "de \"votre banque\"."),
            ("à «\u{202F}votre banque\u{202F}» au", "a \"votre banque\" au"),
            ("« votre banque » et « la mienne »", "\"votre banque\" et \"la mienne\""),
            ("sur ‹ Signaler un spam › dans", "sur 'signaler un spam' dans"),
            ("Klik op ‚Spam melden’ in", "klik op 'spam melden' in"),
            ("Click ‘Report spam’ in", "click 'report spam' in"),
            ("er sagte »Hallo« und ging", "er sagte \"hallo\" und ging"),
            // An unpaired guillemet loses the space on its inner side too (since session 19: a phrase copied
            // from inside a quotation holds one mark alone), a breadcrumb's included.
            ("Accueil » Actualités » Sécurité", "accueil\" actualites\" securite"),
            ("dit «\u{202F}Nous prenons", "dit \"nous prenons"),
            ("très au sérieux\u{202F}», a déclaré", "tres au serieux\", a declare"),
            ("Que faire\u{202F}? Informations\u{A0}: ici ; là !", "que faire? informations: ici; la!"),
            ("Que faire? Informations: ici", "que faire? informations: ici"),
            ("er sagte »Hallo« und ging", "er sagte \"hallo\" und ging"),
            ("\"je bank\"", "\"je bank\""),
            ("Plain text", "plain text"),
        ]
        for (text, folded) in cases {
            #expect(TextKey.concordanceFold(text) == folded, "\(text)")
            #expect(TextKey.concordanceFoldWithOffsets(text).folded == folded, "\(text)")
        }
        // The fold of the keys is unchanged: quotation marks are punctuation there, never a key.
        #expect(TextKey.fold("«\u{A0}votre banque\u{A0}»") == "« votre banque »")
        #expect(TextKey.fold("“je bank”") == "“je bank”")
    }

    @Test("the offsets of the concordance fold map a folded range back over the marks and the dropped spaces")
    func offsets() {
        let text = "Le SMS prétend venir de «\u{A0}votre banque\u{A0}»."
        let (folded, origins) = TextKey.concordanceFoldWithOffsets(text)
        #expect(origins.count == folded.utf16.count + 1 && origins.last == text.utf16.count)
        let needle = "\"votre banque\""
        let start = folded.utf16.count - needle.utf16.count - 1
        #expect(TextKey.originalRange(of: start..<(start + needle.utf16.count), origins: origins) == 24..<40)
    }

    /// The fixture's texts, as `v15-quotes.tmx` holds them.
    static let units: [TranslationUnit] = [
        TranslationUnit(id: "bank", variants: [
            Variant(locale: "en", content: "The text message claims to come from \"your bank\"."),
            Variant(locale: "nl-BE", content: "Het sms’je zegt dat het van “je bank” komt."),
            Variant(locale: "fr-BE", content: "Le SMS prétend venir de «\u{A0}votre banque\u{A0}».")]),
        TranslationUnit(id: "low", variants: [
            Variant(locale: "en", content: "Never give your code to “your bank” on the phone."),
            Variant(locale: "nl-BE", content: "Geef nooit je code aan „je bank” aan de telefoon."),
            Variant(locale: "fr-BE", content: "Ne donnez jamais votre code à «\u{202F}votre banque\u{202F}» au téléphone.")]),
        TranslationUnit(id: "menu", variants: [
            Variant(locale: "en", content: "Click ‘Report spam’ in the menu."),
            Variant(locale: "nl-BE", content: "Klik op ‚Spam melden’ in het menu."),
            Variant(locale: "fr-BE", content: "Cliquez sur ‹ Signaler un spam › dans le menu.")]),
        TranslationUnit(id: "crumbs", variants: [
            Variant(locale: "en", content: "Home » News » Security"),
            Variant(locale: "nl-BE", content: "Home » Nieuws » Veiligheid"),
            Variant(locale: "fr-BE", content: "Accueil » Actualités » Sécurité")]),
        TranslationUnit(id: "plain", variants: [
            Variant(locale: "en", content: "Your bank never asks for your code."),
            Variant(locale: "nl-BE", content: "Je bank vraagt nooit je code."),
            Variant(locale: "fr-BE", content: "Votre banque ne demande jamais votre code.")]),
    ]

    /// The searches of the finding and their hits (unit id, ranges), the same on a new memory and on the
    /// migrated fixture.
    static func checkSearches(_ store: SQLiteStore, prefix: String) throws {
        func hits(_ phrase: String, _ locale: LanguageTag) throws -> [String] {
            try store.concordance(phrase, locale: locale, limit: 10).map { hit in
                String(hit.unit.id.dropFirst(prefix.count)) + " " + hit.ranges.map { "\($0.lowerBound)-\($0.upperBound)" }.joined(separator: ",")
            }.sorted()
        }
        #expect(try hits("\"je bank\"", "nl-BE") == ["bank 28-37", "low 23-32"])
        #expect(try hits("\"votre banque\"", "fr-BE") == ["bank 24-40", "low 30-46"])
        #expect(try hits("« votre banque »", "fr-BE") == ["bank 24-40", "low 30-46"])
        #expect(try hits("“your bank”", "en") == ["bank 37-48", "low 24-35"])
        #expect(try hits("'spam melden'", "nl-BE") == ["menu 8-21"])
        #expect(try hits("'signaler un spam'", "fr-BE") == ["menu 12-32"])
        #expect(try hits("‘report spam’", "en") == ["menu 6-19"])
        #expect(try hits("Accueil » Actualités", "fr-BE") == ["crumbs 0-20"])
        // Without quotes the phrase is found everywhere, quoted or not.
        #expect(try hits("je bank", "nl-BE") == ["bank 29-36", "low 24-31", "plain 0-7"])
    }

    @Test("a new memory: straight quotes find the typographic ones, and the other way round")
    func newMemory() throws {
        let store = try SQLiteStore.inMemory()
        _ = try store.importUnits(Self.units, origin: "v15-quotes.tmx")
        try Self.checkSearches(store, prefix: "v15-quotes.tmx#")
    }

    /// `Tests/Fixtures/memories/v15-quotes.tm` was written by main's build at 7ce49f3 (schema
    /// `v15-concordance-columnsize`) from `v15-quotes.tmx`, then searched once so that its concordance index
    /// holds every variant: its `folded` column keeps the marks as written.
    @Test("v16-quote-concordance folds the stored concordance text of an older memory and leaves its keys")
    func olderMemoryMigrates() throws {
        let (folder, path) = try FixtureMemory.copy("v15-quotes.tm")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try SQLiteStore.pendingMigrations(path: path) == ["v16-quote-concordance", "v16-french-hour-keys", "v18-space-keys", "v19-unit-scopes", "v20-ranges-and-spacing"])
        func stored() throws -> [[String]] {
            let queue = try DatabaseQueue(path: path)
            defer { try? queue.close() }
            return try queue.read { db in
                try Row.fetchAll(db, sql: "SELECT id, folded, hex(key_ids) AS keys, token_count, plain FROM variant ORDER BY id").map {
                    [String($0["id"] as Int64), $0["folded"], $0["keys"], String($0["token_count"] as Int), $0["plain"]]
                }
            }
        }
        let before = try stored()
        #expect(before.contains { $0[1].contains("“je bank”") })
        let generation = try DatabaseQueue(path: path).read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'generation'") }

        do {
            let store = try SQLiteStore(path: path)
            #expect(store.migrationsAppliedAtOpen == ["v16-quote-concordance", "v16-french-hour-keys", "v18-space-keys", "v19-unit-scopes", "v20-ranges-and-spacing"])
            try Self.checkSearches(store, prefix: "tmx:v15-quotes.tmx#")
        }

        let after = try stored()
        // The keys and token counts stay, but for the variants with a narrow no-break space, which
        // `v18-space-keys` (session 17) re-keys: U+202F is no longer part of the word before it.
        let wide = { (row: [String]) in row[4].unicodeScalars.contains { $0.value > 0xA0 && $0.properties.isWhitespace } }
        #expect(after.filter { !wide($0) }.map { [$0[0], $0[2], $0[3]] } == before.filter { !wide($0) }.map { [$0[0], $0[2], $0[3]] }, "the keys and token counts stay")
        let rekeyed = zip(before, after).filter { $0.0[2] != $0.1[2] }.map(\.1)
        #expect(!rekeyed.isEmpty && rekeyed.allSatisfy(wide))
        // Every variant but the English one with straight quotes and the three without marks.
        #expect(zip(before, after).filter { $0.0[1] != $0.1[1] }.count == 11)
        #expect(Set(after.map { $0[1] }) == Set(Self.units.flatMap(\.variants).map { IndexedVariant($0).folded }))
        let check = try DatabaseQueue(path: path)
        try check.write { db in
            try db.execute(sql: "INSERT INTO variant_folded (variant_folded) VALUES ('integrity-check')")
            // The concordance fold leaves the fuzzy index valid; the re-keyed variants make it stale.
            #expect(try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'generation'") != generation, "the re-keyed variants need a new fuzzy index")
        }
        try check.close()
    }
}
