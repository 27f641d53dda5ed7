import Foundation
import Testing
import TaalgrensCore
import Tokenization
import TranslationMemory

/// French typography's narrow no-break space (seventeenth trial, finding 6): UAX #29 classes U+202F as
/// ExtendNumLet, so ICU glued it to the word before it ("passe\u{202F}" before "!"), and the same sentence spaced
/// with U+00A0 or a plain space lost a word (88.9 %) or found nothing ("Que faire\u{202F}?"). Every white-space
/// scalar above U+00A0 is now white space of its own; migration `v18-space-keys` re-keys a memory written before.
@Suite("Tokens: U+202F and the other wide spaces are white space, not part of a word")
struct SpaceKeysTests {
    /// The fixture's French sentences (`Tests/Fixtures/memories/v17-spaces.tmx`), with how they are stored.
    static let units: [TranslationUnit] = [
        ("question", "What should you do?", "Que faire\u{00A0}?"),
        ("password", "We will never ask for your password!", "Nous ne vous demanderons jamais votre mot de passe\u{202F}!"),
        ("quote", "\u{201C}We take this very seriously,\u{201D} said minister Anne Dupont.",
         "«\u{202F}Nous prenons cela très au sérieux\u{202F}», a déclaré la ministre Anne Dupont."),
        ("title", "Data breach at a federal service: what you need to know",
         "Fuite de données dans un service fédéral\u{2009}: ce que vous devez savoir"),
    ].map { id, en, fr in
        TranslationUnit(id: id, variants: [Variant(locale: "en", content: RichText(plain: en)),
                                           Variant(locale: "fr-BE", content: RichText(plain: fr))])
    }

    /// Each stored French sentence queried with the other spacings: never a lost word, at most a white-space edit.
    static func checkQueries(_ store: SQLiteStore, prefix: String) throws {
        let queries: [(String, String)] = [
            ("Que faire\u{202F}?", "question"), ("Que faire ?", "question"),
            ("Nous ne vous demanderons jamais votre mot de passe\u{00A0}!", "password"),
            ("Nous ne vous demanderons jamais votre mot de passe !", "password"),
            ("« Nous prenons cela très au sérieux », a déclaré la ministre Anne Dupont.", "quote"),
            ("«\u{00A0}Nous prenons cela très au sérieux\u{00A0}», a déclaré la ministre Anne Dupont.", "quote"),
            ("Fuite de données dans un service fédéral\u{00A0}: ce que vous devez savoir", "title"),
        ]
        for (text, unit) in queries {
            var query = MatchQuery(text: RichText(plain: text), source: "fr-BE", target: "en", minScore: 50)
            let best = try #require(try store.search(query).first, "\(text)")
            #expect(best.unit.id == prefix + unit && best.score >= 98, "\(text): \(best.unit.id) \(best.score)")
            let indexed = try store.search(query).map { "\($0.unit.id) \($0.score)" }
            query.strategy = .bruteForce
            #expect(indexed == (try store.search(query).map { "\($0.unit.id) \($0.score)" }), "\(text): the index agrees with a scan")
        }
    }

    @Test("a narrow no-break space, a thin space, a figure space and an ideographic space cut words as a plain space does", arguments: [
        "mot de passe\u{202F}!", "fédéral\u{2009}: ce", "«\u{202F}Nous prenons", "deux\u{3000}mots", "figure\u{2007}space",
    ])
    func spacesCutWords(text: String) {
        let tokenizer = Tokenizer(locale: "fr-BE")
        let plain = String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value > 0xA0 && $0.properties.isWhitespace ? " " : $0 }))
        let tokens = tokenizer.tokens(text)
        #expect(tokens.map(\.key) == tokenizer.tokens(plain).map(\.key), "\(tokens.map(\.text))")
        #expect(!tokens.contains { $0.text.unicodeScalars.contains(where: \.properties.isWhitespace) }, "\(tokens.map(\.text))")
    }

    @Test("a new memory: each spacing of a French sentence finds it at 98 % or more")
    func newMemory() throws {
        let store = try SQLiteStore.inMemory()
        _ = try store.importUnits(Self.units, origin: "v17-spaces.tmx")
        try Self.checkQueries(store, prefix: "v17-spaces.tmx#")
    }

    /// `Tests/Fixtures/memories/v17-spaces.tm` was written by main's build at 1da14ed (schema `v17-digit-strings`
    /// and `v16-french-hour-keys`) from `v17-spaces.tmx`: "passe\u{202F}" and "sérieux\u{202F}" are stored as words.
    @Test("v18-space-keys re-keys the variants that hold a wide space and no other")
    func olderMemoryMigrates() throws {
        let (folder, path) = try FixtureMemory.copy("v17-spaces.tm")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try SQLiteStore.pendingMigrations(path: path) == ["v18-space-keys", "v19-unit-scopes", "v20-ranges-and-spacing"])
        let before = try FixtureMemory.variantKeys(path: path)
        do {
            let store = try SQLiteStore(path: path)
            #expect(store.migrationsAppliedAtOpen == ["v18-space-keys", "v19-unit-scopes", "v20-ranges-and-spacing"])
            try Self.checkQueries(store, prefix: "tmx:v17-spaces.tmx#")
        }
        let after = try FixtureMemory.variantKeys(path: path)
        let changed = Set(after.keys.filter { after[$0] != before[$0] })
        let wide = Set(after.keys.filter { $0.unicodeScalars.contains { $0.value > 0xA0 && $0.properties.isWhitespace } })
        #expect(!changed.isEmpty && changed.isSubset(of: wide), "only variants with a wide space change: \(changed)")
        #expect(!changed.contains("Que faire\u{00A0}?"))
    }
}
