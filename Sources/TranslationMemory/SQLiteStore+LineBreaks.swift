import Foundation
import GRDB
import TaalgrensCore

extension SQLiteStore {
    /// Variants read per page by ``rederiveLineBreaks(_:)``.
    static let lineBreakPage = 1_000

    /// The body of migration `v8-line-break-text`: recomputes the derived columns of the variants stored
    /// with the old reading of a line break (``LineBreakRederivation``): `plain`, `folded`, `text_hash`,
    /// `token_count`, `key_ids` (terms are added as needed) and `sentence_starts`. The concordance row
    /// follows `folded` through the trigger `variant_folded_update` (it deletes the old folded text from
    /// `variant_folded` and adds the new one). Other variants are left alone. Raises the memory's generation
    /// when a row changed, so no in-memory index of the old rows is used again.
    /// - Complexity: one scan of the variants whose content JSON holds a line break code, one tokenization
    ///   per rewritten variant.
    /// - Throws: ``TMError/database(_:)`` for a row that cannot be decoded; GRDB's errors.
    static func rederiveLineBreaks(_ db: Database) throws {
        var terms: [String: [String: Int64]] = [:]
        func termID(_ language: String, _ key: String) throws -> Int64 {
            if let id = terms[language]?[key] { return id }
            try db.execute(sql: "INSERT INTO term (language, key) VALUES (?, ?) ON CONFLICT (language, key) DO NOTHING", arguments: [language, key])
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM term WHERE language = ? AND key = ?", arguments: [language, key]) else {
                throw TMError.database("re-deriving line breaks: no term for a key")
            }
            terms[language, default: [:]][key] = id
            return id
        }
        var last: Int64 = 0
        var changed = 0
        while true {
            let rows = try Row.fetchAll(db, sql: """
                SELECT id, locale, content, plain, sentence_starts FROM variant WHERE id > ? AND instr(content, ?) > 0 ORDER BY id LIMIT ?
                """, arguments: [last, LineBreakRederivation.contentMarker, lineBreakPage])
            guard let final = rows.last else { break }
            last = final["id"]
            for row in rows {
                guard let locale = LanguageTag(row["locale"] as String) else { throw TMError.database("a stored variant has a malformed locale") }
                guard let new = LineBreakRederivation.rederive(locale: locale, content: try VariantCodec.decodeContent(row["content"]),
                                                               storedPlain: row["plain"],
                                                               storedStarts: try VariantCodec.decode([Int].self, row["sentence_starts"])) else { continue }
                let ids = try new.indexed.keys.map { try termID(new.indexed.language, $0) }
                try db.execute(sql: """
                    UPDATE variant SET plain = ?, folded = ?, text_hash = ?, token_count = ?, key_ids = ?, sentence_starts = ? WHERE id = ?
                    """, arguments: [new.plain, new.indexed.folded, new.indexed.textHash, new.indexed.keys.count, IndexedVariant.encodeIDs(ids),
                                     try VariantCodec.encodeStarts(new.sentenceStarts), row["id"] as Int64])
                changed += 1
            }
        }
        if changed > 0 { try raiseGeneration(db) }
    }
}
