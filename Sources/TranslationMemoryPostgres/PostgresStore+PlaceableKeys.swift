import Foundation
import PostgresNIO
import TaalgrensCore
import Tokenization
import TranslationMemory

extension PostgresStore {
    /// Variants read per page by ``rederivePlaceableKeys(_:)``.
    static let placeableKeyPage: Int64 = 1_000

    /// The body of migrations `8-placeable-keys` and `12-digit-strings` (SQLite's `v13-placeable-keys` and `v17-digit-strings`): since 30 November 2026 a
    /// time of day is one placeable, an emoji is no word-level key and a hashtag or handle is keyed with its
    /// digits masked (`docs/matching.md`, "Tokens"). Recomputes every variant's keys from its stored plain
    /// text and, where they changed, its `token_count`, `key_ids`, postings and their terms' frequencies.
    /// Runs inside the migration's transaction.
    /// - Complexity: one scan of the variants, one tokenization per variant, a few statements per page and
    ///   per rewritten variant.
    /// - Throws: ``TMError/database(_:)`` for a variant with a malformed locale; the session's errors.
    static func rederivePlaceableKeys(_ session: PostgresSession) throws {
        try rederivePlaceableKeys(session, candidates: "TRUE")
    }

    /// The body of migration `11-french-hour-keys` (SQLite's `v16-french-hour-keys`): since 1 December 2026
    /// fr-BE reads an hour written with the word as a time of day ("avant 8 heures", "à 20 heures 30",
    /// `docs/matching.md`, "Times"). Only a French variant whose plain text holds "heure" (in any case) can
    /// change: ``rederivePlaceableKeys(_:)`` for those alone. Runs inside the migration's transaction.
    /// - Throws: as ``rederivePlaceableKeys(_:)``.
    static func rederiveFrenchHourKeys(_ session: PostgresSession) throws {
        try rederivePlaceableKeys(session, candidates: "language = 'fr' AND plain ILIKE '%heure%'")
    }

    /// The body of migration `13-space-keys` (SQLite's `v18-space-keys`): the keys of the variants whose
    /// plain text holds one of ``SQLiteStore/separatedSpaces``, which the tokenizer now keeps apart from words.
    /// - Throws: as ``rederivePlaceableKeys(_:)``.
    static func rederiveSpaceKeys(_ session: PostgresSession) throws {
        let test = SQLiteStore.separatedSpaces.map { "strpos(plain, chr(\($0))) > 0" }.joined(separator: " OR ")
        try rederivePlaceableKeys(session, candidates: "(" + test + ")")
    }

    /// The body of migration `15-ranges-and-spacing`, its keys part (SQLite's `v20-ranges-and-spacing`): the
    /// first end of a range of times whose marker is written once is a time since session 19; only a variant
    /// whose plain text holds a digit can change. Runs inside the migration's transaction.
    /// - Throws: as ``rederivePlaceableKeys(_:)``.
    static func rederiveRangeKeys(_ session: PostgresSession) throws {
        try rederivePlaceableKeys(session, candidates: "plain ~ '[0-9]'")
    }

    /// ``rederivePlaceableKeys(_:)`` for the variants that meet the SQL condition `candidates` (no parameters).
    private static func rederivePlaceableKeys(_ session: PostgresSession, candidates: String) throws {
        var writer = PostgresUnitWriter(session: session)
        var tokenizers: [String: (LanguageTag, Tokenizer)] = [:]
        var last: Int64 = 0
        while true {
            let rows = try session.query("SELECT id, locale, plain, key_ids FROM variant WHERE id > $1 AND \(candidates) ORDER BY id LIMIT $2",
                                         [.int(last), .int(placeableKeyPage)])
            guard !rows.isEmpty else { break }
            var derived: [(id: Int64, stored: [Int64], indexed: IndexedVariant)] = []
            for row in rows {
                let (id, localeText, plain, stored) = try row.decode((Int64, String, String, [Int64]).self)
                last = id
                if tokenizers[localeText] == nil {
                    guard let locale = LanguageTag(localeText) else { throw TMError.database("a stored variant has a malformed locale") }
                    tokenizers[localeText] = (locale, Tokenizer(locale: locale))
                }
                let (locale, tokenizer) = tokenizers[localeText]!
                derived.append((id, stored, IndexedVariant(Variant(locale: locale, content: RichText(plain: plain)), numberingTerms: true,
                                                           language: locale.language, tokenizer: tokenizer)))
            }
            try writer.ensureTerms(derived.map(\.indexed))
            for d in derived {
                let ids = try writer.ids(ofTerms: d.indexed.keys, language: d.indexed.language)
                if ids != d.stored { try writer.reindexKeys(variant: d.id, d.indexed) }
            }
        }
        try writer.finish()
    }
}
