import Foundation
import PostgresNIO
import TaalgrensCore
import TranslationMemory

extension PostgresStore {
    /// Variants read per page by ``rederiveLineBreaks(_:)``.
    static let lineBreakPage: Int64 = 1_000

    /// The body of migration `7-line-break-text` (SQLite's `v8-line-break-text`): recomputes the derived
    /// columns of the variants stored with the old reading of a line break (``LineBreakRederivation``):
    /// `plain`, `folded` (the trigram index follows), `text_hash`, `token_count`, `key_ids`,
    /// `sentence_starts`, and the variant's postings with their terms' frequencies. Other variants are left
    /// alone. Runs inside the migration's transaction.
    /// - Complexity: one scan of the variants whose content JSON holds a line break code, one tokenization
    ///   and a few statements per rewritten variant.
    /// - Throws: ``TMError/database(_:)`` for a row that cannot be decoded; the session's errors.
    static func rederiveLineBreaks(_ session: PostgresSession) throws {
        var writer = PostgresUnitWriter(session: session)
        var last: Int64 = 0
        while true {
            let rows = try session.query("""
                SELECT id, locale, content, plain, sentence_starts FROM variant WHERE id > $1 AND strpos(content, $2) > 0 ORDER BY id LIMIT $3
                """, [.int(last), .text(LineBreakRederivation.contentMarker), .int(lineBreakPage)])
            guard !rows.isEmpty else { break }
            var changes: [(id: Int64, new: LineBreakRederivation.Rederived)] = []
            for row in rows {
                let (id, localeText, content, plain, starts) = try row.decode((Int64, String, String, String, String).self)
                last = id
                guard let locale = LanguageTag(localeText) else { throw TMError.database("a stored variant has a malformed locale") }
                if let new = LineBreakRederivation.rederive(locale: locale, content: try VariantCodec.decodeContent(content), storedPlain: plain,
                                                            storedStarts: try VariantCodec.decode([Int].self, starts)) {
                    changes.append((id, new))
                }
            }
            try writer.ensureTerms(changes.map(\.new.indexed))
            for change in changes { try writer.reindex(variant: change.id, change.new) }
        }
        try writer.finish()
    }
}

extension PostgresUnitWriter {
    /// Rewrites the derived columns and the postings of one stored variant (its terms must have been
    /// ensured, ``ensureTerms(_:)``): the text columns here, the keys and postings by ``reindexKeys(variant:_:)``.
    mutating func reindex(variant id: Int64, _ new: LineBreakRederivation.Rederived) throws {
        let x = new.indexed
        try session.execute("""
            UPDATE variant SET plain = $1, folded = $2, text_hash = $3, sentence_starts = $4 WHERE id = $5
            """, [.text(new.plain), .text(x.folded), .int(x.textHash), .text(try VariantCodec.encodeStarts(new.sentenceStarts)), .int(id)])
        try reindexKeys(variant: id, x)
    }

    /// The ids of `terms` of `language` (their terms must have been ensured, ``ensureTerms(_:)``).
    /// - Throws: ``TMError/database(_:)`` for a term that was not ensured.
    func ids(ofTerms terms: [String], language: String) throws -> [Int64] {
        try terms.map { term in
            guard let termID = termIDs[PostgresUnitWriter.cacheKey(language, term)] else {
                throw TMError.database("index term \(term) was not created before its variant")
            }
            return termID
        }
    }

    /// Rewrites the key columns (`token_count`, `key_ids`) and the postings of one stored variant from `x`
    /// (its terms must have been ensured, ``ensureTerms(_:)``): the old postings are deleted and counted off
    /// their terms, the new ones written and counted on (applied by ``finish()``).
    mutating func reindexKeys(variant id: Int64, _ x: IndexedVariant) throws {
        for row in try session.query("DELETE FROM posting WHERE variant = $1 RETURNING term", [.int(id)]) {
            delta[try row.decode(Int64.self), default: 0] -= 1
        }
        try session.execute("UPDATE variant SET token_count = $1, key_ids = $2 WHERE id = $3",
                            [.int(Int64(x.keys.count)), .ints(try ids(ofTerms: x.keys, language: x.language)), .int(id)])
        let terms = try ids(ofTerms: x.terms, language: x.language)
        guard !terms.isEmpty else { return }
        for term in terms { delta[term, default: 0] += 1 }
        try session.execute("INSERT INTO posting (term, length, variant) SELECT * FROM unnest($1::int8[], $2::int8[], $3::int8[])",
                            [.ints(terms), .ints(Array(repeating: Int64(x.keys.count), count: terms.count)), .ints(Array(repeating: id, count: terms.count))])
    }
}
