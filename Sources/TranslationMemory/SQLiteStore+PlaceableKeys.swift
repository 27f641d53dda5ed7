import Foundation
import GRDB
import TaalgrensCore
import Tokenization

extension SQLiteStore {
    /// Variants read per page by ``rederivePlaceableKeys(_:)``.
    static let placeableKeyPage = 1_000

    /// The body of migrations `v13-placeable-keys` and `v17-digit-strings` (a telephone number became one placeable, `docs/matching.md`, "Digit strings"): since 30 November 2026 a time of day is one placeable
    /// (`\u{1}time`), an emoji is no word-level key, and a hashtag or handle is keyed with its digits masked
    /// (`docs/matching.md`, "Tokens"). A variant stored before holds the old keys in `key_ids` and
    /// `token_count`; this recomputes both from the stored plain text for every variant and rewrites the rows
    /// whose keys changed (new keys get `term` rows; terms no variant uses any more stay, unused, as an
    /// import never deletes terms either). The exact-lookup hash, the folded concordance text and the
    /// sentence starts do not depend on the keys and stay. Raises the memory's generation when a row changed,
    /// so no in-memory index of the old keys is used again.
    /// - Complexity: one scan of the variants and one tokenization per variant (a memory of a million units
    ///   takes about as long as tokenizing them at import); the term table is read once.
    /// - Throws: ``TMError/database(_:)`` for a variant with a malformed locale; GRDB's errors.
    static func rederivePlaceableKeys(_ db: Database) throws {
        try rederivePlaceableKeys(db, candidates: "1", arguments: [])
    }

    /// The body of migration `v16-french-hour-keys`: since 1 December 2026 fr-BE reads an hour written with
    /// the word as a time of day ("avant 8 heures", "à 20 heures 30", `docs/matching.md`, "Times"), where
    /// it was a number and a word. Only a French variant whose plain text holds "heure" (in any case) can
    /// change: ``rederivePlaceableKeys(_:)`` for those alone.
    /// - Complexity: one scan of the variants (a `LIKE` test of each plain text), one tokenization per
    ///   candidate.
    /// - Throws: as ``rederivePlaceableKeys(_:)``.
    static func rederiveFrenchHourKeys(_ db: Database) throws {
        try rederivePlaceableKeys(db, candidates: "language = 'fr' AND plain LIKE '%heure%'", arguments: [])
    }

    /// The white-space scalars above U+00A0 (Unicode White_Space: U+1680, U+2000–U+200A, U+2028, U+2029,
    /// U+202F, U+205F, U+3000) that the tokenizer makes white space of their own since session 17 (seventeenth
    /// trial, finding 6: U+202F was glued to the word before it, `docs/matching.md`, "Tokens").
    package static let separatedSpaces: [UInt32] = [0x1680] + Array(0x2000...0x200A) + [0x2028, 0x2029, 0x202F, 0x205F, 0x3000]

    /// The body of migration `v18-space-keys`: ``rederivePlaceableKeys(_:)`` for the variants whose plain
    /// text holds one of ``separatedSpaces``, whose keys held the word with the space glued to it.
    /// - Complexity: one scan of the variants (an `instr` test per space of each plain text), one
    ///   tokenization per candidate.
    /// - Throws: as ``rederivePlaceableKeys(_:)``.
    static func rederiveSpaceKeys(_ db: Database) throws {
        let test = separatedSpaces.map { "instr(plain, char(\($0))) > 0" }.joined(separator: " OR ")
        try rederivePlaceableKeys(db, candidates: "(" + test + ")", arguments: [])
    }

    /// The body of migration `v20-ranges-and-spacing`, its keys part: since session 19 the first end of a
    /// range of times whose marker is written once ("van 9 tot 17 uur", "14–16 uur", "de 9 à 17 h", "9 to 5
    /// p.m.") is a time of day, where it was a number (`docs/matching.md`, "Ranges of times"). Only a variant
    /// whose plain text holds a digit can change: ``rederivePlaceableKeys(_:)`` for those alone.
    /// - Complexity: one scan of the variants (a `GLOB` test of each plain text), one tokenization per
    ///   candidate.
    /// - Throws: as ``rederivePlaceableKeys(_:)``.
    static func rederiveRangeKeys(_ db: Database) throws {
        try rederivePlaceableKeys(db, candidates: "plain GLOB '*[0-9]*'", arguments: [])
    }

    /// ``rederivePlaceableKeys(_:)`` for the variants that meet the SQL condition `candidates` (with its
    /// `arguments`).
    private static func rederivePlaceableKeys(_ db: Database, candidates: String, arguments: StatementArguments) throws {
        var terms: [String: [String: Int64]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, language, key FROM term") {
            terms[row["language"] as String, default: [:]][row["key"] as String] = row["id"]
        }
        var tokenizers: [String: (LanguageTag, Tokenizer)] = [:]
        var last: Int64 = 0
        var changed = 0
        while true {
            let rows = try Row.fetchAll(db, sql: "SELECT id, locale, plain, key_ids FROM variant WHERE id > ? AND \(candidates) ORDER BY id LIMIT ?",
                                        arguments: [last] + arguments + [placeableKeyPage])
            guard let final = rows.last else { break }
            last = final["id"]
            for row in rows {
                let localeText: String = row["locale"]
                if tokenizers[localeText] == nil {
                    guard let locale = LanguageTag(localeText) else { throw TMError.database("a stored variant has a malformed locale") }
                    tokenizers[localeText] = (locale, Tokenizer(locale: locale))
                }
                let (locale, tokenizer) = tokenizers[localeText]!
                let indexed = IndexedVariant(Variant(locale: locale, content: RichText(plain: row["plain"] as String)), numberingTerms: false,
                                             language: locale.language, tokenizer: tokenizer)
                var ids: [Int64] = []
                ids.reserveCapacity(indexed.keys.count)
                for key in indexed.keys {
                    if let id = terms[indexed.language]?[key] { ids.append(id); continue }
                    try db.execute(sql: "INSERT INTO term (language, key) VALUES (?, ?)", arguments: [indexed.language, key])
                    terms[indexed.language, default: [:]][key] = db.lastInsertedRowID
                    ids.append(db.lastInsertedRowID)
                }
                let encoded = IndexedVariant.encodeIDs(ids)
                guard encoded != (row["key_ids"] as Data? ?? Data()) else { continue }
                try db.execute(sql: "UPDATE variant SET token_count = ?, key_ids = ? WHERE id = ?",
                               arguments: [ids.count, encoded, row["id"] as Int64])
                changed += 1
            }
        }
        if changed > 0 { try raiseGeneration(db) }
    }
}
